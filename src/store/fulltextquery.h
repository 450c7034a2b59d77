#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <functional>
#include <memory>

namespace formulary {

class ContentDatabase;

// A MATCH query on the full-text index (drug_fts), each matching drug scored
// by a function of the caller's while FTS5 walks the matches: search owns
// the query and its ranking, the store the SQL and FTS5's extension API.
class FullTextQuery
{
public:
    // Where one phrase of the query was found in the drug's row.
    struct Instance
    {
        int phrase = 0; // in the order of the MATCH expression
        int column = 0; // fulltextindex::Column
        int offset = 0; // the word's position in the column
    };
    // The matches in one drug's row, in text order, as the scorer reads them.
    class Row
    {
    public:
        // Made by the store for FTS5's extension API and the row it is on.
        Row(const void *api, void *context)
            : m_api(api)
            , m_context(context)
        { }
        qint64 drugId() const;
        int phraseCount() const;
        int instanceCount() const;
        // False when FTS5 cannot read the instance.
        bool instance(int index, Instance *instance) const;

    private:
        const void *m_api;
        void *m_context;
    };
    // Scores a row; returns the value found() receives.
    using Scorer = std::function<qint64(const Row &row)>;

    // Prepares the query on `database`'s connection; the database must
    // outlive the query. Throws StorageError.
    FullTextQuery(const ContentDatabase &database, Scorer scorer);
    ~FullTextQuery();
    FullTextQuery(const FullTextQuery &) = delete;
    FullTextQuery &operator=(const FullTextQuery &) = delete;

    // Runs `match` (an FTS5 expression) and calls found(drug id, score) for
    // each matching drug in id order, until it returns false. Throws
    // StorageError; one that isInterrupted() when `cancelled` said so.
    void run(QByteArrayView match, const std::function<bool(qint64, qint64)> &found,
             const std::function<bool()> &cancelled = {});

    // Where each of `words` (words of the index, as it folds them) stands
    // in the columns of a drug's row that `columns` names (a bit per
    // column), in text order and, at one place, in the order of `words`:
    // as FTS5 reports the instances of one-word phrases. Read by splitting
    // the drug's stored text with the index's own tokenizer, so that it
    // needs no walk of the index. Throws StorageError.
    QList<Instance> instancesIn(qint64 drugId, const QList<QByteArray> &words, quint32 columns = ~0u);
    // The words of `text` as the index folds them, in order. Throws
    // StorageError.
    QList<QByteArray> wordsOf(QByteArrayView text);

private:
    void makeTokenizer();
    // Splits `text` with the index's tokenizer, calling found(context, …)
    // for each token as FTS5's xTokenize does. Throws StorageError.
    void tokenize(QByteArrayView text, void *context, int (*found)(void *, int, const char *, int, int, int));

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace formulary
