#pragma once

namespace formulary {

class ContentDatabase;

// Postings of phrases: the drugs each side effect's names of several words
// ("yellowing of the skin or eye") are in, with their count per column,
// stored beside the words' own (term_posting, keyed by the phrase's words
// as the index folds them, joined by spaces). A search for a side effect
// also finds its other names; with these it ranks them from counts alone,
// without walking the common words ("of", "the") in FTS5. Each two words
// side by side in any side effect's name ("loss of", "of appetite") are
// counted too: a search for the name then knows how often its words stand
// side by side, which scores them, without reading the pages.
namespace phrasepostings {

// What the stored phrases are; rebuild() when it differs from the
// database's phrase_posting_version.
constexpr int Version = 2;

// Replaces every phrase's postings with those of the side-effect index's
// names and their pairs of words, read from the committed index by FTS5
// itself. Throws StorageError.
void rebuild(const ContentDatabase &database);

} // namespace phrasepostings
} // namespace formulary
