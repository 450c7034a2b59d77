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

// "They are usually mild. However, report them. These can include:" labels
// the list below by its last sentence alone; the sentences before it say
// nothing of the list.
QString lastSentence(const QString &text)
{
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?]\\s+(?=\\p{Lu})"));
    qsizetype start = 0;
    for (QRegularExpressionMatchIterator it = sentenceEnd.globalMatch(text); it.hasNext();)
        start = it.next().capturedEnd();
    return text.mid(start);
}

// Words outside brackets: "lactation (in men or women not breastfeeding)"
// is one word long in a list.
int wordsOutsideBrackets(const QString &term)
{
    int words = 0;
    int depth = 0;
    bool inWord = false;
    for (const QChar c : term) {
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')') && depth > 0)
            --depth;
        const bool letter = depth == 0 && !c.isSpace() && c != QLatin1Char(')');
        if (letter && !inWord)
            ++words;
        inWord = letter;
    }
    return words;
}

// Whether a piece after a side effect's name says something of it
// ("Headache, usually mild"; "**Nausea:** less common, but possible").
bool explains(const QString &piece)
{
    static const QRegularExpression explaining(
        QStringLiteral("^(?:especially|particularly|usually|often|mostly|potentially|possibly|which|that|"
                       "including|typically|sometimes|rarely|leading|such|may|can|if|when|in|with|"
                       "mild|moderate|severe|but|although|though|less|more|very|generally|common|rare)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return explaining.match(piece).hasMatch();
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
                m_group = sideEffectGroupName(lastSentence(text));
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
            addSentences(rest, sideEffectGroupName(label), lineOf(node), &Extractor::addAll); // "**Common:** nausea."
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
                if (labelled && headsItsExplanation(label, rest, first)) {
                    add(text, group, lineOf(item)); // "* **Nausea:**" over sentences about it
                    return;
                }
                if (labelled && namesASideEffect(label, rest)) {
                    add(text, group, lineOf(item)); // "* **Nausea:** less common, and mild"
                    labelled = false;
                } else if (labelled) {
                    // "* **Common:** nausea, headache" or "* **Common:**" over a nested list
                    itemGroup = sideEffectGroupName(label);
                    if (rest.startsWith(QLatin1Char(':')))
                        rest = rest.mid(1).trimmed();
                    addSentences(rest, itemGroup, lineOf(item), &Extractor::addAll);
                } else {
                    add(text, group, lineOf(item));
                }
            } else if (text.endsWith(QLatin1Char(':'))) {
                itemGroup = sideEffectGroupName(text);
                labelled = true;
            } else if (!addLabelledRun(text, group, lineOf(item))
                       && !addSentences(text, group, lineOf(item), &Extractor::addShortList)) {
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
        // A list may hold a longer name or two among its short ones
        // ("Nausea, increased risk of infection, liver damage (rare)").
        const QStringList terms = splitTerms(rest);
        const auto shortTerms = std::count_if(terms.cbegin(), terms.cend(), [](const QString &term) {
            return wordsOutsideBrackets(term) <= 3 && !explains(term);
        });
        if (terms.size() > 2 ? shortTerms * 2 >= terms.size() : terms.size() == 2 && shortTerms == 2)
            return false;
        const SideEffectLabel kind = classifySideEffectLabel(sideEffectGroupName(label), m_ingredients);
        const QString folded = label.toLower();
        return kind.frequency == SideEffectFrequency::Unspecified && kind.band == SideEffectBand::None
               && !namesABodySystem(label, kind) && kind.ingredient.isEmpty() && !kind.isNote
               && !folded.contains(QLatin1String("side effect")) && !folded.contains(QLatin1String("reaction"))
               && !folded.contains(QLatin1String("effects"));
    }

    // "* **Nausea:**" over a nested list of sentences that explain it: the
    // label is the side effect. Over a list of names, it labels them.
    bool headsItsExplanation(const QString &label, const QString &rest, cmark_node *paragraph) const
    {
        if (!rest.isEmpty() && rest != QLatin1String(":"))
            return false;
        const QString name = sideEffectGroupName(label);
        const QString folded = label.toLower();
        if (name.isEmpty() || isGroupLabel(name) || name.count(QLatin1Char(' ')) >= kMaxListedTermWords
            || folded.contains(QLatin1String("side effect")) || folded.contains(QLatin1String("reaction"))
            || folded.contains(QLatin1String("effects")))
            return false;
        cmark_node *nested = cmark_node_next(paragraph);
        if (!nested || cmark_node_get_type(nested) != CMARK_NODE_LIST)
            return true;
        for (cmark_node *item = cmark_node_first_child(nested); item; item = cmark_node_next(item)) {
            if (wordsOutsideBrackets(plain(item)) <= kMaxListedTermWords)
                return false;
        }
        return true;
    }

    // Reads a run of text a sentence at a time, each with the list reader
    // given: "Nausea, vomiting. These are usually mild." lists two;
    // "Less common but serious side effects include seizures and rash."
    // lists two under the class its lead names; "Rarely, skin rash." one, as
    // rare. Prose sentences list none and stay the section's text alone.
    bool addSentences(const QString &text, const QString &group, int line,
                      bool (Extractor::*addList)(const QStringList &, const QString &, int))
    {
        static const QRegularExpression sentenceEnd(QStringLiteral("(?<=\\p{L}{2}|\\))[.!?]\\s+(?=\\p{Lu})"));
        static const QRegularExpression listLead(
            QStringLiteral("^([^()]*?)\\b(?:include[sd]?|including|such as|(?:may|might|can|could)\\s+"
                           "(?:experience|cause))\\b\\s*:?\\s*"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression notLimitedTo(QStringLiteral("^,?\\s*but (?:are |is )?not limited to\\s*:?\\s*"),
                                                     QRegularExpression::CaseInsensitiveOption);
        const QStringList sentences = text.split(sentenceEnd);
        bool added = false;
        for (QString sentence : sentences) {
            QString listGroup = group;
            if (const QRegularExpressionMatch lead = listLead.match(sentence); lead.hasMatch()) {
                // "Common side effects are usually mild and include": the
                // label ends with its "side effects".
                static const QRegularExpression labelEnd(QStringLiteral("\\bside[ -]effects?\\b.*$"),
                                                         QRegularExpression::CaseInsensitiveOption);
                const QString label = sideEffectGroupName(QString(lead.captured(1)).remove(labelEnd));
                if (label.count(QLatin1Char(' ')) < kMaxLeadWords && isGroupLabel(label))
                    listGroup = joinedGroup(group, label);
                sentence = sentence.mid(lead.capturedEnd()).remove(notLimitedTo);
            }
            QStringList terms = withoutPredicate(splitTerms(sentence));
            if (terms.size() > 1 && terms.first().count(QLatin1Char(' ')) < 3 && namesAFrequency(terms.first())) {
                listGroup = joinedGroup(group, terms.takeFirst()); // "Rarely, skin rash."
            } else if (sentences.size() > 1 && terms.size() < 2) {
                continue; // one name among sentences is read whole by the caller, or not at all
            }
            added = (this->*addList)(terms, listGroup, line) || added;
        }
        return added;
    }

    // "Nausea, vomiting, or stomach upset are relatively common, particularly
    // at higher doses": the names, without what the sentence says of them.
    static QStringList withoutPredicate(QStringList terms)
    {
        while (terms.size() > 2 && explains(terms.last()))
            terms.removeLast();
        static const QRegularExpression predicate(
            QStringLiteral("\\s+(?:are|is|were|was|have|has|can|may|might)\\b.*$"));
        if (terms.size() > 1) {
            const QString name = QString(terms.last()).remove(predicate);
            if (!name.isEmpty())
                terms.last() = name;
        }
        return terms;
    }

    static QString joinedGroup(const QString &group, const QString &label)
    {
        return group.isEmpty() ? label : group + QStringLiteral(" — ") + label;
    }

    bool namesAFrequency(const QString &label) const
    {
        const SideEffectLabel kind = classifySideEffectLabel(label, m_ingredients);
        return kind.frequency != SideEffectFrequency::Unspecified || kind.band != SideEffectBand::None;
    }

    bool isGroupLabel(const QString &label) const
    {
        const SideEffectLabel kind = classifySideEffectLabel(label, m_ingredients);
        return kind.frequency != SideEffectFrequency::Unspecified || kind.band != SideEffectBand::None
               || namesABodySystem(label, kind) || !kind.ingredient.isEmpty();
    }

    // "Gastrointestinal", "Nervous system", "Eye problems" name a body
    // system; "Blurred vision" and "Abdominal pain" name side effects in one.
    static bool namesABodySystem(const QString &label, const SideEffectLabel &kind)
    {
        if (kind.bodySystem.isEmpty())
            return false;
        static const QRegularExpression systemWord(
            QStringLiteral("^\\S+$|\\b(?:system|systems|issues|effects|problems|disorders|reactions|symptoms|"
                           "disturbances|related|health|tract)$"),
            QRegularExpression::CaseInsensitiveOption);
        return systemWord.match(sideEffectGroupName(label).remove(QRegularExpression(QStringLiteral("\\s*\\(.*\\)"))))
            .hasMatch();
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
        // "Similar to X, these are typically mild, involving irritation": a
        // sentence, kept as the section's text.
        for (const QString &term : terms) {
            if (wordsOutsideBrackets(term) > kMaxTermWords
                || normaliseSideEffect(term, QString(), QString(), {}).isNote)
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
        return addSentences(text.mid(colon + 1), joinedGroup(group, label), line, &Extractor::addAll);
    }

    // An item "Drowsiness, dizziness, insomnia" or "Nausea, vomiting" lists
    // several side effects; "Headache, usually mild" is one with its
    // explanation, and long parts are prose: both stay whole.
    bool addShortList(const QStringList &terms, const QString &group, int line)
    {
        if (terms.size() < 2)
            return false;
        if (terms.size() == 2
            && (explains(terms.at(1)) || terms.at(0).count(QLatin1Char(' ')) >= 3
                || terms.at(1).count(QLatin1Char(' ')) >= 3))
            return false;
        // In a run of three or more, a longer name among short ones
        // ("Increased serum lipase and amylase levels, nausea, diarrhea") is
        // still one of the list.
        const int maxWords = terms.size() >= 3 ? kMaxTermWords : kMaxListedTermWords;
        int shortTerms = 0;
        for (const QString &term : terms) {
            const int words = wordsOutsideBrackets(term);
            if (words > maxWords)
                return false;
            shortTerms += words <= kMaxListedTermWords ? 1 : 0;
        }
        if (shortTerms * 2 < terms.size())
            return false;
        addListed(terms, group, line);
        return true;
    }

    static constexpr int kMaxListedTermWords = 4;
    static constexpr int kMaxTermWords = 10;
    static constexpr int kMaxLabelWords = 4;
    static constexpr int kMaxLeadWords = 6;

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
