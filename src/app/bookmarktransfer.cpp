#include "app/bookmarktransfer.h"

#include "app/plaintext.h"
#include "study/bookmarkmodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace formulary::bookmarktransfer {
namespace {

// The context lupdate gives tr() in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("formulary::bookmarktransfer", text);
}

const QString kFolderKey = QStringLiteral("bookmarks/folder");

QString startFolder()
{
    return QSettings()
        .value(kFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

struct FormatChoice
{
    bookmarkexport::Format format;
    QString filter;
};

QList<FormatChoice> formatChoices()
{
    return {{bookmarkexport::Format::Markdown, tr("Markdown, to read and print (*.md)")},
            {bookmarkexport::Format::Csv, tr("CSV, to keep and import again (*.csv)")},
            {bookmarkexport::Format::AnkiTsv, tr("Anki, to import as Basic cards (*.txt)")}};
}

} // namespace

bool exportToFile(const QList<Bookmark> &bookmarks, const QString &path, bookmarkexport::Format format, QString *error)
{
    QSaveFile file(path);
    const QByteArray bytes = bookmarkexport::write(bookmarks, format);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

ImportResult importFromFile(BookmarkModel &model, const QString &path, const ContentDatabase *content)
{
    ImportResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.failure = tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    const bookmarkexport::CsvContents contents = bookmarkexport::readCsv(file.readAll());
    result.errors = contents.errors;
    const int added = model.importBookmarks(contents.bookmarks, content);
    if (added < 0) {
        result.failure = tr("The bookmarks could not be saved.");
        return result;
    }
    result.added = added;
    result.alreadyThere = int(contents.bookmarks.size()) - added;
    return result;
}

QString summary(const ImportResult &result, const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (!result.failure.isEmpty())
        return result.failure;
    // Numbers after the words, so that they read right whatever they are.
    QStringList parts;
    parts << tr("added %1").arg(result.added);
    if (result.alreadyThere > 0)
        parts << tr("skipped %1 already bookmarked").arg(result.alreadyThere);
    if (!result.errors.isEmpty())
        parts << tr("could not read %1 of its records").arg(result.errors.size());
    return tr("From %1: %2.").arg(name, parts.join(QStringLiteral("; ")));
}

QString exportWithDialog(QWidget *parent, const QList<Bookmark> &bookmarks)
{
    const QList<FormatChoice> choices = formatChoices();
    QStringList filters;
    for (const FormatChoice &choice : choices)
        filters << choice.filter;
    QFileDialog dialog(parent, tr("Export Bookmarks"), startFolder());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters(filters);
    const QString name = tr("bookmarks");
    dialog.selectFile(name + QLatin1Char('.') + bookmarkexport::suggestedSuffix(choices.first().format));
    // The name follows the chosen format.
    QObject::connect(
        &dialog, &QFileDialog::filterSelected, &dialog, [&dialog, &choices, &filters](const QString &filter) {
            const auto format = choices.at(std::max<qsizetype>(0, filters.indexOf(filter))).format;
            const QStringList chosen = dialog.selectedFiles();
            const QString base = chosen.isEmpty() ? tr("bookmarks") : QFileInfo(chosen.first()).completeBaseName();
            dialog.selectFile(base + QLatin1Char('.') + bookmarkexport::suggestedSuffix(format));
        });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return QString();
    QString path = dialog.selectedFiles().first();
    bookmarkexport::Format format =
        choices.at(std::max<qsizetype>(0, filters.indexOf(dialog.selectedNameFilter()))).format;
    // A suffix typed by hand names the format.
    const QString suffix = QFileInfo(path).suffix();
    if (const std::optional<bookmarkexport::Format> typed = bookmarkexport::formatFromName(suffix))
        format = *typed;
    else if (suffix.compare(QLatin1String("txt"), Qt::CaseInsensitive) == 0)
        format = bookmarkexport::Format::AnkiTsv;
    else if (suffix.isEmpty())
        path += QLatin1Char('.') + bookmarkexport::suggestedSuffix(format);
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
    QString error;
    if (!exportToFile(bookmarks, path, format, &error)) {
        plainMessageBox(QMessageBox::Warning, tr("Export Bookmarks"),
                        tr("The bookmarks could not be exported.\n\n%1").arg(error), parent)
            ->open();
        return QString();
    }
    return tr("Exported the bookmarks (%1) to %2").arg(bookmarks.size()).arg(QDir::toNativeSeparators(path));
}

void importWithDialog(QWidget *parent, BookmarkModel &model, const ContentDatabase *content)
{
    const QString path = QFileDialog::getOpenFileName(parent, tr("Import Bookmarks"), startFolder(),
                                                      tr("Bookmarks exported as CSV (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
    const ImportResult result = importFromFile(model, path, content);
    QMessageBox *box = plainMessageBox(result.failure.isEmpty() && result.errors.isEmpty() ? QMessageBox::Information
                                                                                           : QMessageBox::Warning,
                                       tr("Import Bookmarks"), summary(result, path), parent);
    box->setObjectName(QStringLiteral("bookmarkImportReport"));
    if (!result.errors.isEmpty()) {
        QStringList lines;
        for (const ParseMessage &error : result.errors)
            lines << tr("Line %1: %2").arg(error.line).arg(error.text);
        box->setDetailedText(lines.join(QLatin1Char('\n')));
    }
    box->open();
}

} // namespace formulary::bookmarktransfer
