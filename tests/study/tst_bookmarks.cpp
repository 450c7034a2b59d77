// Bookmarked FAQs: stable keys across re-imports, the user database's
// migrations and robustness, undo, export/import, study scheduling.
#include "import/importer.h"
#include "store/bookmarkstore.h"
#include "store/contentdatabase.h"
#include "store/internal/connectionaccess.h"
#include "store/internal/sqlitestatement.h"
#include "store/studyprogressstore.h"
#include "store/userdatabase.h"
#include "study/bookmarkexport.h"
#include "study/sideeffectdrill.h"
#include "study/studyschedule.h"
#include "testpages.h"

#include <QProcess>
#include <QtConcurrent>
#include <QtTest>

#include <sqlite3.h>

using namespace formulary;
using formulary::testing::writeFile;

namespace {

QByteArray pageWithFaqs(const QString &title, const QStringList &questions,
                        const QString &sideEffects = QStringLiteral("* Drowsiness"))
{
    QString faqs;
    for (const QString &question : questions)
        faqs += QStringLiteral("* **Q: %1** A: Answer to \"%1\".\n").arg(question);
    return QStringLiteral("---\ntitle: %1\n---\n# %1\n### Usage\nText.\n### Side Effects\n%3\n### FAQs\n%2\n")
        .arg(title, faqs, sideEffects)
        .toUtf8();
}

} // namespace

class TestBookmarks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString pages() const { return m_dir.filePath(QStringLiteral("pages")); }
    QString contentPath() const { return m_dir.filePath(QStringLiteral("content.sqlite")); }
    QString userPath() const { return m_dir.filePath(QStringLiteral("user/user.sqlite")); }

    void importPages() { QVERIFY(Importer::run({pages(), contentPath(), true}).succeeded()); }

    std::unique_ptr<UserDatabase> openUser()
    {
        QString error;
        auto user = UserDatabase::open(userPath(), &error);
        if (!user)
            qWarning() << error;
        return user;
    }

