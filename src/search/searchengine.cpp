#include "search/searchengine.h"

#include "parse/sectionkind.h"
#include "store/contentdatabase.h"

#include <QFileInfo>

namespace formulary {
namespace {

// A query whose every word is common in the text is a search of the text,
// not a misspelled name: it gets no "did you mean".
bool isCommonWord(const SearchVocabulary &vocabulary, const QString &word)
{
    return vocabulary.documents(word) >= std::max(3, vocabulary.drugCount() / 1000);
}

QString displayHeading(const Section &section)
{
    const QString heading = section.heading.isEmpty() ? sectionKindDisplayTitle(section.kind) : section.heading;
    return section.ingredient.isEmpty() ? heading : section.ingredient + QStringLiteral(" — ") + heading;
}

} // namespace

QString matchKindName(MatchKind kind)
{
    switch (kind) {
    case MatchKind::Exact:
        return QStringLiteral("exact");
    case MatchKind::Prefix:
        return QStringLiteral("prefix");
    case MatchKind::Ingredient:
        return QStringLiteral("ingredient");
    case MatchKind::Suggestion:
        return QStringLiteral("suggestion");
    case MatchKind::FullText:
        break;
    }
    return QStringLiteral("fulltext");
}

SearchEngine::SearchEngine(const ContentDatabase &database)
    : m_database(database)
    , m_names(NameIndex::load(database))
    , m_vocabulary(SearchVocabulary::load(database))
    , m_fullText(std::make_unique<SearchFullText>(database, m_vocabulary))
    , m_severalSources(database.sources().size() > 1)
{ }

SearchEngine::~SearchEngine() = default;

QList<SearchEngine::Hit> SearchEngine::searchNames(const SearchQuery &query) const
{
    QList<Hit> hits;
    if (query.isEmpty())
        return hits;
    const bool suggest = !std::all_of(query.words.cbegin(), query.words.cend(),
                                      [this](const QString &word) { return isCommonWord(m_vocabulary, word); });
    const QList<NameIndex::Match> matches = m_names.match(query.words, suggest);
    hits.reserve(matches.size());
    for (const NameIndex::Match &match : matches)
        hits.append({m_names.id(match.drug), match.kind, fulltextindex::Title});
    return hits;
}

QList<SearchEngine::Hit> SearchEngine::searchFullText(const SearchQuery &query, const QList<Hit> &names, int ranked,
                                                      int *total, const Cancelled &cancelled, SnippetTerms *terms,
                                                      QString *sideEffectTerm)
{
    QList<Hit> hits;
    *total = 0;
    const SearchFullText::Plan plan = m_fullText->plan(query);
    if (terms)
        *terms = plan.terms;
    if (sideEffectTerm)
        *sideEffectTerm = plan.sideEffectTerm;
    if (plan.match.isEmpty())
        return hits;
    // Drugs listed by name are not listed again for their text.
    std::vector<bool> listed(size_t(m_names.size()), false);
    bool anyListed = false;
    for (const Hit &hit : names) {
        if (hit.match == MatchKind::Suggestion)
            continue;
        if (const auto index = m_names.indexOf(hit.drugId)) {
            listed[*index] = true;
            anyListed = true;
        }
    }
    // Asked of every match: not at all when no name matched.
    std::function<bool(qint64)> isListed;
    if (anyListed) {
        isListed = [this, &listed](qint64 drugId) {
            const auto index = m_names.indexOf(drugId);
            return index && listed[*index];
        };
    }
    const ContentDatabase::ReadTransaction transaction(m_database);
    const SearchFullText::Ranking found = m_fullText->run(plan, ranked, isListed, cancelled);
    *total = found.total;
    hits.reserve(found.hits.size());
    for (const SearchFullText::Hit &hit : found.hits)
        hits.append({hit.drugId, MatchKind::FullText, hit.column});
    return hits;
}

SearchEngine::Hits SearchEngine::search(const SearchQuery &query, const Cancelled &cancelled, int ranked)
{
    Hits result;
    result.query = query;
    if (query.isEmpty())
        return result;
    // A section filter asks for text in that kind of section, not for names.
    if (!query.section) {
        result.hits = searchNames(query);
        const bool named = std::any_of(result.hits.cbegin(), result.hits.cend(),
                                       [](const Hit &hit) { return hit.match != MatchKind::Suggestion; });
        if (!named) {
            result.intent = understandQuery(query, m_names);
            if (result.intent)
                result.hits = intentHits(*result.intent);
        }
    }
    result.nameCount = int(result.hits.size());
    if (cancelled && cancelled()) {
        result.cancelled = true;
        return result;
    }
    try {
        int textTotal = 0;
        const QList<Hit> text = searchFullText(query, result.hits, ranked, &textTotal, cancelled, &result.terms,
                                               &result.sideEffectTerm);
        // A suggestion is not a match: a drug that does match the text is
        // listed for that instead. (Suggestions come only without other names.)
        if (!result.hits.isEmpty() && result.hits.constFirst().match == MatchKind::Suggestion && !text.isEmpty()) {
            std::vector<bool> inText(size_t(m_names.size()), false);
            for (const Hit &hit : text) {
                if (const auto index = m_names.indexOf(hit.drugId))
                    inText[*index] = true;
            }
            result.hits.erase(std::remove_if(result.hits.begin(), result.hits.end(),
                                             [&](const Hit &hit) {
                                                 const auto index = m_names.indexOf(hit.drugId);
                                                 return index && inText[*index];
                                             }),
                              result.hits.end());
            result.nameCount = int(result.hits.size());
        }
        result.hits += text;
        result.total = result.nameCount + textTotal;
    } catch (const StorageError &) {
        if (cancelled && cancelled()) {
            result.cancelled = true;
            return result;
        }
        throw;
    }
    return result;
}

QList<SearchResult> SearchEngine::results(Hits &hits, int from, int count, const Cancelled &cancelled)
{
    QList<SearchResult> results;
    if (qint64(from) + count > hits.hits.size() && hits.hits.size() < hits.total) {
        // Rows past the ranked ones: rank twice as far as asked, so that
        // the next page is ready too.
        const QList<Hit> names = hits.hits.mid(0, hits.nameCount);
        int textTotal = 0;
        const int ranked = count <= 0 ? 0 : 2 * (std::max(from, 0) + count - hits.nameCount);
        const QList<Hit> text = searchFullText(hits.query, names, std::max(ranked, 0), &textTotal, cancelled);
        if (cancelled && cancelled())
            return results;
        hits.hits = names + text;
        hits.total = hits.nameCount + textTotal;
    }
    const ContentDatabase::ReadTransaction transaction(m_database);
    const int end = int(std::min<qsizetype>(hits.hits.size(), qsizetype(from) + std::max(count, 0)));
    for (int i = std::max(from, 0); i < end; ++i) {
        if (cancelled && cancelled())
            break;
        const Hit &hit = hits.hits.at(i);
        SearchResult result = hit.match == MatchKind::FullText ? fullTextResult(hit, hits.terms)
                              : i == 0 && hits.intent          ? askedResult(hit, *hits.intent, hits.terms)
                                                               : SearchResult();
        result.drugId = hit.drugId;
        result.match = hit.match;
        if (const std::optional<DrugRecord> drug = m_database.drug(hit.drugId)) {
            result.name = drug->title;
            result.slug = drug->slug;
            // Two sources can hold pages of one name and one file name:
            // then the folder's own name comes first.
            result.sourcePath = m_severalSources
                                    ? QFileInfo(drug->sourceFolder).fileName() + QLatin1Char('/') + drug->sourcePath
                                    : drug->sourcePath;
            if (hit.match == MatchKind::FullText && hit.column == fulltextindex::Title)
                result.snippet = Snippet::markAll(drug->title, hits.terms);
        }
        results.append(result);
    }
    return results;
}

QList<SearchEngine::Hit> SearchEngine::intentHits(const QueryIntent &intent) const
{
    QList<Hit> hits{{m_names.id(intent.drug), MatchKind::Exact, fulltextindex::Title}};
    for (const NameIndex::Match &match : m_names.match(intent.nameWords, false)) {
        if (match.drug != intent.drug && (match.kind == MatchKind::Prefix || match.kind == MatchKind::Ingredient))
            hits.append({m_names.id(match.drug), match.kind, fulltextindex::Title});
    }
    return hits;
}

SearchResult SearchEngine::askedResult(const Hit &hit, const QueryIntent &intent, const SnippetTerms &terms)
{
    SearchResult result;
    const QList<Section> sections = m_database.sections(hit.drugId);
    const int asked = askedSection(intent, sections);
    if (asked < 0)
        return result;
    const Section &section = sections.at(asked);
    result.sectionKind = section.kind;
    result.sectionHeading = displayHeading(section);
    // The snippet marks what was asked, not the drug's own name.
    SnippetTerms askedTerms = terms;
    askedTerms.words.removeIf([&intent](const QString &word) { return intent.nameWords.contains(word); });
    if (intent.topic)
        askedTerms.words += intent.topic->mentions;
    result.snippet = Snippet::cut(Snippet::plainTextOf(section.markdown), askedTerms);
    return result;
}

SearchResult SearchEngine::fullTextResult(const Hit &hit, const SnippetTerms &terms)
{
    SearchResult result;
    if (hit.column == fulltextindex::Title)
        return result;

    const QList<Section> sections = m_database.sections(hit.drugId);
    const auto plainText = [](const Section &section) {
        QString markdown = section.markdown;
        // The index holds an unknown section's heading with its text.
        if (section.kind == SectionKind::Other && !section.heading.isEmpty())
            markdown = section.heading + QStringLiteral(":\n") + markdown;
        return Snippet::plainTextOf(markdown);
    };

    // Most columns hold one section: cut the snippet from it.
    int best = -1;
    QString bestText;
    for (int i = 0; i < sections.size(); ++i) {
        if (fulltextindex::columnFor(sections.at(i).kind) != hit.column)
            continue;
        if (best >= 0) {
            best = -2; // several: choose below
            break;
        }
        best = i;
    }
    if (best >= 0) {
        bestText = plainText(sections.at(best));
        result.snippet = Snippet::cut(bestText, terms);
        if (result.snippet.isEmpty())
            best = -1;
    }
    // Else the section of the column that holds most of the query; any
    // section when the index and this tokenizer disagree on a word.
    if (best < 0) {
        QPair<int, int> bestCoverage{0, 0};
        for (const bool sameColumn : {true, false}) {
            for (int i = 0; i < sections.size(); ++i) {
                const Section &section = sections.at(i);
                if ((fulltextindex::columnFor(section.kind) == hit.column) != sameColumn)
                    continue;
                QString plain = plainText(section);
                const QPair<int, int> coverage = Snippet::coverage(plain, terms);
                if (coverage > bestCoverage) {
                    best = i;
                    bestCoverage = coverage;
                    bestText = std::move(plain);
                }
            }
            if (best >= 0)
                break;
        }
        if (best >= 0)
            result.snippet = Snippet::cut(bestText, terms);
    }
    if (best < 0) {
        for (const Section &section : std::as_const(sections)) {
            if (fulltextindex::columnFor(section.kind) == hit.column) {
                result.sectionKind = section.kind;
                result.sectionHeading = displayHeading(section);
                break;
            }
        }
        return result;
    }
    const Section &section = sections.at(best);
    result.sectionKind = section.kind;
    result.sectionHeading = displayHeading(section);
    return result;
}

} // namespace formulary
