#include "parse/sideeffectextractor.h"

#include "parse/markdown.h"

#include <QRegularExpression>

#include <cmark-gfm.h>

namespace formulary {
namespace {

QString plain(cmark_node *node)
{
    return QString::fromUtf8(markdown::inlineText(node)).simplified();
}

// The text after a paragraph's opening bold label.
QString plainAfter(cmark_node *label)
{
    return QString::fromUtf8(markdown::inlineTextFrom(cmark_node_next(label))).simplified();
}

// Splits "nausea, vomiting (rare), and headache." at commas and semicolons
// outside parentheses.
QStringList splitTerms(const QString &text)
{
    QStringList terms;
    QString current;
    int depth = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('(') || c == QLatin1Char('['))
            ++depth;
        else if ((c == QLatin1Char(')') || c == QLatin1Char(']')) && depth > 0)
            --depth;
        if (depth == 0 && (c == QLatin1Char(',') || c == QLatin1Char(';'))) {
            terms.append(current);
            current.clear();
            continue;
        }
        current += c;
    }
    terms.append(current);
    QStringList cleaned;
    static const QRegularExpression leadingAnd(QStringLiteral("^(?:and|or)\\s+"),
                                               QRegularExpression::CaseInsensitiveOption);
    for (QString term : std::as_const(terms)) {
        term = term.trimmed();
        // The expression only where it can match: it runs for every term.
        if (term.startsWith(QLatin1String("and"), Qt::CaseInsensitive)
            || term.startsWith(QLatin1String("or"), Qt::CaseInsensitive))
            term.remove(leadingAnd);
        while (term.endsWith(QLatin1Char('.')))
            term.chop(1);
        term = term.trimmed();
        if (!term.isEmpty())
            cleaned.append(term);
    }
    return cleaned;
}

QString cleanTerm(QString term)
{
    term = term.trimmed();
    while (term.endsWith(QLatin1Char('.')) || term.endsWith(QLatin1Char(';')) || term.endsWith(QLatin1Char(',')))
        term.chop(1);
    return term.trimmed();
}

bool startsWithStrong(cmark_node *paragraph)
{
    cmark_node *first = cmark_node_first_child(paragraph);
    return first && cmark_node_get_type(first) == CMARK_NODE_STRONG;
}

class Extractor
{
public:
    Extractor(int lineOffset, const QString &sectionIngredient, const QStringList &ingredients)
        : m_lineOffset(lineOffset)
        , m_sectionIngredient(sectionIngredient)
        , m_ingredients(ingredients)
    { }

    QList<SideEffect> effects;

    void block(cmark_node *node, const QString &group)
    {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HEADING:
            m_group = sideEffectGroupName(plain(node));
            break;
        case CMARK_NODE_PARAGRAPH:
            paragraph(node);
            break;
        case CMARK_NODE_LIST:
            for (cmark_node *item = cmark_node_first_child(node); item; item = cmark_node_next(item))
                listItem(item, group);
            break;
        default:
            break;
        }
    }

    const QString &group() const { return m_group; }