private slots:
    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
    }

    void bookmarksSurviveReimport()
    {
        QVERIFY(writeFile(pages() + QStringLiteral("/alphadrine.md"),
                          pageWithFaqs(QStringLiteral("Alphadrine"),
                                       {"Can I drive?", "Is it safe in pregnancy?", "How do I store it?"})));
        QVERIFY(writeFile(pages() + QStringLiteral("/betazol.md"),
                          pageWithFaqs(QStringLiteral("Betazol"), {"Can I drink alcohol?"})));
        importPages();
        auto user = openUser();
        QVERIFY(user);
        BookmarkStore store(*user);
        store.add(QStringLiteral("alphadrine"), QStringLiteral("Alphadrine"), QStringLiteral("Can I drive?"),
                  QStringLiteral("old"));
        const Bookmark removedLater = store.add(QStringLiteral("alphadrine"), QStringLiteral("Alphadrine"),
                                                QStringLiteral("Is it safe in pregnancy?"),
                                                QStringLiteral("Answer to \"Is it safe in pregnancy?\"."));
        store.add(QStringLiteral("betazol"), QStringLiteral("Betazol"), QStringLiteral("Can I drink alcohol?"),
                  QString());
        QVERIFY(store.setNote(removedLater.id, QStringLiteral("ask the pharmacist")));

        // A new version of the corpus: one question reworded in case, spacing
        // and punctuation, one removed, one drug gone.
        QVERIFY(writeFile(pages() + QStringLiteral("/alphadrine.md"),
                          pageWithFaqs(QStringLiteral("Alphadrine"), {"can  I   DRIVE ??", "How do I store it?"})));
        QVERIFY(QFile::remove(pages() + QStringLiteral("/betazol.md")));
        importPages();

        auto content = ContentDatabase::open(contentPath(), ContentDatabase::Mode::ReadOnly, nullptr);
        QVERIFY(content);
        const QList<Bookmark> resolved = store.resolve(*content);
        QCOMPARE(resolved.size(), 3);
        QVERIFY(!resolved.at(0).missing);
        QCOMPARE(resolved.at(0).question, QStringLiteral("can  I   DRIVE ??"));
        QCOMPARE(resolved.at(0).answer, QStringLiteral("Answer to \"can  I   DRIVE ??\"."));
        QVERIFY(resolved.at(1).missing);
        QCOMPARE(resolved.at(1).question, QStringLiteral("Is it safe in pregnancy?"));
        QCOMPARE(resolved.at(1).answer, QStringLiteral("Answer to \"Is it safe in pregnancy?\"."));
        QCOMPARE(resolved.at(1).note, QStringLiteral("ask the pharmacist"));
        QVERIFY(resolved.at(2).missing);
        QCOMPARE(resolved.at(2).drugTitle, QStringLiteral("Betazol"));
        // The current text was remembered for the one still there.
        QCOMPARE(store.all().at(0).question, QStringLiteral("can  I   DRIVE ??"));
    }

    void addingTwiceKeepsOne()
    {
        auto user = openUser();
        BookmarkStore store(*user);
        const Bookmark first = store.add(QStringLiteral("x"), QStringLiteral("X"), QStringLiteral("Why?"),
                                         QStringLiteral("Because."));
        const Bookmark second = store.add(QStringLiteral("x"), QStringLiteral("X"), QStringLiteral("why"),
                                          QStringLiteral("Because."));
        QCOMPARE(second.id, first.id);
        QCOMPARE(store.all().size(), 1);
        QVERIFY(store.find(QStringLiteral("x"), QStringLiteral("WHY?!")));
    }

    void undoOfRemoveRestoresEverything()
    {
        auto user = openUser();
        BookmarkStore store(*user);
        const Bookmark bookmark = store.add(QStringLiteral("x"), QStringLiteral("X"), QStringLiteral("Why?"),
                                            QStringLiteral("Because."));
        store.setNote(bookmark.id, QStringLiteral("remember this"));
        const std::optional<Bookmark> removed = store.remove(bookmark.id);
        QVERIFY(removed);
        QVERIFY(store.all().isEmpty());
        QVERIFY(store.restore(*removed));
        const QList<Bookmark> all = store.all();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().id, bookmark.id);
        QCOMPARE(all.first().note, QStringLiteral("remember this"));
        QCOMPARE(all.first().createdAt, bookmark.createdAt);
    }

    // Box, due date, reviews and lapses go with a bookmark when it is
    // removed, and come back with it.
    void undoOfRemoveRestoresStudyProgress()
    {
        auto user = openUser();
        BookmarkStore store(*user);
        StudySchedule schedule(*user);
        const Bookmark bookmark = store.add(QStringLiteral("x"), QStringLiteral("X"), QStringLiteral("Why?"),
                                            QStringLiteral("Because."));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        schedule.answer(bookmark.id, true, now);
        schedule.answer(bookmark.id, true, now);
        schedule.answer(bookmark.id, false, now);
        schedule.answer(bookmark.id, true, now);
        const std::optional<StudyProgress> before = StudyProgressStore(*user).progress(bookmark.id);
        QVERIFY(before);
        QCOMPARE(before->reviews, 4);
        QCOMPARE(before->lapses, 1);
        QCOMPARE(before->box, 2);

        const std::optional<Bookmark> removed = store.remove(bookmark.id);
        QVERIFY(removed);
        QVERIFY(!StudyProgressStore(*user).progress(bookmark.id));
        const std::optional<Bookmark> restored = store.restore(*removed);
        QVERIFY(restored);
        const std::optional<StudyProgress> after = StudyProgressStore(*user).progress(restored->id);
        QVERIFY(after);
        QCOMPARE(after->box, before->box);
        QCOMPARE(after->due, before->due);
        QCOMPARE(after->reviews, before->reviews);
        QCOMPARE(after->lapses, before->lapses);
    }

    // Removed, then its id taken by a bookmark imported since: undo brings
    // it back under a new id. Removed, then bookmarked again: undo keeps the
    // one there and gives it back its note and progress.
    void undoAfterItsIdOrItsQuestionWasTaken()
    {
        auto user = openUser();
        BookmarkStore store(*user);
        const Bookmark keep = store.add(QStringLiteral("x"), QStringLiteral("X"), QStringLiteral("First?"),
                                        QStringLiteral("One."));
        const Bookmark last = store.add(QStringLiteral("x"), QStringLiteral("X"), QStringLiteral("Second?"),
                                        QStringLiteral("Two."));
        QVERIFY(last.id > keep.id);
        store.setNote(last.id, QStringLiteral("my note"));
        StudySchedule(*user).answer(last.id, true, QDateTime::currentDateTimeUtc());
        const std::optional<Bookmark> removed = store.remove(last.id);
        QVERIFY(removed);
        Bookmark imported;
        imported.drugSlug = QStringLiteral("y");
        imported.drugTitle = QStringLiteral("Y");
        imported.question = QStringLiteral("Third?");
        QCOMPARE(store.importBookmarks({imported}), 1);
        QVERIFY(store.find(QStringLiteral("y"), QStringLiteral("Third?"))->id == last.id); // the id is reused

        const std::optional<Bookmark> restored = store.restore(*removed);
        QVERIFY(restored);
        QVERIFY(restored->id != last.id);
        QCOMPARE(store.all().size(), 3);
        QCOMPARE(store.find(QStringLiteral("x"), QStringLiteral("Second?"))->note, QStringLiteral("my note"));
        QCOMPARE(store.find(QStringLiteral("y"), QStringLiteral("Third?"))->question, QStringLiteral("Third?"));
        QCOMPARE(StudyProgressStore(*user).progress(restored->id)->box, 2);

        // The same question bookmarked again in the meantime.
        const std::optional<Bookmark> again = store.remove(restored->id);
        QVERIFY(again);
        const Bookmark readded = store.add(QStringLiteral("x"), QStringLiteral("X"), QStringLiteral("Second?"),
                                           QStringLiteral("Two."));
        const std::optional<Bookmark> merged = store.restore(*again);
        QVERIFY(merged);
        QCOMPARE(merged->id, readded.id);
        QCOMPARE(store.all().size(), 3);
        QCOMPARE(store.find(QStringLiteral("x"), QStringLiteral("Second?"))->note, QStringLiteral("my note"));
        QCOMPARE(StudyProgressStore(*user).progress(readded.id)->box, 2);
    }

    void migratesVersionOneWithBookmarks()
    {
        {
            QDir().mkpath(QFileInfo(userPath()).absolutePath());
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(userPath()).constData(), &db), SQLITE_OK);
            migrateUserDatabase(db, 1);
            sqliteExecute(db, "INSERT INTO bookmark(drug_slug, question_key, drug_title, question, answer, created_at) "
                              "VALUES ('x', 'why', 'X', 'Why?', 'Because.', 1000)");
            sqlite3_close(db);
        }
        auto user = openUser();
        QVERIFY(user);
        QCOMPARE(user->schemaVersion(), UserDatabase::SchemaVersion);
        const QList<Bookmark> all = BookmarkStore(*user).all();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().question, QStringLiteral("Why?"));
        QCOMPARE(all.first().note, QString());
        QCOMPARE(all.first().createdAt.toMSecsSinceEpoch(), 1000);
    }

    void twoWritersLoseNothing()
    {
        QVERIFY(openUser()); // create it
        auto writer = [this](int which) {
            auto user = UserDatabase::open(userPath(), nullptr);
            if (!user)
                return 0;
            BookmarkStore store(*user);
            for (int i = 0; i < 100; ++i)
                store.add(QStringLiteral("drug-%1").arg(which), QStringLiteral("Drug"),
                          QStringLiteral("Question %1?").arg(i), QString());
            return 100;
        };
        QFuture<int> first = QtConcurrent::run(writer, 1);
        QFuture<int> second = QtConcurrent::run(writer, 2);
        QCOMPARE(first.result() + second.result(), 200);
        QCOMPARE(BookmarkStore(*openUser()).all().size(), 200);
    }

    void twoProcessesLoseNothing()
    {
        QVERIFY(writeFile(pages() + QStringLiteral("/betazol.md"),
                          pageWithFaqs(QStringLiteral("Betazol"), {"Can I drink alcohol?"})));
        importPages();
        QVERIFY(openUser()); // create it
        QList<QProcess *> processes;
        for (int which = 1; which <= 2; ++which) {
            QByteArray csv = "drug_slug,drug,question,answer,note,added\r\n";
            for (int i = 0; i < 200; ++i)
                csv += QStringLiteral("drug-%1,Drug %1,Question %2?,Answer %2.,,\r\n").arg(which).arg(i).toUtf8();
            const QString file = m_dir.filePath(QStringLiteral("bookmarks-%1.csv").arg(which));
            QVERIFY(writeFile(file, csv));
            auto *process = new QProcess(this);
            process->start(QStringLiteral(FORMULARY_BINARY),
                           {QStringLiteral("bookmarks"), QStringLiteral("import"), file, QStringLiteral("--user-db"),
                            userPath(), QStringLiteral("--db"), contentPath()});
            processes.append(process);
        }
        for (QProcess *process : std::as_const(processes)) {
            QVERIFY(process->waitForFinished(60000));
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
            delete process;
        }
        QCOMPARE(BookmarkStore(*openUser()).all().size(), 400);
    }

    void unusableUserDatabaseIsReportedClearly()
    {
        QVERIFY(writeFile(userPath(), QByteArray(8192, '\x42')));
        QString error;
        QVERIFY(!UserDatabase::open(userPath(), &error));
        QVERIFY2(error.startsWith(userPath()), qPrintable(error));

        QVERIFY(QFile::remove(userPath()));
        QVERIFY(openUser());
        QFile::setPermissions(userPath(), QFile::ReadOwner);
        // Root may write any file, but not an immutable one.
        const bool immutable = QFileInfo(userPath()).isWritable()
                               && QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), userPath()}) == 0;
        const auto restore = qScopeGuard([&] {
            if (immutable)
                QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), userPath()});
        });
        if (QFileInfo(userPath()).isWritable() && !immutable)
            QSKIP("running as root where files cannot be made immutable: a read-only file is still writable");
        QVERIFY(!UserDatabase::open(userPath(), &error));
        QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
    }

    void exportAndImportRoundTrip()
    {
        auto user = openUser();
        BookmarkStore store(*user);
        const Bookmark tricky = store.add(QStringLiteral("x"), QStringLiteral("X, \"the\" drug"),
                                          QStringLiteral("Why, \"really\"?"),
                                          QStringLiteral("Line one,\nline two\twith a tab."));
        store.setNote(tricky.id, QStringLiteral("note with \"quotes\""));
        store.add(QStringLiteral("y"), QStringLiteral("Ypsilon"), QStringLiteral("Plain?"), QStringLiteral("Plain."));
        const QList<Bookmark> all = store.all();

        const QByteArray csv = bookmarkexport::write(all, bookmarkexport::Format::Csv);
        const bookmarkexport::CsvContents read = bookmarkexport::readCsv(csv);
        QVERIFY(read.errors.isEmpty());
        QCOMPARE(read.bookmarks.size(), 2);
        QCOMPARE(read.bookmarks.at(0).drugTitle, all.at(0).drugTitle);
        QCOMPARE(read.bookmarks.at(0).question, all.at(0).question);
        QCOMPARE(read.bookmarks.at(0).answer, all.at(0).answer);
        QCOMPARE(read.bookmarks.at(0).note, all.at(0).note);
        QCOMPARE(read.bookmarks.at(0).createdAt.toSecsSinceEpoch(), all.at(0).createdAt.toSecsSinceEpoch());

        // Importing into the same database adds nothing; into a fresh one, all.
        QCOMPARE(store.importBookmarks(read.bookmarks), 0);
        QCOMPARE(store.all().size(), 2);
        QVERIFY(QFile::remove(userPath()));
        QFile::remove(userPath() + QStringLiteral("-wal"));
        QFile::remove(userPath() + QStringLiteral("-shm"));
        user.reset();
        user = openUser();
        BookmarkStore fresh(*user);
        QCOMPARE(fresh.importBookmarks(read.bookmarks), 2);
        QCOMPARE(fresh.all().at(0).note, QStringLiteral("note with \"quotes\""));

        const QString markdown = QString::fromUtf8(bookmarkexport::write(all, bookmarkexport::Format::Markdown));
        QVERIFY(markdown.contains(QLatin1String("## Ypsilon")));
        QVERIFY(markdown.contains(QLatin1String("### Why, \"really\"?")));
        QVERIFY(markdown.contains(QLatin1String("> note with \"quotes\"")));

        const QStringList anki = QString::fromUtf8(bookmarkexport::write(all, bookmarkexport::Format::AnkiTsv))
                                     .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(anki.size(), 3 + 2); // three header lines, one line per note
        for (const QString &line : anki.mid(3))
            QCOMPARE(line.count(QLatin1Char('\t')), 2);
        QVERIFY(anki.at(3).contains(QLatin1String("Line one,<br>line two with a tab.")));
    }

    // A spreadsheet runs a cell that begins with = + - @ (or a tab or CR
    // before one): such cells are written after a ', and read back as they were.
    void exportedCellsAreNeverFormulas()
    {
        const QStringList values = {QStringLiteral("=HYPERLINK(\"http://example.invalid\")"),
                                    QStringLiteral("+1+1"),
                                    QStringLiteral("-2"),
                                    QStringLiteral("@SUM(A1)"),
                                    QStringLiteral("\t=1"),
                                    QStringLiteral("\r=1"),
                                    QStringLiteral("'=already quoted"),
                                    QStringLiteral("''+two quotes"),
                                    QStringLiteral("'plain quote"),
                                    QStringLiteral("plain")};
        QList<Bookmark> bookmarks;
        for (const QString &value : values) {
            Bookmark bookmark;
            bookmark.drugSlug = QStringLiteral("x");
            bookmark.drugTitle = value;
            bookmark.question = value + QStringLiteral("?");
            bookmark.answer = value;
            bookmark.note = value;
            bookmark.createdAt = QDateTime::currentDateTimeUtc();
            bookmarks.append(bookmark);
        }
        const QByteArray csv = bookmarkexport::write(bookmarks, bookmarkexport::Format::Csv);
        for (const QByteArray &line : csv.split('\n')) {
            for (const QByteArray &cell : line.split(',')) {
                const QByteArray unquoted = cell.startsWith('"') ? cell.mid(1) : cell;
                QVERIFY2(unquoted.isEmpty() || !QByteArray("=+-@\t\r").contains(unquoted.at(0)), cell.constData());
            }
        }
        const bookmarkexport::CsvContents read = bookmarkexport::readCsv(csv);
        QVERIFY(read.errors.isEmpty());
        QCOMPARE(read.bookmarks.size(), values.size());
        for (int i = 0; i < values.size(); ++i) {
            QCOMPARE(read.bookmarks.at(i).drugTitle, values.at(i));
            QCOMPARE(read.bookmarks.at(i).answer, values.at(i));
            QCOMPARE(read.bookmarks.at(i).note, values.at(i));
        }
        // Anki's TSV is opened in spreadsheets too.
        const QList<QByteArray> anki = bookmarkexport::write(bookmarks, bookmarkexport::Format::AnkiTsv).split('\n');
        for (const QByteArray &line : anki) {
            if (line.startsWith('#'))
                continue;
            for (const QByteArray &cell : line.split('\t'))
                QVERIFY2(cell.isEmpty() || !QByteArray("=+-@").contains(cell.at(0)), cell.constData());
        }
    }

    void badCsvIsReportedWithItsLine()
    {
        const bookmarkexport::CsvContents read = bookmarkexport::readCsv(
            "drug_slug,drug,question,answer,note,added\r\nx,X,Why?,Because.,,\r\n,Y,,,,\r\n");
        QCOMPARE(read.bookmarks.size(), 1);
        QCOMPARE(read.errors.size(), 1);
        QCOMPARE(read.errors.first().line, 3);
        QCOMPARE(bookmarkexport::readCsv("nonsense\r\n1\r\n").errors.first().line, 1);
    }

    void studyScheduleMovesCardsThroughBoxes()
    {
        auto user = openUser();
        BookmarkStore store(*user);
        const Bookmark bookmark = store.add(QStringLiteral("x"), QStringLiteral("X"), QStringLiteral("Why?"),
                                            QStringLiteral("Because."));
        StudySchedule schedule(*user);
        QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        QCOMPARE(schedule.dueCards(store.all(), now).size(), 1);
        QCOMPARE(schedule.card(bookmark, now).box, 1);

        schedule.answer(bookmark.id, true, now);
        QCOMPARE(schedule.card(bookmark, now).box, 2);
        QVERIFY(schedule.dueCards(store.all(), now).isEmpty());
        QCOMPARE(schedule.dueCards(store.all(), now.addDays(1)).size(), 1);

        for (int i = 0; i < 10; ++i)
            schedule.answer(bookmark.id, true, now);
        QCOMPARE(schedule.card(bookmark, now).box, StudySchedule::BoxCount);
        QCOMPARE(schedule.card(bookmark, now).due, now.addDays(14));

        schedule.answer(bookmark.id, false, now);
        QCOMPARE(schedule.card(bookmark, now).box, 1);
        QCOMPARE(schedule.dueCards(store.all(), now).size(), 1);
        // Removing the bookmark removes its card.
        store.remove(bookmark.id);
        SqliteStatement cards(connectionOf(*user), "SELECT count(*) FROM study_card");
        cards.step();
        QCOMPARE(cards.columnInt64(0), 0);
    }

    void sideEffectDrillAsksAboutBookmarkedDrugs()
    {
        QVERIFY(writeFile(pages() + QStringLiteral("/a.md"),
                          pageWithFaqs(QStringLiteral("Alphadrine"), {"Q?"}, QStringLiteral("* Drowsiness\n* Rash"))));
        QVERIFY(writeFile(pages() + QStringLiteral("/b.md"),
                          pageWithFaqs(QStringLiteral("Betazol"), {"Q?"}, QStringLiteral("* drowsiness\n* Tinnitus"))));
        QVERIFY(writeFile(pages() + QStringLiteral("/c.md"), pageWithFaqs(QStringLiteral("Cortamine"), {"Q?"},
                                                                          QStringLiteral("* Drowsiness\n* Hiccups"))));
        importPages();
        auto content = ContentDatabase::open(contentPath(), ContentDatabase::Mode::ReadOnly, nullptr);
        const QList<DrillQuestion> drill = makeSideEffectDrill(*content, {"a", "b", "c"}, 10, 7);
        // Drowsiness is on every page: it makes no question.
        QCOMPARE(drill.size(), 3);
        QStringList terms;
        for (const DrillQuestion &question : drill) {
            terms << question.term;
            QCOMPARE(question.drugs.size(), 3);
            QCOMPARE(question.correct.size(), 1);
        }
        terms.sort();
        QCOMPARE(terms, QStringList({"Hiccups", "Rash", "Tinnitus"}));
        for (const DrillQuestion &question : drill) {
            const QString answer = question.drugs.at(question.correct.first());
            const QString expected = question.term == QLatin1String("Rash")       ? QStringLiteral("Alphadrine")
                                     : question.term == QLatin1String("Tinnitus") ? QStringLiteral("Betazol")
                                                                                  : QStringLiteral("Cortamine");
            QCOMPARE(answer, expected);
        }
        QCOMPARE(makeSideEffectDrill(*content, {"a", "b", "c"}, 10, 7).first().term, drill.first().term);
    }

    void sideEffectDrillCountsOtherNamesOfTheSideEffect()
    {
        // Three pages pair alopecia with hair loss: the index folds them.
        for (const char *slug : {"a", "b", "c"}) {
            QVERIFY(writeFile(pages() + QStringLiteral("/%1.md").arg(QLatin1String(slug)),
                              pageWithFaqs(QStringLiteral("Drug %1").arg(QLatin1String(slug)), {"Q?"},
                                           QStringLiteral("* Alopecia (hair loss)"))));
        }
        QVERIFY(writeFile(pages() + QStringLiteral("/d.md"),
                          pageWithFaqs(QStringLiteral("Deltamab"), {"Q?"}, QStringLiteral("* Hair loss\n* Nausea"))));
        QVERIFY(writeFile(pages() + QStringLiteral("/e.md"),
                          pageWithFaqs(QStringLiteral("Epsilone"), {"Q?"},
                                       QStringLiteral("* Nausea\n* **Important Note:** call your doctor"))));
        importPages();
        auto content = ContentDatabase::open(contentPath(), ContentDatabase::Mode::ReadOnly, nullptr);
        const QList<DrillQuestion> drill = makeSideEffectDrill(*content, {"a", "d", "e"}, 10, 7);
        QCOMPARE(drill.size(), 2); // alopecia and nausea, each on two of the three pages; the note is no term
        QStringList terms;
        for (const DrillQuestion &question : drill)
            terms << question.term;
        QVERIFY2(terms.contains(QStringLiteral("Alopecia")), qPrintable(terms.join(QLatin1Char(','))));
        const DrillQuestion &alopecia = drill.at(int(terms.indexOf(QStringLiteral("Alopecia"))));
        QStringList listing;
        for (const int i : alopecia.correct)
            listing << alopecia.drugs.at(i);
        listing.sort();
        QCOMPARE(listing, QStringList({"Deltamab", "Drug a"}));
    }
};

QTEST_GUILESS_MAIN(TestBookmarks)
#include "tst_bookmarks.moc"
