#pragma once

#include "parse/monograph.h"

#include <QKeySequence>
#include <QList>

namespace formulary::sectionshortcuts {

// A kind of section and the key that reaches it on every page, whatever
// its position: Alt+D is Dosage on a page with an Introduction too. The
// letters avoid the menus' own (File, Edit, View, Go, Bookmarks, Help).
struct KindShortcut
{
    SectionKind kind;
    QKeySequence keys;
};

const QList<KindShortcut> &all();

// The keys for `kind`, empty when it has none.
QKeySequence forKind(SectionKind kind);

} // namespace formulary::sectionshortcuts
