#pragma once

#include <QString>

struct sqlite3;

// The search_term table: every word of the full-text index with the number
// of drugs it is in (see SearchVocabulary, which reads it).
namespace formulary::vocabularytable {

// Creates the table (a migration step) and fills it.
void create(sqlite3 *db);
// Creates the term_impact table (a migration step) that createPostings
// replaces.
void createImpactLists(sqlite3 *db);
// Creates the term_posting table (a migration step), empty: every word's
// drugs with its count in each column (store/termpostings.h), filled by
// rebuildInParallel.
void createPostings(sqlite3 *db);
// Refills it from the index, inside the caller's transaction. Throws
// StorageError.
void rebuild(sqlite3 *db);
// The same, with the postings, for an import that has committed all but
// the vocabulary: reads
// the index of the file at `path` through a connection per range of words,
// in parallel, and writes with `db` in a transaction of its own. `db` must
// hold no lock. Throws StorageError.
void rebuildInParallel(sqlite3 *db, const QString &path);
// temp.search_term_source: the index's words and drug counts, as fts5vocab
// reads them from the index itself. Allowed on a read-only connection.
void createIndexTerms(sqlite3 *db);

} // namespace formulary::vocabularytable
