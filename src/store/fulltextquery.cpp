#include "store/fulltextquery.h"

#include "store/contentdatabase.h"
#include "store/fulltextindex.h"
#include "store/internal/connectionaccess.h"
#include "store/internal/sectionstore.h"
#include "store/internal/sqlitestatement.h"

#include <QString>

#include <sqlite3.h>

namespace formulary {

struct FullTextQuery::Private
{
    sqlite3 *db;
    Scorer scorer;
    std::unique_ptr<SqliteStatement> query;
    // The index's own tokenizer and what instancesIn() reads a drug's
    // columns from, made when first needed.
    fts5_tokenizer tokenizerApi{};
    Fts5Tokenizer *tokenizer = nullptr;
    std::unique_ptr<SqliteStatement> selectTitle{}, selectText{}, selectSections{};

    ~Private()
    {
        if (tokenizer)
            tokenizerApi.xDelete(tokenizer);
    }
};

namespace {

// formulary_score(drug_fts): the scorer of the FullTextQuery that
// registered it, called by FTS5 for each matching row.
void scoreFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc,
                   sqlite3_value ** /*argv*/)
{
    if (argc != 0) {
        sqlite3_result_error(context, "formulary_score: expected no argument", -1);
        return;
    }
    const auto *scorer = static_cast<const FullTextQuery::Scorer *>(api->xUserData(fts));
    sqlite3_result_int64(context, (*scorer)(FullTextQuery::Row(api, fts)));
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

// Checked every few thousand virtual machine steps of a query.
int progressHandler(void *cancelled)
{
    return (*static_cast<const std::function<bool()> *>(cancelled))() ? 1 : 0;
}

} // namespace

qint64 FullTextQuery::Row::drugId() const
{
    const auto *api = static_cast<const Fts5ExtensionApi *>(m_api);
    return api->xRowid(static_cast<Fts5Context *>(m_context));
}

int FullTextQuery::Row::phraseCount() const
{
    const auto *api = static_cast<const Fts5ExtensionApi *>(m_api);
    return api->xPhraseCount(static_cast<Fts5Context *>(m_context));
}

int FullTextQuery::Row::instanceCount() const
{
    const auto *api = static_cast<const Fts5ExtensionApi *>(m_api);
    int count = 0;
    return api->xInstCount(static_cast<Fts5Context *>(m_context), &count) == SQLITE_OK ? count : 0;
}

bool FullTextQuery::Row::instance(int index, Instance *instance) const
{
    const auto *api = static_cast<const Fts5ExtensionApi *>(m_api);
    return api->xInst(static_cast<Fts5Context *>(m_context), index, &instance->phrase, &instance->column,
                      &instance->offset)
           == SQLITE_OK;
}

FullTextQuery::FullTextQuery(const ContentDatabase &database, Scorer scorer)
    : d(new Private{connectionOf(database), std::move(scorer), nullptr})
{
    // The function is the connection's: one query per connection scores with it.
    fts5_api *api = fts5Api(d->db);
    if (!api || api->xCreateFunction(api, "formulary_score", &d->scorer, scoreFunction, nullptr) != SQLITE_OK)
        throwStorageError(d->db, SQLITE_ERROR, QStringLiteral("cannot register the search ranking function"));
    d->query = std::make_unique<SqliteStatement>(
        d->db, "SELECT rowid, formulary_score(drug_fts) FROM drug_fts WHERE drug_fts MATCH ?1");
}

FullTextQuery::~FullTextQuery() = default;

namespace {

// What the tokenizer's callback fills: the instances of the words.
struct Tokens
{
    const QList<QByteArray> *words;
    int column = 0;
    int position = 0;
    QList<FullTextQuery::Instance> *instances;
};

int foundToken(void *context, int flags, const char *token, int length, int /*start*/, int /*end*/)
{
    auto *tokens = static_cast<Tokens *>(context);
    // A colocated token (a synonym) stands where the one before it does.
    if (flags & FTS5_TOKEN_COLOCATED)
        --tokens->position;
    const QByteArrayView text(token, length);
    for (qsizetype word = 0; word < tokens->words->size(); ++word) {
        if (tokens->words->at(word) == text)
            tokens->instances->append({int(word), tokens->column, tokens->position});
    }
    ++tokens->position;
    return SQLITE_OK;
}

} // namespace

void FullTextQuery::makeTokenizer()
{
    if (d->tokenizer)
        return;
    fts5_api *api = fts5Api(d->db);
    void *userData = nullptr;
    const char *arguments[std::size(fulltextindex::TokenizerArguments)];
    std::copy(std::begin(fulltextindex::TokenizerArguments), std::end(fulltextindex::TokenizerArguments), arguments);
    if (!api || api->xFindTokenizer(api, fulltextindex::TokenizerName, &userData, &d->tokenizerApi) != SQLITE_OK
        || d->tokenizerApi.xCreate(userData, arguments, int(std::size(arguments)), &d->tokenizer) != SQLITE_OK)
        throwStorageError(d->db, SQLITE_ERROR, QStringLiteral("cannot make the full-text index's tokenizer"));
}

QList<QByteArray> FullTextQuery::wordsOf(QByteArrayView text)
{
    makeTokenizer();
    QList<QByteArray> words;
    const auto addWord = [](void *context, int flags, const char *token, int length, int, int) {
        if (!(flags & FTS5_TOKEN_COLOCATED))
            static_cast<QList<QByteArray> *>(context)->append(QByteArray(token, length));
        return int(SQLITE_OK);
    };
    tokenize(text, &words, addWord);
    return words;
}

void FullTextQuery::tokenize(QByteArrayView text, void *context, int (*found)(void *, int, const char *, int, int, int))
{
    if (!text.isEmpty()
        && d->tokenizerApi.xTokenize(d->tokenizer, context, FTS5_TOKENIZE_DOCUMENT, text.data(), int(text.size()),
                                     found)
               != SQLITE_OK)
        throwStorageError(d->db, SQLITE_ERROR, QStringLiteral("cannot split a text into the index's words"));
}

QList<FullTextQuery::Instance> FullTextQuery::instancesIn(qint64 drugId, const QList<QByteArray> &words,
                                                          quint32 columns)
{
    if (!d->selectTitle) {
        makeTokenizer();
        d->selectTitle = std::make_unique<SqliteStatement>(d->db, "SELECT title FROM drug WHERE id = ?");
        d->selectText = std::make_unique<SqliteStatement>(d->db, sectionstore::SelectText);
        d->selectSections = std::make_unique<SqliteStatement>(d->db, sectionstore::SelectSections);
    }
    QList<Instance> instances;
    // Each part is read only when a column asked for is in it.
    constexpr quint32 titleColumn = 1u << fulltextindex::Title;
    QString title;
    if (columns & titleColumn) {
        d->selectTitle->bind(1, drugId);
        title = d->selectTitle->step() ? d->selectTitle->columnText(0) : QString();
        d->selectTitle->reset();
    }
    const fulltextindex::ColumnTexts texts = fulltextindex::columnTexts(
        title,
        columns & ~titleColumn ? sectionstore::read(*d->selectText, *d->selectSections, drugId) : QList<Section>());
    Tokens tokens{&words, 0, 0, &instances};
    for (int column = 0; column < fulltextindex::ColumnCount; ++column) {
        if (!(columns & (1u << column)))
            continue;
        const QByteArrayView text = texts.column(fulltextindex::Column(column));
        tokens.column = column;
        tokens.position = 0;
        tokenize(text, &tokens, foundToken);
    }
    return instances;
}

void FullTextQuery::run(QByteArrayView match, const std::function<bool(qint64, qint64)> &found,
                        const std::function<bool()> &cancelled)
{
    struct Guard
    {
        sqlite3 *db;
        SqliteStatement &query;
        ~Guard()
        {
            sqlite3_progress_handler(db, 0, nullptr, nullptr);
            query.reset();
        }
    } guard{d->db, *d->query};
    if (cancelled)
        sqlite3_progress_handler(d->db, 4000, progressHandler, const_cast<std::function<bool()> *>(&cancelled));
    d->query->bind(1, match);
    while (d->query->step()) {
        if (!found(d->query->columnInt64(0), d->query->columnInt64(1)))
            break;
    }
}

} // namespace formulary
