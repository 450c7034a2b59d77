#pragma once

namespace formulary {

class ContentDatabase;

// Postings of phrases: the drugs each side effect's names of several words
// ("yellowing of the skin or eye") are in, with their count per column,
// stored beside the words' own (term_posting, keyed by the phrase's words
// as the index folds them, joined by spaces). A search for a side effect
// also finds its other names; with these it ranks them from counts alone,
// without walking the common words ("of", "the") in FTS5.
namespace phrasepostings {

// Replaces every phrase's postings with those of the side-effect index's
// names, read from the committed index by FTS5 itself. Throws StorageError.
void rebuild(const ContentDatabase &database);

} // namespace phrasepostings
} // namespace formulary
