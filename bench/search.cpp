// Measures search latency on one content database: the name part (exact,
// prefix, ingredient, did-you-mean) and the full-text part (ranking plus the
// first page of results with snippets), each as median, p99 and worst over
// a fixed list of realistic queries.
//
//   formulary-bench-search DATABASE [--page N] [--walk] [--query TEXT] [--verbose]
//
// The queries are built the same way for every database: name prefixes of
// 1 to 6 letters and misspelled names taken at even steps through the sorted
// names, common side-effect and condition words (whole and as typed), and
// two-word phrases.
#include "search/searchengine.h"
#include "store/contentdatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <limits>

using namespace formulary;

namespace {

const char *const kWords[] = {
    "drowsiness",   "nausea",         "headache",    "dizziness",     "rash",         "vomiting",  "diarrhoea",
    "diarrhea",     "constipation",   "insomnia",    "fatigue",       "itching",      "swelling",  "bleeding",
    "seizures",     "hallucinations", "jaundice",    "anaphylaxis",   "pancreatitis", "tiredness", "fever",
    "cough",        "pain",           "anxiety",     "depression",    "hypertension", "diabetes",  "asthma",
    "infection",    "arthritis",      "migraine",    "angina",        "ulcers",       "heartburn", "pregnancy",
    "alcohol",      "kidney",         "liver",       "breastfeeding", "children",     "elderly",   "overdose",
    "tablet",       "injection",      "cholesterol", "potassium",     "weight",       "appetite",  "vision",
    "palpitations",
};

const char *const kPhrases[] = {
    "dry mouth",        "blurred vision",      "chest pain",
    "muscle aches",     "liver damage",        "stomach pain",
    "back pain",        "allergic reaction",   "kidney problems",
    "trouble sleeping", "blood pressure",      "heart failure",
    "skin rash",        "loss of appetite",    "weight gain",
    "low potassium",    "irregular heartbeat", "sore throat",
    "runny nose",       "joint pain",          "acid reflux",
    "type 2 diabetes",  "high cholesterol",    "panic disorder",
    "with food",        "missed dose",         "breathing difficulty",
    "black stools",     "facial flushing",     "ankle swelling",
};

// A deterministic typo: swap, drop, double or change one letter.
QString misspell(const QString &word, int variant)
{
    if (word.size() < 5)
        return word + QLatin1Char('e');
    QString typo = word;
    const int at = 1 + variant % int(word.size() - 2);
    switch (variant % 4) {
    case 0:
        std::swap(typo[at], typo[at + 1]);
        break;
    case 1:
        typo.remove(at, 1);
        break;
    case 2:
        typo.insert(at, typo[at]);
        break;
    default:
        typo[at] = typo[at] == QLatin1Char('a') ? QLatin1Char('e') : QLatin1Char('a');
    }
    return typo;
}

QStringList buildQueries(const NameIndex &names, const ContentDatabase &database)
{
    // Drugs in name order, as the index numbers them.
    const auto title = [&](quint32 index) { return database.drug(names.id(index)).value_or(DrugRecord()).title; };
    QStringList queries;
    const int drugs = names.size();
    // Name prefixes, as a pharmacist types them: 1 to 6 letters of 45 names.
    for (int i = 0; i < 45 && drugs > 0; ++i) {
        const QString name = title(quint32(qint64(i) * drugs / 45)).toLower();
        for (int length = 1; length <= 6; ++length)
            queries.append(name.left(length));
    }
    // Misspelled names, whole and the first word only.
    for (int i = 0; i < 120 && drugs > 0; ++i) {
        const QString name = title(quint32((qint64(i) * 7919) % drugs)).toLower();
        const QString first = name.section(QLatin1Char(' '), 0, 0);
        queries.append(misspell(i % 2 ? first : name, i));
    }
    // Side effects and conditions, whole and as typed.
    for (const char *word : kWords) {
        const QString whole = QString::fromLatin1(word);
        queries.append(whole);
        queries.append(whole.left(std::max<qsizetype>(3, whole.size() / 2)));
        queries.append(QStringLiteral("side:") + whole);
    }
    // Two-word phrases, whole and with the second word half typed.
    for (const char *phrase : kPhrases) {
        const QString whole = QString::fromLatin1(phrase);
        queries.append(whole);
        queries.append(whole.left(whole.size() - 2));
        queries.append(QStringLiteral("faqs:") + whole);
    }
    return queries;
}

struct Stats
{
    double median, p99, worst;
};

Stats stats(std::vector<double> values)
{
    if (values.empty())
        return {0, 0, 0};
    std::sort(values.begin(), values.end());
    const auto at = [&values](double q) {
        return values[std::min(values.size() - 1, size_t(q * double(values.size())))];
    };
    return {at(0.5), at(0.99), values.back()};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2) {
        err << "usage: formulary-bench-search DATABASE [--page N] [--walk] [--query TEXT] [--verbose]\n";
        return 2;
    }
    int page = 50;
    if (const qsizetype i = arguments.indexOf(QStringLiteral("--page")); i > 0)
        page = arguments.value(i + 1).toInt();
    const bool verbose = arguments.contains(QStringLiteral("--verbose"));
    // Walk FTS5's matches for every query instead of ranking from the
    // postings: the cost the postings save.
    const bool walk = arguments.contains(QStringLiteral("--walk"));

