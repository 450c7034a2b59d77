#pragma once

#include "import/importreport.h"
#include "store/monographrecord.h"

#include <QByteArray>
#include <QString>

namespace formulary {

// One page of an import: where it is, the slug it is stored under, and the
// hash of the version stored before, if any.
struct PageJob
{
    QString absolutePath;
    QString relativePath;
    QString slug;
    QByteArray previousHash;
};

// What reading and parsing a page gave: its outcome, and unless it was
// skipped or unchanged, the rows to store.
struct PageJobResult
{
    FileOutcome outcome;
    QByteArray hash;
    qint64 bytes = 0;
    MonographRecord record;
};

// Reads and parses one page; runs on the parsing threads. Never throws.
PageJobResult readPage(const PageJob &job);

} // namespace formulary
