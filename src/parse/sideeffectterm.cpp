#include "parse/sideeffectterm.h"

#include "parse/textfold.h"

#include <QRegularExpression>
#include <QSet>

namespace formulary {
namespace {

struct Name
{
    SideEffectFrequency frequency;
    const char *name;
};
const Name kFrequencyNames[] = {{SideEffectFrequency::Unspecified, "unspecified"},
                                {SideEffectFrequency::Common, "common"},
                                {SideEffectFrequency::LessCommon, "less-common"},
                                {SideEffectFrequency::Rare, "rare"},
                                {SideEffectFrequency::Serious, "serious"}};

struct BandName
{
    SideEffectBand band;
    const char *name;
};
const BandName kBandNames[] = {{SideEffectBand::None, ""},
                               {SideEffectBand::Over10Percent, ">10%"},
                               {SideEffectBand::From1To10Percent, "1-10%"},
                               {SideEffectBand::Under1Percent, "<1%"},
                               {SideEffectBand::PostMarketing, "post-marketing"}};

// Body systems as labels name them: the first of a row's word beginnings
// found in a label names the row's system.
struct BodySystem
{
    const char *name;
    std::initializer_list<const char *> beginnings;
};
const BodySystem kBodySystems[] = {
    {"gastrointestinal", {"gastro", "gi ", "digestive", "stomach", "abdominal", "bowel"}},
    {"nervous system", {"nervous", "neurolog", "cns", "central nervous"}},
    {"psychiatric", {"psychiatric", "mental", "psycholog", "behavio", "mood"}},
    {"cardiovascular", {"cardio", "cardiac", "heart", "vascular", "circulat"}},
    {"respiratory", {"respirat", "pulmonar", "lung", "breathing"}},
    {"skin", {"dermatolog", "skin", "cutaneous", "integument"}},
    {"liver", {"hepat", "liver"}},
    {"kidney and urinary", {"renal", "kidney", "urinary", "genitourinary", "urolog"}},
    {"musculoskeletal", {"musculoskeletal", "muscul", "muscle", "joint", "bone", "skeletal"}},
    {"blood", {"hematolog", "haematolog", "blood", "bleeding"}},
    {"immune and allergic", {"immun", "allerg", "hypersensitiv"}},
    {"endocrine and metabolic", {"endocrin", "metabolic", "metabolism", "hormon"}},
    {"eye", {"ocular", "ophthalm", "eye", "vision", "visual"}},
    {"ear", {"otic", "ear ", "hearing", "auditory"}},
    {"reproductive", {"reproductive", "sexual"}},
    {"injection site", {"injection site", "infusion site", "application site", "local"}},
    {"general", {"general", "constitutional", "systemic"}},
};

// Words that never lose their last "s": they are singular.
const QSet<QString> kSingularWithS = {
    QStringLiteral("diabetes"), QStringLiteral("herpes"),  QStringLiteral("measles"), QStringLiteral("mumps"),
    QStringLiteral("rabies"),   QStringLiteral("scabies"), QStringLiteral("series"),  QStringLiteral("species"),
    QStringLiteral("news"),     QStringLiteral("lens"),    QStringLiteral("always"),  QStringLiteral("pancreas"),
    QStringLiteral("tetanus"),  QStringLiteral("whereas"), QStringLiteral("various"), QStringLiteral("nervous"),
};

QString singular(const QString &word)
{
    if (word.size() < 4 || !word.endsWith(QLatin1Char('s')) || kSingularWithS.contains(word))
        return word;
    for (const char *ending : {"ss", "us", "is", "ys"}) {
        if (word.endsWith(QLatin1String(ending)))
            return word;
    }
    if (word.endsWith(QLatin1String("ies")) && word.size() > 4)
        return word.chopped(3) + QLatin1Char('y'); // allergies
    if (word.endsWith(QLatin1String("sses")) || word.endsWith(QLatin1String("shes"))
        || word.endsWith(QLatin1String("xes")))
        return word.chopped(2); // abscesses, rashes, reflexes
    if (word.endsWith(QLatin1String("ches")) && !word.endsWith(QLatin1String("aches")))
        return word.chopped(2); // itches, patches (but headaches, aches)
    return word.chopped(1);
}

// Text outside and inside top-level brackets, apart.
QString withoutBrackets(const QString &text, QStringList *inside)
{
    QString outside, current;
    int depth = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('(') || c == QLatin1Char('[')) {
            if (depth++ > 0)
                current += c;
            continue;
        }
        if ((c == QLatin1Char(')') || c == QLatin1Char(']')) && depth > 0) {
            if (--depth == 0) {
                if (!current.trimmed().isEmpty())
                    inside->append(current.trimmed());
                current.clear();
            } else {
                current += c;
            }
            continue;
        }
        (depth > 0 ? current : outside) += c;
    }
    if (depth > 0 && !current.trimmed().isEmpty())
        inside->append(current.trimmed());
    return outside;
}

