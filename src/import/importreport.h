#pragma once

#include "parse/monograph.h"
#include "store/contentdatabase.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace formulary {

// What happened to one file of an import.
struct FileOutcome
{
    enum class Kind { Imported, ImportedWithWarnings, Unchanged, Skipped };

    QString path; // relative to the imported folder
    Kind kind = Kind::Imported;
    QString slug; // empty when skipped
    QList<ParseMessage> messages;

    static QString kindName(Kind kind);
};

struct ImportReport
{
    QString sourceDir;
    QString sourceFolder;      // as the library records the source (see SourceRecord)
    bool newSource = false;    // the folder was not a source of the library before
    int otherSourcesDrugs = 0; // drugs of the library's other sources, kept as they were
    QString databasePath;
    QList<FileOutcome> files;
    bool cancelled = false;
    QString error; // set when the import failed as a whole; the old database is kept

    bool succeeded() const { return error.isEmpty() && !cancelled; }
    int count(FileOutcome::Kind kind) const;
    qint64 bytesRead = 0;
    SideEffectCensus sideEffects; // of the whole database once imported

    QJsonObject toJson() const;
    QString summary() const; // a few lines for a person
    // How the listed side effects were classified, a line for each count.
    QString sideEffectSummary() const;
};

} // namespace formulary
