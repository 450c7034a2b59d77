#pragma once

#include "parse/monograph.h"

#include <QString>

#include <optional>

namespace formulary {

// The stable name of a kind ("usage", "side-effects"), used in the database,
// on the command line and in bookmarks.
QString sectionKindName(SectionKind kind);
// The kind's usual title on a page ("Side Effects"), as pages write it.
QString sectionKindTitle(SectionKind kind);
// The same title in the user's language, for a section the page gave no heading.
QString sectionKindDisplayTitle(SectionKind kind);
// Parses a kind name; case, spaces, underscores and hyphens are folded.
std::optional<SectionKind> sectionKindFromName(const QString &name);

// How a heading or bold label names a section.
struct SectionLabel
{
    SectionKind kind = SectionKind::Other;
    int labelLength = 0;   // UTF-16 length of the part that names the kind
    bool hasColon = false; // a colon follows the label ("Usage: text")
};

enum class LabelStyle {
    Heading,   // a Markdown heading: synonyms and qualifiers are accepted
    BoldLabel, // a bold paragraph opener: only the standard names, exactly
};

// Recognises a section label at the start of `text` ("Usage", "FAQs (for
// adults)", "Generic Name: Aspirin"). Returns nothing for other text.
std::optional<SectionLabel> matchSectionLabel(const QString &text, LabelStyle style);

// A heading that ends with a section's name after some other words
// ("Cefixime Usage", "Biotin (Vitamin B7) Usage:"): the kind, and the words
// before it, trimmed. Disclaimers are not matched.
struct QualifiedSectionLabel
{
    SectionKind kind = SectionKind::Other;
    QString qualifier;
};
std::optional<QualifiedSectionLabel> matchQualifiedSectionLabel(const QString &text);

} // namespace formulary