// Where a trailing explanation begins ("Headache: usually mild", "Rash —
// stop the medicine"), outside brackets; -1 when there is none.
int explanationStart(const QString &text, int *separatorLength)
{
    int depth = 0;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('(') || c == QLatin1Char('['))
            ++depth;
        else if ((c == QLatin1Char(')') || c == QLatin1Char(']')) && depth > 0)
            --depth;
        if (depth > 0)
            continue;
        if (c == QLatin1Char(':')) {
            *separatorLength = 1;
            return i;
        }
        // "Hypoglycemia, especially if …": a comma before a word that
        // qualifies rather than names.
        if (c == QLatin1Char(',')) {
            static const QRegularExpression qualifying(
                QStringLiteral("\\G,\\s*(?:especially|particularly|usually|often|mostly|potentially|possibly|which|"
                               "that|including|typically|sometimes|rarely|leading)\\b"),
                QRegularExpression::CaseInsensitiveOption);
            if (qualifying.match(text, i).hasMatch()) {
                *separatorLength = 1;
                return i;
            }
        }
        if ((c == QChar(0x2014) || c == QChar(0x2013) || c == QLatin1Char('-')) && i > 0 && i + 1 < text.size()
            && text.at(i - 1).isSpace() && text.at(i + 1).isSpace()) {
            *separatorLength = 1;
            return i;
        }
    }
    return -1;
}

bool hasWordStartingWith(const QString &folded, const char *beginning)
{
    const QString start = QLatin1String(beginning);
    for (qsizetype at = folded.indexOf(start); at >= 0; at = folded.indexOf(start, at + 1)) {
        if (at == 0 || !folded.at(at - 1).isLetterOrNumber())
            return true;
    }
    return false;
}

bool hasWord(const QString &folded, const char *word)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return folded.split(nonWord, Qt::SkipEmptyParts).contains(QLatin1String(word));
}

SideEffectBand bandOf(const QString &folded)
{
    QString compact = folded;
    compact.remove(QLatin1Char(' '));
    compact.replace(QChar(0x2013), QLatin1Char('-')).replace(QChar(0x2014), QLatin1Char('-'));
    compact.replace(QChar(0x2265), QLatin1String(">=")).replace(QChar(0x2264), QLatin1String("<="));
    static const QRegularExpression over(QStringLiteral("(?:>=?|morethan|over|greaterthan|above)10%"));
    static const QRegularExpression between(QStringLiteral("(?:^|[^0-9.])1(?:%)?(?:-|to|and)10%"));
    static const QRegularExpression under(QStringLiteral("(?:<=?|lessthan|under|below)1%"));
    if (over.match(compact).hasMatch())
        return SideEffectBand::Over10Percent;
    if (between.match(compact).hasMatch())
        return SideEffectBand::From1To10Percent;
    if (under.match(compact).hasMatch())
        return SideEffectBand::Under1Percent;
    if (compact.contains(QLatin1String("postmarketing")) || compact.contains(QLatin1String("post-marketing"))
        || compact.contains(QLatin1String("casereport")))
        return SideEffectBand::PostMarketing;
    return SideEffectBand::None;
}

// A sentence rather than a side effect: long, and saying what to do.
bool isSentence(const QString &folded)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList words = folded.split(space, Qt::SkipEmptyParts);
    if (words.size() <= 8)
        return false;
    for (const char *verb : {"contact", "call", "seek", "tell", "stop", "consult", "report", "inform", "if", "should",
                             "must", "avoid", "do", "talk", "ask", "notify", "discontinue"}) {
        if (words.contains(QLatin1String(verb)))
            return true;
    }
    return false;
}

