#include "cli/cli.h"
#include "cli/commandparser.h"
#include "cli/output.h"
#include "store/bookmarkstore.h"
#include "store/contentdatabase.h"
#include "store/userdatabase.h"
#include "study/bookmarkexport.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace formulary::cli {
namespace {

// The messages' context in the translations.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// The bookmarks with their FAQs looked up in the content, when there is one:
// found ones show their current text, the others are marked missing.
QList<Bookmark> currentBookmarks(BookmarkStore &store, const QString &contentPath)
{
    if (const auto content = ContentDatabase::open(contentPath, ContentDatabase::Mode::ReadOnly, nullptr))
        return store.resolve(*content);
    return store.all();
}

} // namespace

int runBookmarks(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("bookmarks"),
                         Messages::tr("List, export or import bookmarked FAQs.\n\n"
                                      "  formulary bookmarks list\n"
                                      "  formulary bookmarks export markdown|csv|anki [FILE]\n"
                                      "  formulary bookmarks import FILE.csv"));
    parser.addArgument(QStringLiteral("ACTION"), Messages::tr("list, export or import."));
    const QCommandLineOption userOption(
        QStringLiteral("user-db"), Messages::tr("The user database (default: %1).").arg(UserDatabase::defaultPath()),
        QStringLiteral("FILE"));
    parser.addOption(userOption);
    parser.addDatabaseOption(
        Messages::tr("Content database to look the FAQs up in (default: your own import, else the shipped one)."));
    if (!parser.parse(arguments))
        return UsageError;

    QTextStream err(stderr);
    QTextStream out(stdout);
    const QStringList operands = parser.operands();
    const QString action = operands.value(0);
    const bool known = (action == QLatin1String("list") && operands.size() == 1)
                       || (action == QLatin1String("export") && (operands.size() == 2 || operands.size() == 3))
                       || (action == QLatin1String("import") && operands.size() == 2);
    if (!known) {
        err << Messages::tr("formulary bookmarks: expected 'list', 'export FORMAT [FILE]' or 'import FILE.csv'; see "
                            "'formulary bookmarks --help'")
            << '\n';
        return UsageError;
    }
    std::optional<bookmarkexport::Format> format;
    if (action == QLatin1String("export")) {
        format = bookmarkexport::formatFromName(operands.at(1));
        if (!format) {
            err << Messages::tr("formulary bookmarks: unknown export format '%1'; one of: markdown, csv, anki")
                       .arg(operands.at(1))
                << '\n';
            return UsageError;
        }
    }

    QString error;
    const auto user = UserDatabase::open(
        parser.isSet(userOption) ? parser.value(userOption) : UserDatabase::defaultPath(), &error);
    if (!user) {
        err << "formulary bookmarks: " << error << '\n';
        return Failure;
    }
    BookmarkStore store(*user);
    const QString contentPath = parser.database(ContentDatabase::defaultPath());

    if (action == QLatin1String("import")) {
        QFile file(operands.at(1));
        if (!file.open(QIODevice::ReadOnly)) {
            err << Messages::tr("formulary bookmarks: %1: %2").arg(file.fileName(), file.errorString()) << '\n';
            return Failure;
        }
        const bookmarkexport::CsvContents contents = bookmarkexport::readCsv(file.readAll());
        for (const ParseMessage &message : contents.errors)
            err << QStringLiteral("%1:%2: %3\n").arg(file.fileName(), QString::number(message.line), message.text);
        const int added = store.importBookmarks(contents.bookmarks);
        out << Messages::tr("%1 bookmarks added, %2 already there.").arg(added).arg(contents.bookmarks.size() - added)
            << '\n';
        return contents.errors.isEmpty() ? Success : Failure;
    }

    const QList<Bookmark> bookmarks = currentBookmarks(store, contentPath);
    if (action == QLatin1String("list")) {
        for (const Bookmark &bookmark : bookmarks) {
            out << printable(bookmark.drugTitle) << ": " << printable(bookmark.question);
            if (bookmark.missing)
                out << ' ' << Messages::tr("(no longer in the content; last known text kept)");
            out << '\n';
            if (!bookmark.note.isEmpty())
                out << "    " << printable(Messages::tr("Note: %1").arg(bookmark.note)) << '\n';
        }
        return finishStandardOutput(out, QStringLiteral("bookmarks")) ? Success : Failure;
    }

    const QByteArray exported = bookmarkexport::write(bookmarks, *format);
    if (operands.size() == 3) {
        QString reason;
        if (!writeOutputFile(operands.at(2), exported, &reason)) {
            err << Messages::tr("formulary bookmarks: %1: %2").arg(operands.at(2), reason) << '\n';
            return Failure;
        }
        return Success;
    }
    // The export is bytes as written (CSV, TSV or Markdown in UTF-8), not text to decode again.
    out.flush();
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(exported) != exported.size()
        || !stdoutFile.flush()) {
        err << "formulary bookmarks: "
            << Messages::tr("cannot write to standard output: %1").arg(stdoutFile.errorString()) << '\n';
        return Failure;
    }
    return Success;
}

} // namespace formulary::cli