    QString error;
    const auto database = ContentDatabase::open(arguments.at(1), ContentDatabase::Mode::ReadOnly, &error);
    if (!database) {
        err << error << '\n';
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    SearchEngine engine(*database);
    if (walk)
        engine.setUsePostings(false);
    const double loadMs = clock.nsecsElapsed() / 1e6;
    // One query, asked as often as the list has queries: for a profiler.
    const qsizetype queryAt = arguments.indexOf(QStringLiteral("--query"));
    QStringList queries = buildQueries(engine.names(), *database);
    if (queryAt > 0)
        queries = QStringList(queries.size(), arguments.value(queryAt + 1));

    std::vector<double> nameTimes, textTimes, totalTimes, textOnlyTimes;
    qint64 resultCount = 0;
    int postingsUsed = 0;
    // The first round warms the page cache; the second is measured.
    for (int round = 0; round < 2; ++round) {
        nameTimes.clear();
        textTimes.clear();
        totalTimes.clear();
        textOnlyTimes.clear();
        postingsUsed = 0;
        for (const QString &text : queries) {
            const SearchQuery query = SearchQuery::parse(text);
            clock.restart();
            const QList<SearchEngine::Hit> names = query.section ? QList<SearchEngine::Hit>()
                                                                 : engine.searchNames(query);
            const double nameMs = clock.nsecsElapsed() / 1e6;
            clock.restart();
            SearchEngine::Hits hits;
            hits.query = query;
            hits.hits = names;
            hits.nameCount = int(names.size());
            int textTotal = 0;
            const QList<SearchEngine::Hit> found = engine.searchFullText(query, names, SearchEngine::DefaultRanked,
                                                                         &textTotal, {}, &hits.terms);
            hits.hits += found;
            hits.total = hits.nameCount + textTotal;
            postingsUsed += engine.lastRunUsedPostings() ? 1 : 0;
            // The first page of full-text rows, with their sections and snippets.
            const QList<SearchResult> shown = engine.results(hits, hits.nameCount, page);
            const double textMs = clock.nsecsElapsed() / 1e6;
            nameTimes.push_back(nameMs);
            textTimes.push_back(textMs);
            totalTimes.push_back(nameMs + textMs);
            // Queries the full-text part had words for (not one letter, not
            // only words absent from the text).
            if (!found.isEmpty())
                textOnlyTimes.push_back(textMs);
            if (round == 1) {
                resultCount += hits.total;
                if (verbose)
                    out << QStringLiteral("%1 ms names (%2), %3 ms text (%4, %5 shown): %6\n")
                               .arg(nameMs, 0, 'f', 3)
                               .arg(names.size())
                               .arg(textMs, 0, 'f', 3)
                               .arg(found.size())
                               .arg(shown.size())
                               .arg(text);
            }
        }
    }
    const Stats name = stats(nameTimes), fullText = stats(textTimes), total = stats(totalTimes);
    out << QStringLiteral("%1 drugs, engine loaded in %2 ms, %3 queries, %4 results\n")
               .arg(engine.names().size())
               .arg(loadMs, 0, 'f', 1)
               .arg(queries.size())
               .arg(resultCount);
    const auto line = [&out](const char *what, const Stats &s) {
        out << QStringLiteral("  %1 median %2 ms, p99 %3 ms, max %4 ms\n")
                   .arg(QLatin1String(what), -32)
                   .arg(s.median, 0, 'f', 3)
                   .arg(s.p99, 0, 'f', 3)
                   .arg(s.worst, 0, 'f', 3);
    };
    line("names:", name);
    const QString textLabel = QStringLiteral("full text, top %1 with snippets:").arg(page);
    line(textLabel.toLatin1().constData(), fullText);
    const QString searchedLabel = QStringLiteral("  of which with text matches (%1):").arg(textOnlyTimes.size());
    line(searchedLabel.toLatin1().constData(), stats(textOnlyTimes));
    line("both:", total);
    out << QStringLiteral("  ranked from the postings: %1 queries; the others walked FTS5's matches\n")
               .arg(postingsUsed);
    return 0;
}