// A side effect's name that says something of it rather than naming it
// ("Allergic reactions are possible", "rash. Stop taking it"): a few words
// with a verb, or more than one sentence.
bool namesAStatement(const QString &name)
{
    static const QRegularExpression sentenceBreak(QStringLiteral("[.!?]\\s+\\S+\\s+\\S+|(?:\\p{L}{3}|\\s)[.!?]\\s+\\p{Lu}"));
    if (sentenceBreak.match(name).hasMatch())
        return true;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList words = foldForMatching(name).split(space, Qt::SkipEmptyParts);
    if (words.size() < 4)
        return false;
    for (const char *verb : {"is", "are", "was", "were", "be", "been", "may", "can", "could", "might", "will",
                             "should", "must", "contact", "call", "seek", "tell", "stop", "consult", "report",
                             "avoid", "include", "includes", "occur", "occurs", "occurred", "have", "has", "if",
                             "you", "your", "do", "talk", "ask", "notify", "inform", "discontinue"}) {
        if (words.contains(QLatin1String(verb)))
            return true;
    }
    return false;
}

// Whether a parenthetical reads as another name ("hair loss", "low blood
// pressure") rather than a list, a degree or a circumstance ("rash,
// itching", "mild", "with long-term use", "including anaphylaxis").
bool readsAsAName(const QString &text)
{
    static const QRegularExpression nameLike(QStringLiteral("^[\\p{L}][\\p{L}' -]*$"));
    const QString folded = foldForMatching(text);
    if (!nameLike.match(folded).hasMatch() || folded.count(QLatin1Char(' ')) >= 4)
        return false;
    static const QSet<QString> notAName = {
        QStringLiteral("including"),  QStringLiteral("such"),      QStringLiteral("eg"),        QStringLiteral("ie"),
        QStringLiteral("especially"), QStringLiteral("particularly"), QStringLiteral("rare"),  QStringLiteral("rarely"),
        QStringLiteral("mild"),       QStringLiteral("moderate"),  QStringLiteral("severe"),   QStringLiteral("serious"),
        QStringLiteral("common"),     QStringLiteral("uncommon"),  QStringLiteral("with"),     QStringLiteral("without"),
        QStringLiteral("in"),         QStringLiteral("at"),        QStringLiteral("on"),       QStringLiteral("if"),
        QStringLiteral("when"),       QStringLiteral("may"),       QStringLiteral("can"),      QStringLiteral("usually"),
        QStringLiteral("often"),      QStringLiteral("occasionally"), QStringLiteral("sometimes"), QStringLiteral("possibly"),
        QStringLiteral("potentially"), QStringLiteral("temporary"), QStringLiteral("transient"), QStringLiteral("dose"),
        QStringLiteral("very"),       QStringLiteral("frequent"),  QStringLiteral("infrequent"), QStringLiteral("after"),
        QStringLiteral("during"),     QStringLiteral("from"),      QStringLiteral("for"),      QStringLiteral("due"),
        QStringLiteral("see"),        QStringLiteral("and"),       QStringLiteral("or"),       QStringLiteral("not"),
        QStringLiteral("various"),    QStringLiteral("all"),       QStringLiteral("any"),      QStringLiteral("other"),
        QStringLiteral("some"),       QStringLiteral("multiple"),  QStringLiteral("different"), QStringLiteral("most"),
        QStringLiteral("more"),       QStringLiteral("less"),      QStringLiteral("only"),     QStringLiteral("like"),
    };
    return !notAName.contains(folded.section(QLatin1Char(' '), 0, 0));
}

} // namespace

QString sideEffectFrequencyName(SideEffectFrequency frequency)
{
    for (const Name &name : kFrequencyNames) {
        if (name.frequency == frequency)
            return QLatin1String(name.name);
    }
    return QStringLiteral("unspecified");
}

SideEffectFrequency sideEffectFrequencyFromName(const QString &name)
{
    for (const Name &entry : kFrequencyNames) {
        if (name == QLatin1String(entry.name))
            return entry.frequency;
    }
    return SideEffectFrequency::Unspecified;
}

QString sideEffectBandName(SideEffectBand band)
{
    for (const BandName &name : kBandNames) {
        if (name.band == band)
            return QLatin1String(name.name);
    }
    return QString();
}

SideEffectBand sideEffectBandFromName(const QString &name)
{
    for (const BandName &entry : kBandNames) {
        if (name == QLatin1String(entry.name))
            return entry.band;
    }
    return SideEffectBand::None;
}

