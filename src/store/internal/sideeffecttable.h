#pragma once

struct sqlite3;

namespace formulary {

struct SynonymTable;

// The side-effect index: side_effect rows carry each listed side effect's
// term and classification (written with the drug); side_effect_term holds
// each term once, folded with its synonyms, with the drugs that list it;
// side_effect_synonym says which term each variant was folded into and on
// what evidence.
namespace sideeffecttable {

// The migration to schema version 4.
void create(sqlite3 *db);
// Rebuilds side_effect_term and side_effect_synonym from the side_effect
// rows and `table`, inside the caller's transaction. Throws StorageError.
void rebuild(sqlite3 *db, const SynonymTable &table);

// A pair the pages must state on this many drugs' pages to be folded.
constexpr int MinimumPages = 3;

} // namespace sideeffecttable
} // namespace formulary
