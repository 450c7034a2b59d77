#include "cli/cli.h"
#include "cli/commandparser.h"
#include "cli/output.h"
#include "parse/sideeffectterm.h"
#include "store/contentdatabase.h"
#include "study/sideeffectindex.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

namespace formulary::cli {
namespace {

constexpr int kDefaultLimit = 20;

// How many drugs list a term with `frequency` (all of them without one).
int drugsListing(const SideEffectTermRecord &term, const std::optional<SideEffectFrequency> &frequency)
{
    if (!frequency)
        return term.drugs;
    switch (*frequency) {
    case SideEffectFrequency::Common:
        return term.common;
    case SideEffectFrequency::LessCommon:
        return term.lessCommon;
    case SideEffectFrequency::Rare:
        return term.rare;
    case SideEffectFrequency::Serious:
        return term.serious;
    case SideEffectFrequency::Unspecified:
        break;
    }
    return term.drugs - term.common - term.lessCommon - term.rare - term.serious;
}

QJsonArray toJson(const QStringList &strings)
{
    QJsonArray array;
    for (const QString &string : strings)
        array.append(string);
    return array;
}

// Says that no side effect is named `text`, with the ones it begins or the
// nearest spellings. Returns the exit status.
int reportNoTerm(const QString &text, const SideEffectIndex &index, const SideEffectIndex::Match &match,
                 QTextStream &err)
{
    const QList<int> others = match.candidates.isEmpty() ? match.suggestions : match.candidates;
    QStringList names;
    constexpr int kNamed = 8;
    for (const int term : others.mid(0, kNamed))
        names.append(index.terms().at(term).name);
    if (others.size() > kNamed)
        names.append(QStringLiteral("…"));
    if (!match.candidates.isEmpty())
        err << QCoreApplication::translate("cli", "formulary side-effects: '%1' begins several side effects: %2")
                   .arg(printable(text), printable(names.join(QStringLiteral(", "))))
            << '\n';
    else if (!names.isEmpty())
        err << QCoreApplication::translate("cli", "formulary side-effects: no page lists '%1'; did you mean: %2?")
                   .arg(printable(text), printable(names.join(QStringLiteral(", "))))
            << '\n';
    else
        err << QCoreApplication::translate("cli", "formulary side-effects: no page lists '%1'").arg(printable(text))
            << '\n';
    return Failure;
}

} // namespace

int runSideEffects(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("side-effects"),
                         QCoreApplication::translate(
                             "cli",
                             "Side effects across drugs. Without TERM, the side effects the pages list, with how many\n"
                             "drugs list each (and how many as common, and as serious), most listed first. With TERM,\n"
                             "the drugs that list it, one a line, with how often the page says it occurs and the\n"
                             "item as the page writes it. TERM is matched as search matches words: case, accents and\n"
                             "plurals do not matter, a synonym the pages state finds its side effect ('hair loss'\n"
                             "finds alopecia), and the beginning of one term is enough.\n"
                             "Exit status: 0 when something was found, 1 for a TERM no page lists (with suggestions)\n"
                             "or a database that cannot be read, 2 for a usage error."));
    parser.addArgument(QStringLiteral("TERM"), QCoreApplication::translate("cli", "A side effect, e.g. drowsiness."));
    const QCommandLineOption frequencyOption(
        QStringLiteral("frequency"),
        QCoreApplication::translate("cli", "Only listings of this frequency: common, less-common, rare or serious."),
        QStringLiteral("CLASS"));
    parser.addOption(frequencyOption);
    parser.addDatabaseOption();
    const QCommandLineOption limitOption(
        QStringLiteral("limit"),
        QCoreApplication::translate("cli", "Print at most N lines (default %1; 0 for all).").arg(kDefaultLimit),
        QStringLiteral("N"), QString::number(kDefaultLimit));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        QCoreApplication::translate(
            "cli", "Print JSON: without TERM {\"terms\": [{\"term\", \"synonyms\", \"drugs\", \"common\", "
                   "\"serious\"}]}, with TERM {\"term\", \"synonyms\", \"drugs\": [{\"name\", \"slug\", "
                   "\"frequency\", \"band\", \"group\", \"line\", \"text\"}]}."));
    parser.addOptions({limitOption, jsonOption});
    if (!parser.parse(arguments))
        return UsageError;

    QTextStream err(stderr);
    QTextStream out(stdout);
    bool limitOk = false;
    const int limitValue = parser.value(limitOption).toInt(&limitOk);
    if (!limitOk || limitValue < 0) {
        err << QCoreApplication::translate("cli", "formulary side-effects: --limit wants a number of lines, not '%1'")
                   .arg(parser.value(limitOption))
            << '\n';
        return UsageError;
    }
    std::optional<SideEffectFrequency> frequency;
    if (parser.isSet(frequencyOption)) {
        const QString name = parser.value(frequencyOption).trimmed().toLower();
        const SideEffectFrequency parsed = sideEffectFrequencyFromName(name);
        if (parsed == SideEffectFrequency::Unspecified && name != QLatin1String("unspecified")) {
            err << QCoreApplication::translate("cli", "formulary side-effects: unknown frequency '%1'; one of: "
                                                      "common, less-common, rare, serious")
                       .arg(parser.value(frequencyOption))
                << '\n';
            return UsageError;
        }
        frequency = parsed;
    }

    QString error;
    const QString path = parser.database(ContentDatabase::defaultPath());
    const auto database = ContentDatabase::open(path, ContentDatabase::Mode::ReadOnly, &error);
    if (!database) {
        err << "formulary side-effects: " << error << '\n' << contentDatabaseAdvice() << '\n';
        return Failure;
    }
    const QString text = parser.operands().join(QLatin1Char(' ')).trimmed();

    if (text.isEmpty()) {
        const SideEffectIndex index = SideEffectIndex::load(*database);
        QList<const SideEffectTermRecord *> terms;
        for (const SideEffectTermRecord &term : index.terms()) {
            if (drugsListing(term, frequency) > 0)
                terms.append(&term);
        }
        std::stable_sort(terms.begin(), terms.end(), [&](const auto *a, const auto *b) {
            return drugsListing(*a, frequency) > drugsListing(*b, frequency);
        });
        const int shown = limitValue == 0 ? int(terms.size()) : std::min(int(terms.size()), limitValue);
        if (parser.isSet(jsonOption)) {
            QJsonArray array;
            for (int i = 0; i < shown; ++i) {
                const SideEffectTermRecord &term = *terms.at(i);
                array.append(QJsonObject{{QStringLiteral("term"), term.name},
                                         {QStringLiteral("key"), term.key},
                                         {QStringLiteral("synonyms"), toJson(term.synonyms)},
                                         {QStringLiteral("drugs"), drugsListing(term, frequency)},
                                         {QStringLiteral("common"), term.common},
                                         {QStringLiteral("serious"), term.serious}});
            }
            out << QJsonDocument(QJsonObject{{QStringLiteral("terms"), array}}).toJson(QJsonDocument::Indented);
        } else {
            out << QCoreApplication::translate("cli", " DRUGS  COMMON  SERIOUS  SIDE EFFECT") << '\n';
            for (int i = 0; i < shown; ++i) {
                const SideEffectTermRecord &term = *terms.at(i);
                out << QString::number(drugsListing(term, frequency)).rightJustified(6) << "  "
                    << QString::number(term.common).rightJustified(6) << "  "
                    << QString::number(term.serious).rightJustified(7) << "  " << printable(term.name);
                if (!term.synonyms.isEmpty())
                    out << "  "
                        << QCoreApplication::translate("cli", "(also: %1)")
                               .arg(printable(term.synonyms.join(QStringLiteral(", "))));
                out << '\n';
            }
        }
        if (shown < terms.size())
            err << QCoreApplication::translate("cli", "%1 of %2 side effects; --limit N shows more")
                       .arg(shown)
                       .arg(terms.size())
                << '\n';
        return finishStandardOutput(out, QStringLiteral("side-effects")) && !terms.isEmpty() ? Success : Failure;
    }

    // A term, or another name of one, is looked up at once; a beginning or
    // a misspelling needs every term.
    std::optional<SideEffectTermRecord> term = database->sideEffectTerm(sideEffectTermKey(text));
    if (!term) {
        const SideEffectIndex index = SideEffectIndex::load(*database);
        const SideEffectIndex::Match match = index.find(text);
        if (match.term >= 0)
            term = index.terms().at(match.term);
        else
            return reportNoTerm(text, index, match, err);
    }
    // How many drugs list it: the index counts each class but "unspecified",
    // which is counted here.
    const QString frequencyName = frequency ? sideEffectFrequencyName(*frequency) : QString();
    const QList<SideEffectListing> listings = database->sideEffectDrugs(term->key, frequencyName,
                                                                        limitValue == 0 ? -1 : limitValue);
    const int total = frequency == SideEffectFrequency::Unspecified
                          ? int(database->sideEffectDrugs(term->key, frequencyName, -1).size())
                          : drugsListing(*term, frequency);
    const int shown = limitValue == 0 ? int(listings.size()) : std::min(int(listings.size()), limitValue);
    if (parser.isSet(jsonOption)) {
        QJsonArray drugs;
        for (int i = 0; i < shown; ++i) {
            const SideEffectListing &listing = listings.at(i);
            drugs.append(
                QJsonObject{{QStringLiteral("name"), listing.drugTitle},
                            {QStringLiteral("slug"), listing.drugSlug},
                            {QStringLiteral("frequency"), sideEffectFrequencyName(listing.effect.normalised.frequency)},
                            {QStringLiteral("band"), sideEffectBandName(listing.effect.normalised.band)},
                            {QStringLiteral("group"), listing.effect.group},
                            {QStringLiteral("line"), listing.effect.line},
                            {QStringLiteral("text"), listing.effect.text}});
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("term"), term->name},
                                         {QStringLiteral("key"), term->key},
                                         {QStringLiteral("synonyms"), toJson(term->synonyms)},
                                         {QStringLiteral("total"), total},
                                         {QStringLiteral("drugs"), drugs}})
                   .toJson(QJsonDocument::Indented);
    } else {
        out << printable(
            QCoreApplication::translate("cli", "%1: listed by %n drug(s)", nullptr, total).arg(term->name));
        if (!term->synonyms.isEmpty())
            out << ' '
                << printable(
                       QCoreApplication::translate("cli", "(also: %1)").arg(term->synonyms.join(QStringLiteral(", "))));
        out << '\n';
        for (int i = 0; i < shown; ++i) {
            const SideEffectListing &listing = listings.at(i);
            QString frequencyText = sideEffectFrequencyName(listing.effect.normalised.frequency);
            if (listing.effect.normalised.band != SideEffectBand::None)
                frequencyText += QLatin1Char(' ') + sideEffectBandName(listing.effect.normalised.band);
            out << printable(listing.drugTitle) << "  [" << frequencyText << "]  " << printable(listing.effect.text)
                << "  (" << QCoreApplication::translate("cli", "line %1").arg(listing.effect.line) << ")\n";
        }
    }
    if (shown < total)
        err << QCoreApplication::translate("cli", "%1 of %2 drugs; --limit N shows more").arg(shown).arg(total) << '\n';
    return finishStandardOutput(out, QStringLiteral("side-effects")) && !listings.isEmpty() ? Success : Failure;
}

} // namespace formulary::cli
