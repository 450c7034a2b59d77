#include "search/searchresultsmodel.h"

#include "parse/sectionkind.h"
#include "search/searchservice.h"

namespace formulary {

SearchResultsModel::SearchResultsModel(SearchService *service, QObject *parent)
    : QAbstractListModel(parent)
    , m_service(service)
{
    connect(service, &SearchService::searchFinished, this, &SearchResultsModel::onSearchFinished);
    connect(service, &SearchService::resultsFetched, this, &SearchResultsModel::onResultsFetched);
    // Rows of the old database would open drugs that may be gone: search again.
    connect(service, &SearchService::databaseChanged, this, &SearchResultsModel::start);
}

void SearchResultsModel::setQuery(const QString &text)
{
    m_text = text;
    start();
}

void SearchResultsModel::setSectionFilter(std::optional<SectionKind> section)
{
    m_section = section;
    start();
}

void SearchResultsModel::setPageSize(int rows)
{
    m_pageSize = std::max(rows, 1);
}

void SearchResultsModel::start()
{
    if (!m_service)
        return;
    const SearchQuery query = SearchQuery::parse(m_text, m_section);
    if (query.isEmpty()) {
        m_service->cancel();
        m_pending = 0;
        m_fetching = false;
        m_generation = 0;
        if (!m_results.isEmpty()) {
            beginResetModel();
            m_results.clear();
            m_namesSeen.clear();
            m_total = 0;
            endResetModel();
        }
        m_total = 0;
        m_sideEffectTerm.clear();
        emit searchFinished(0, QString());
        return;
    }
    m_fetching = false;
    m_pending = m_service->search(query, m_pageSize);
}

void SearchResultsModel::onSearchFinished(quint64 generation, const SearchPage &page)
{
    if (generation != m_pending)
        return;
    m_pending = 0;
    // No fetching while the rows change: a view asking from its signal
    // handlers would ask for rows the model is only just adding.
    m_fetching = true;
    beginResetModel();
    m_generation = generation;
    m_results = page.results;
    m_namesSeen.clear();
    countNames(m_results);
    m_sideEffectTerm = page.sideEffectTerm;
    m_total = page.error.isEmpty() ? std::max(page.total, int(m_results.size())) : int(m_results.size());
    endResetModel();
    m_fetching = false;
    emit searchFinished(m_total, page.error);
}

void SearchResultsModel::onResultsFetched(quint64 generation, int from, const QList<SearchResult> &results)
{
    if (generation != m_generation || m_pending != 0)
        return;
    if (from != m_results.size() || results.isEmpty()) {
        if (results.isEmpty())
            m_total = int(m_results.size()); // nothing more could be read
        m_fetching = false;
        return;
    }
    const qsizetype before = m_results.size();
    const QHash<QString, int> seenBefore = m_namesSeen;
    beginInsertRows(QModelIndex(), int(m_results.size()), int(m_results.size() + results.size() - 1));
    m_results += results;
    countNames(results);
    endInsertRows();
    m_fetching = false;
    // A row loaded now can make an earlier one a twin.
    for (qsizetype row = 0; row < before; ++row) {
        const QString name = comparableName(m_results.at(row).name);
        if (seenBefore.value(name) == 1 && m_namesSeen.value(name) > 1) {
            const QModelIndex changed = index(int(row));
            emit dataChanged(changed, changed, {TwinSourceRole});
        }
    }
}

void SearchResultsModel::countNames(const QList<SearchResult> &results)
{
    for (const SearchResult &result : results)
        ++m_namesSeen[comparableName(result.name)];
}

QString SearchResultsModel::comparableName(const QString &name)
{
    QString comparable = name.simplified().toCaseFolded();
    while (!comparable.isEmpty() && (comparable.back().isPunct() || comparable.back().isSpace()))
        comparable.chop(1);
    return comparable;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchResult &result = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return result.name;
    case Qt::ToolTipRole:
        return result.sectionHeading.isEmpty() ? result.name
                                               : result.name + QStringLiteral(" — ") + result.sectionHeading;
    case SlugRole:
        return result.slug;
    case DrugIdRole:
        return result.drugId;
    case MatchKindRole:
        return int(result.match);
    case MatchKindNameRole:
        return matchKindName(result.match);
    case SectionKindRole:
        return result.sectionKind ? sectionKindName(*result.sectionKind) : QString();
    case SectionHeadingRole:
        return result.sectionHeading;
    case SnippetRole:
        return result.snippet.toHtml();
    case IsSuggestionRole:
        return result.match == MatchKind::Suggestion;
    case TwinSourceRole:
        return m_namesSeen.value(comparableName(result.name)) > 1 ? result.sourcePath : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(SlugRole, "slug");
    names.insert(DrugIdRole, "drugId");
    names.insert(MatchKindRole, "matchKind");
    names.insert(MatchKindNameRole, "matchKindName");
    names.insert(SectionKindRole, "sectionKind");
    names.insert(SectionHeadingRole, "sectionHeading");
    names.insert(SnippetRole, "snippet");
    names.insert(IsSuggestionRole, "isSuggestion");
    names.insert(TwinSourceRole, "twinSource");
    return names;
}

bool SearchResultsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_service && m_generation != 0 && m_pending == 0 && !m_fetching
           && m_results.size() < m_total;
}

void SearchResultsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    m_service->fetch(m_generation, int(m_results.size()), m_pageSize);
}

} // namespace formulary