private:
    void paragraph(cmark_node *node)
    {
        const QString text = plain(node);
        if (!startsWithStrong(node)) {
            if (text.endsWith(QLatin1Char(':')))
                m_group = sideEffectGroupName(text);
            return;
        }
        cmark_node *strong = cmark_node_first_child(node);
        const QString label = plain(strong);
        QString rest = plainAfter(strong);
        const bool labelled = label.endsWith(QLatin1Char(':')) || rest.startsWith(QLatin1Char(':'));
        if (rest.startsWith(QLatin1Char(':')))
            rest = rest.mid(1).trimmed();
        if (rest.isEmpty())
            m_group = sideEffectGroupName(label); // "**Common Side Effects:**" over a list
        else if (labelled)
            addAll(splitTerms(rest), sideEffectGroupName(label), lineOf(node)); // "**Common:** nausea, headache."
    }

    void listItem(cmark_node *item, const QString &outerGroup)
    {
        const QString group = outerGroup.isNull() ? m_group : outerGroup;
        cmark_node *first = cmark_node_first_child(item);
        QString itemGroup = group;
        bool labelled = false;
        if (first && cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH) {
            const QString text = plain(first);
            if (startsWithStrong(first)) {
                cmark_node *strong = cmark_node_first_child(first);
                const QString label = plain(strong);
                QString rest = plainAfter(strong);
                labelled = label.endsWith(QLatin1Char(':')) || rest.startsWith(QLatin1Char(':'));
                if (labelled && namesASideEffect(label, rest)) {
                    add(text, group, lineOf(item)); // "* **Nausea:** less common, and mild"
                    labelled = false;
                } else if (labelled) {
                    // "* **Common:** nausea, headache" or "* **Common:**" over a nested list
                    itemGroup = sideEffectGroupName(label);
                    if (rest.startsWith(QLatin1Char(':')))
                        rest = rest.mid(1).trimmed();
                    addAll(splitTerms(rest), itemGroup, lineOf(item));
                } else {
                    add(text, group, lineOf(item));
                }
            } else if (text.endsWith(QLatin1Char(':'))) {
                itemGroup = sideEffectGroupName(text);
                labelled = true;
            } else if (!addLabelledRun(text, group, lineOf(item)) && !addShortList(text, group, lineOf(item))) {
                add(text, group, lineOf(item));
            }
            first = cmark_node_next(first);
        }
        for (cmark_node *rest = first; rest; rest = cmark_node_next(rest)) {
            if (cmark_node_get_type(rest) == CMARK_NODE_LIST)
                block(rest, labelled ? itemGroup : group);
        }
    }

    // Whether a bold label names the side effect its item explains
    // ("**Nausea:** less common but possible") rather than a group of them:
    // the label says nothing of frequency, body system, ingredient or notes,
    // and what follows is not a list.
    bool namesASideEffect(const QString &label, QString rest) const
    {
        if (rest.startsWith(QLatin1Char(':')))
            rest = rest.mid(1).trimmed();
        if (rest.isEmpty())
            return false;
        // "**Common:** nausea, headache" is a list; "**Headache:** although
        // rare, some may have it" explains one.
        const QStringList terms = splitTerms(rest);
        if (terms.size() > 1 && std::all_of(terms.cbegin(), terms.cend(), [](const QString &term) {
                return term.count(QLatin1Char(' ')) < 3;
            }))
            return false;
        const SideEffectLabel kind = classifySideEffectLabel(sideEffectGroupName(label), m_ingredients);
        const QString folded = label.toLower();
        return kind.frequency == SideEffectFrequency::Unspecified && kind.band == SideEffectBand::None
               && kind.bodySystem.isEmpty() && kind.ingredient.isEmpty() && !kind.isNote
               && !folded.contains(QLatin1String("side effect")) && !folded.contains(QLatin1String("reaction"))
               && !folded.contains(QLatin1String("effects"));
    }

    bool isGroupLabel(const QString &label) const
    {
        const SideEffectLabel kind = classifySideEffectLabel(label, m_ingredients);
        return kind.frequency != SideEffectFrequency::Unspecified || kind.band != SideEffectBand::None
               || !kind.bodySystem.isEmpty() || !kind.ingredient.isEmpty();
    }

    int lineOf(cmark_node *node) const { return cmark_node_get_start_line(node) + m_lineOffset; }

    void add(const QString &term, const QString &group, int line)
    {
        const QString cleaned = cleanTerm(term);
        if (cleaned.isEmpty())
            return;
        SideEffect effect;
        effect.text = cleaned;
        effect.group = group.isNull() ? QString(QLatin1String("")) : group;
        effect.line = line;
        effect.normalised = normaliseSideEffect(effect.text, effect.group, m_sectionIngredient, m_ingredients);
        effects.append(effect);
    }

    // The items of a list split at its commas. The last one's brackets may
    // name the whole list ("Swelling of the face, lips or throat
    // (angioedema)"): no evidence that they name that item alone.
    void addListed(const QStringList &terms, const QString &group, int line)
    {
        for (const QString &term : terms)
            add(term, group, line);
        if (terms.size() > 1 && !effects.isEmpty())
            effects.last().normalised.synonym.clear();
    }

    // Only a run of short terms is a list; a labelled sentence ("**Note:** call
    // your doctor if …") is prose and stays in the section's text alone.
    bool addAll(const QStringList &terms, const QString &group, int line)
    {
        // "These can include dizziness, drowsiness…": a sentence that lists,
        // kept as the section's text.
        if (!terms.isEmpty() && normaliseSideEffect(terms.first(), QString(), QString(), {}).isNote)
            return false;
        for (const QString &term : terms) {
            if (term.count(QLatin1Char(' ')) >= kMaxTermWords)
                return false;
        }
        addListed(terms, group, line);
        return true;
    }

    // An item "Gastrointestinal: loss of appetite, nausea, gas" lists several
    // side effects under its own label; "Headache: usually mild" is one side
    // effect with its explanation, and stays whole.
    bool addLabelledRun(const QString &text, const QString &group, int line)
    {
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        if (colon <= 0 || text.left(colon).count(QLatin1Char(' ')) >= kMaxLabelWords)
            return false;
        const QStringList terms = splitTerms(text.mid(colon + 1));
        const QString label = text.left(colon).trimmed();
        // One side effect after a label that is a body system or a frequency
        // ("Ophthalmic: Blurred vision") is listed under it too.
        if (terms.isEmpty() || (terms.size() == 1 && !isGroupLabel(label)))
            return false;
        const QString runGroup = group.isEmpty() ? label : group + QStringLiteral(" — ") + label;
        return addAll(terms, runGroup, line);
    }

    // An item "Drowsiness, dizziness, insomnia" or "Nausea, vomiting" lists
    // several side effects; "Headache, usually mild" is one with its
    // explanation, and long parts are prose: both stay whole.
    bool addShortList(const QString &text, const QString &group, int line)
    {
        const QStringList terms = splitTerms(text);
        if (terms.size() < 2)
            return false;
        static const QRegularExpression explaining(
            QStringLiteral("^(?:especially|particularly|usually|often|mostly|potentially|possibly|which|that|"
                           "including|typically|sometimes|rarely|leading|such|may|can|if|when|in|with|"
                           "mild|moderate|severe)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        if (terms.size() == 2
            && (explaining.match(terms.at(1)).hasMatch() || terms.at(0).count(QLatin1Char(' ')) >= 3
                || terms.at(1).count(QLatin1Char(' ')) >= 3))
            return false;
        for (const QString &term : terms) {
            if (term.count(QLatin1Char(' ')) >= kMaxListedTermWords)
                return false;
        }
        addListed(terms, group, line);
        return true;
    }

    static constexpr int kMaxListedTermWords = 4;
    static constexpr int kMaxTermWords = 10;
    static constexpr int kMaxLabelWords = 4;

    int m_lineOffset;
    QString m_sectionIngredient;
    QStringList m_ingredients;
    QString m_group = QLatin1String("");
};

} // namespace

QString sideEffectGroupName(const QString &label)
{
    static const QRegularExpression sideEffects(QStringLiteral("\\s*\\bside[ -]effects?\\b"),
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression include(QStringLiteral("\\s*\\b(?:may\\s+)?(?:includes?|are|can occur|:)\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    QString name = label.simplified();
    for (int i = 0; i < 3; ++i) {
        while (name.endsWith(QLatin1Char(':')) || name.endsWith(QLatin1Char('.')))
            name.chop(1);
        name.remove(include);
    }
    name.remove(sideEffects);
    name = name.simplified();
    // "Common (occurring in …)" stays; a lone "Side Effects" leaves no group.
    return name;
}

QList<SideEffect> extractSideEffects(const QList<cmark_node *> &blocks, int lineOffset,
                                     const QString &sectionIngredient, const QStringList &ingredients)
{
    Extractor extractor(lineOffset, sectionIngredient, ingredients);
    for (cmark_node *block : blocks)
        extractor.block(block, QString());
    return extractor.effects;
}

} // namespace formulary