SideEffectLabel classifySideEffectLabel(const QString &label, const QStringList &ingredients)
{
    SideEffectLabel result;
    const QString folded = foldForMatching(label);
    if (folded.isEmpty())
        return result;
    for (const char *note : {"note", "notes", "important", "important note", "warning", "warnings", "caution",
                             "disclaimer", "please note"}) {
        if (folded == QLatin1String(note) || folded.startsWith(QLatin1String(note) + QLatin1Char(':')))
            result.isNote = true;
    }
    if (isSentence(folded))
        result.isNote = true;

    result.band = bandOf(folded);
    if (hasWordStartingWith(folded, "serious") || hasWordStartingWith(folded, "severe")
        || folded.contains(QLatin1String("life-threatening")) || folded.contains(QLatin1String("life threatening")))
        result.frequency = SideEffectFrequency::Serious;
    else if (folded.contains(QLatin1String("less common")) || hasWord(folded, "uncommon")
             || hasWord(folded, "infrequent") || hasWord(folded, "occasional"))
        result.frequency = SideEffectFrequency::LessCommon;
    else if (hasWord(folded, "rare") || hasWord(folded, "rarely") || result.band == SideEffectBand::Under1Percent)
        result.frequency = SideEffectFrequency::Rare;
    // A band of 1% or more reads as common when the label names no class.
    else if (hasWord(folded, "common") || hasWord(folded, "frequent") || hasWord(folded, "frequently")
             || result.band == SideEffectBand::Over10Percent || result.band == SideEffectBand::From1To10Percent)
        result.frequency = SideEffectFrequency::Common;

    const QString padded = folded + QLatin1Char(' ');
    for (const BodySystem &system : kBodySystems) {
        for (const char *beginning : system.beginnings) {
            if (hasWordStartingWith(padded, beginning)) {
                result.bodySystem = QLatin1String(system.name);
                break;
            }
        }
        if (!result.bodySystem.isEmpty())
            break;
    }
    // "Metformin:" or "Metformin side effects" over a combination's list.
    for (const QString &ingredient : ingredients) {
        if (ingredients.size() > 1 && !ingredient.isEmpty()
            && (folded == ingredient || folded.startsWith(ingredient + QLatin1Char(' ')))) {
            result.ingredient = ingredient;
            break;
        }
    }
    return result;
}

QString sideEffectTermKey(const QString &text, QString *qualifier, QString *synonym, QString *name)
{
    QString term = text.simplified();
    QStringList qualifiers;
    int separator = 0;
    const int explanation = explanationStart(term, &separator);
    QString trailing;
    if (explanation > 0) {
        trailing = term.mid(explanation + separator).trimmed();
        term.truncate(explanation);
    }
    term = withoutBrackets(term, &qualifiers);
    if (!trailing.isEmpty())
        qualifiers.append(trailing);
    if (qualifier)
        *qualifier = qualifiers.join(QStringLiteral("; "));

    if (name) {
        static const QRegularExpression trailingPunctuation(QStringLiteral("[\\s.,;:!?*_]+$"));
        *name = term.simplified().remove(trailingPunctuation);
    }
    if (synonym) {
        synonym->clear();
        if (qualifiers.size() == 1 && trailing.isEmpty() && readsAsAName(qualifiers.first()))
            *synonym = sideEffectTermKey(qualifiers.first());
    }

    QString folded = foldForMatching(term);
    static const QRegularExpression edges(QStringLiteral("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$"));
    folded.remove(edges);
    static const QRegularExpression leadingJoin(QStringLiteral("^(?:and|or)\\s+"));
    folded.remove(leadingJoin);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList words = folded.split(space, Qt::SkipEmptyParts);
    for (QString &word : words) {
        // Plurals of the letters of a word only, not "covid-19s" or "b12s".
        if (std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetter(); }))
            word = singular(word);
    }
    QString key = words.join(QLatin1Char(' '));
    if (synonym && *synonym == key)
        synonym->clear();
    return key;
}

SideEffectTerm normaliseSideEffect(const QString &text, const QString &group, const QString &sectionIngredient,
                                   const QStringList &ingredients)
{
    SideEffectTerm result;
    const SideEffectLabel label = classifySideEffectLabel(group, ingredients);
    result.term = sideEffectTermKey(text, &result.qualifier, &result.synonym, &result.name);
    result.frequency = label.frequency;
    result.band = label.band;
    result.bodySystem = label.bodySystem;
    result.ingredient = sectionIngredient.isEmpty() ? label.ingredient : foldForMatching(sectionIngredient);
    result.isNote = label.isNote || result.term.isEmpty() || namesAStatement(result.name);
    return result;
}

QStringList titleIngredients(const QString &title)
{
    QStringList ingredients;
    for (const QString &part : title.split(QLatin1Char('+'))) {
        QStringList inside;
        const QString name = foldForMatching(withoutBrackets(part, &inside)).trimmed();
        if (!name.isEmpty() && !ingredients.contains(name))
            ingredients.append(name);
    }
    return ingredients;
}

} // namespace formulary
