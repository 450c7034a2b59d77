#include "import/importreport.h"

#include <QCoreApplication>
#include <QStringList>
#include <QJsonArray>

namespace formulary {
namespace {

// The messages' context in the translations.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)
};

} // namespace

QString FileOutcome::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Imported:
        return QStringLiteral("imported");
    case Kind::ImportedWithWarnings:
        return QStringLiteral("imported-with-warnings");
    case Kind::Unchanged:
        return QStringLiteral("unchanged");
    case Kind::Skipped:
        return QStringLiteral("skipped");
    }
    return QString();
}

int ImportReport::count(FileOutcome::Kind kind) const
{
    return int(
        std::count_if(files.cbegin(), files.cend(), [kind](const FileOutcome &file) { return file.kind == kind; }));
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray fileArray;
    for (const FileOutcome &file : files) {
        QJsonArray messages;
        for (const ParseMessage &message : file.messages)
            messages.append(
                QJsonObject{{QStringLiteral("line"), message.line}, {QStringLiteral("message"), message.text}});
        QJsonObject entry{{QStringLiteral("path"), file.path},
                          {QStringLiteral("outcome"), FileOutcome::kindName(file.kind)},
                          {QStringLiteral("messages"), messages}};
        if (!file.slug.isEmpty())
            entry.insert(QStringLiteral("slug"), file.slug);
        fileArray.append(entry);
    }
    QJsonObject summary{{QStringLiteral("imported"), count(FileOutcome::Kind::Imported)},
                        {QStringLiteral("importedWithWarnings"), count(FileOutcome::Kind::ImportedWithWarnings)},
                        {QStringLiteral("unchanged"), count(FileOutcome::Kind::Unchanged)},
                        {QStringLiteral("skipped"), count(FileOutcome::Kind::Skipped)}};
    QJsonObject object{{QStringLiteral("source"), sourceDir},
                       {QStringLiteral("database"), databasePath},
                       {QStringLiteral("succeeded"), succeeded()},
                       {QStringLiteral("summary"), summary},
                       {QStringLiteral("files"), fileArray}};
    if (cancelled)
        object.insert(QStringLiteral("cancelled"), true);
    if (succeeded()) {
        QJsonObject frequencies;
        for (const auto &[name, rows] : sideEffects.frequencies)
            frequencies.insert(name, rows);
        object.insert(QStringLiteral("sideEffects"),
                      QJsonObject{{QStringLiteral("rows"), sideEffects.rows},
                                  {QStringLiteral("notes"), sideEffects.notes},
                                  {QStringLiteral("frequencies"), frequencies},
                                  {QStringLiteral("withBand"), sideEffects.withBand},
                                  {QStringLiteral("withBodySystem"), sideEffects.withBodySystem},
                                  {QStringLiteral("withIngredient"), sideEffects.withIngredient},
                                  {QStringLiteral("terms"), sideEffects.terms},
                                  {QStringLiteral("foldsFromPages"), sideEffects.foldsFromPages},
                                  {QStringLiteral("foldsFromTable"), sideEffects.foldsFromTable}});
    }
    if (!error.isEmpty())
        object.insert(QStringLiteral("error"), error);
    return object;
}

QString ImportReport::summary() const
{
    QString text;
    if (!error.isEmpty())
        return Messages::tr("Import failed: %1\nThe previous database was left as it was.").arg(error);
    if (cancelled)
        return Messages::tr("Import cancelled; the previous database was left as it was.");
    text += Messages::tr("%1 files: %2 imported, %3 with warnings, %4 unchanged, %5 skipped.")
                .arg(files.size())
                .arg(count(FileOutcome::Kind::Imported))
                .arg(count(FileOutcome::Kind::ImportedWithWarnings))
                .arg(count(FileOutcome::Kind::Unchanged))
                .arg(count(FileOutcome::Kind::Skipped));
    for (const FileOutcome &file : files) {
        if (file.kind != FileOutcome::Kind::Skipped)
            continue;
        const ParseMessage reason = file.messages.value(0);
        text += QLatin1Char('\n') + Messages::tr("skipped %1: %2").arg(reason.location(file.path), reason.text);
    }
    return text;
}

QString ImportReport::sideEffectSummary() const
{
    const SideEffectCensus &c = sideEffects;
    QStringList classes;
    for (const auto &[name, rows] : c.frequencies)
        classes.append(QStringLiteral("%1 %2").arg(rows).arg(name));
    return Messages::tr("Side effects: %1 listed; %2 kept as notes or sentences, not indexed.\n"
                        "By frequency: %3.\n"
                        "With a percentage band: %4; a body system: %5; an ingredient: %6.\n"
                        "%7 terms; %8 variants folded as the pages pair them, %9 by the reviewed table.")
        .arg(c.rows)
        .arg(c.notes)
        .arg(classes.join(QStringLiteral(", ")))
        .arg(c.withBand)
        .arg(c.withBodySystem)
        .arg(c.withIngredient)
        .arg(c.terms)
        .arg(c.foldsFromPages)
        .arg(c.foldsFromTable);
}

} // namespace formulary
