#pragma once

#include "store/fulltextindex.h"

#include <QByteArray>
#include <QtGlobal>

#include <array>

namespace formulary {

// Every word's drugs, each with how often the word is in each of its
// columns, as the import stores them for search (one row per word, in drug
// order). Search ranks a query of single words from these counts alone;
// FTS5, which also knows where each word stands, is read only for what
// needs positions (phrases, words side by side). See docs/search.md.
class TermPostings
{
public:
    // Lists made by another version of the format are not read. 2: the
    // side effects' names of several words have lists too (phrasePostings).
    static constexpr int Version = 2;

    // One drug's mentions of the word.
    struct Posting
    {
        qint64 drugId = 0;
        quint32 columns = 0; // bit per column that holds the word
        std::array<quint32, fulltextindex::ColumnCount> counts{};
    };

    TermPostings() = default;
    // Reads the stored form; see encode().
    explicit TermPostings(QByteArray stored)
        : m_bytes(std::move(stored))
    { }
    // The next drug in id order, or false after the last (or at a damaged
    // byte: the list ends there).
    bool next(Posting *posting);
    // The bytes of the stored form: at least one per drug.
    qsizetype storedSize() const { return m_bytes.size(); }

    // The stored form, for the import: for each drug the difference of its
    // id from the one before, a mask of the columns that hold the word, and
    // each such column's count, all as LEB128 varints.
    class Writer
    {
    public:
        void add(const Posting &posting);
        QByteArray bytes() const { return m_bytes; }

    private:
        QByteArray m_bytes;
        qint64 m_lastId = 0;
    };

private:
    QByteArray m_bytes;
    qsizetype m_at = 0;
    qint64 m_lastId = 0;
};

} // namespace formulary
