// The model behind the Bookmarks panel and the FAQs tab's stars: rows under
// their drugs or flat, changes written through to the user database, and
// every change checked by QAbstractItemModelTester.
#include "import/importer.h"
#include "render/faqmarkup.h"
#include "store/bookmarkstore.h"
#include "store/contentdatabase.h"
#include "store/userdatabase.h"
#include "study/bookmarkmodel.h"
#include "study/drillsession.h"
#include "study/studysession.h"
#include "testpages.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace formulary;
using formulary::testing::writeFile;

class TestBookmarkModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString userPath() const { return m_dir.filePath(QStringLiteral("user.sqlite")); }

    static QStringList questionsUnder(const BookmarkModel &model, const QModelIndex &parent = {})
    {
        QStringList questions;
        for (int row = 0; row < model.rowCount(parent); ++row)
            questions << model.index(row, 0, parent).data().toString();
        return questions;
    }

private slots:
    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
    }

    void groupsUnderDrugsAndFlat()
    {
        auto user = UserDatabase::open(userPath(), nullptr);
        QVERIFY(user);
        BookmarkStore store(*user);
        BookmarkModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &BookmarkModel::bookmarksChanged);
        model.reload(nullptr);
        QCOMPARE(model.rowCount(), 0);

        const auto drive = model.add(QStringLiteral("alpha"), QStringLiteral("Alphadrine"),
                                     QStringLiteral("Can I drive?"), QStringLiteral("No."));
        QVERIFY(drive);
        QTest::qWait(2); // distinct dates added
        const auto store1 = model.add(QStringLiteral("beta"), QStringLiteral("Betazol"),
                                      QStringLiteral("How do I store it?"), QStringLiteral("Cool."));
        QTest::qWait(2);
        const auto drink = model.add(QStringLiteral("alpha"), QStringLiteral("Alphadrine"),
                                     QStringLiteral("Can I drink?"), QStringLiteral("No."));
        QVERIFY(store1 && drink);
        QCOMPARE(changed.count(), 4);
        // Adding the same FAQ again, reworded in case and punctuation, adds nothing.
        QCOMPARE(
            model.add(QStringLiteral("alpha"), QStringLiteral("Alphadrine"), QStringLiteral("can i DRIVE"), QString())
                ->id,
            drive->id);

        QCOMPARE(questionsUnder(model), QStringList({"Alphadrine", "Betazol"}));
        QCOMPARE(questionsUnder(model, model.index(0, 0)), QStringList({"Can I drive?", "Can I drink?"}));
        QVERIFY(model.index(0, 0).data(BookmarkModel::IsDrugRole).toBool());
        QCOMPARE(model.indexOf(drink->id).parent(), model.index(0, 0));

        model.setGrouping(BookmarkModel::Grouping::Flat);
        QCOMPARE(questionsUnder(model), QStringList({"Can I drive?", "How do I store it?", "Can I drink?"}));
        QCOMPARE(model.index(1, BookmarkModel::DrugColumn).data().toString(), QStringLiteral("Betazol"));

        // Removal and restore keep the note and the place.
        QVERIFY(model.setData(model.indexOf(drive->id, BookmarkModel::NoteColumn), QStringLiteral("  ask first  ")));
        QCOMPARE(store.all().first().note, QStringLiteral("ask first"));
        const auto removed = model.remove(drive->id);
        QVERIFY(removed);
        QCOMPARE(questionsUnder(model), QStringList({"How do I store it?", "Can I drink?"}));
        model.setGrouping(BookmarkModel::Grouping::ByDrug);
        QVERIFY(model.restore(*removed));
        QCOMPARE(questionsUnder(model, model.index(0, 0)), QStringList({"Can I drive?", "Can I drink?"}));
        QCOMPARE(model.bookmark(drive->id)->note, QStringLiteral("ask first"));
        // The last bookmark of a drug takes the drug's row with it.
        QVERIFY(model.remove(store1->id));
        QCOMPARE(questionsUnder(model), QStringList({"Alphadrine"}));
        QVERIFY(model.find(QStringLiteral("alpha"), QStringLiteral("CAN I DRINK")));
        QVERIFY(!model.find(QStringLiteral("beta"), QStringLiteral("How do I store it?")));
    }

    void withoutAStoreNothingChanges()
    {
        BookmarkModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy errors(&model, &BookmarkModel::errorOccurred);
        model.reload(nullptr);
        QVERIFY(!model.isAvailable());
        QVERIFY(!model.add(QStringLiteral("x"), QStringLiteral("X"), QStringLiteral("Q?"), QString()));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(model.rowCount(), 0);
    }

    void missingFaqsAreMarkedAfterReimport()
    {
        const QString pages = m_dir.filePath(QStringLiteral("pages"));
        const QString content = m_dir.filePath(QStringLiteral("content.sqlite"));
        const auto page = [](const QString &faqs) {
            return QStringLiteral("---\ntitle: Alphadrine\n---\n# Alphadrine\n### Usage\nText.\n### FAQs\n%1")
                .arg(faqs)
                .toUtf8();
        };
        QVERIFY(writeFile(pages + QStringLiteral("/alphadrine.md"),
                          page(QStringLiteral("* **Q: Can I drive?** A: No.\n* **Q: Can I drink?** A: No.\n"))));
        QVERIFY(Importer::run({pages, content, true}).succeeded());
        auto user = UserDatabase::open(userPath(), nullptr);
        BookmarkStore store(*user);
        BookmarkModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.add(QStringLiteral("alphadrine"), QStringLiteral("Alphadrine"), QStringLiteral("Can I drive?"),
                  QStringLiteral("No."));
        model.add(QStringLiteral("alphadrine"), QStringLiteral("Alphadrine"), QStringLiteral("Can I drink?"),
                  QStringLiteral("No."));

        QVERIFY(writeFile(pages + QStringLiteral("/alphadrine.md"),
                          page(QStringLiteral("* **Q: Can I drive?** A: Not at first.\n"))));
        QVERIFY(Importer::run({pages, content, true}).succeeded());
        auto db = ContentDatabase::open(content, ContentDatabase::Mode::ReadOnly, nullptr);
        model.reload(db.get());
        const QModelIndex drug = model.index(0, 0);
        QCOMPARE(model.rowCount(drug), 2);
        QVERIFY(!model.index(0, 0, drug).data(BookmarkModel::MissingRole).toBool());
        QCOMPARE(model.index(0, 0, drug).data(BookmarkModel::AnswerRole).toString(), QStringLiteral("Not at first."));
        QVERIFY(model.index(1, 0, drug).data(BookmarkModel::MissingRole).toBool());
        QCOMPARE(model.index(1, 0, drug).data().toString(), QStringLiteral("Can I drink?"));
        QVERIFY(model.index(1, 0, drug).data(Qt::ToolTipRole).toString().contains(QLatin1String("last known")));
        QVERIFY(!drug.data(BookmarkModel::MissingRole).toBool());
    }

    void faqMarkupPutsAStarBeforeEachQuestion()
    {
        const QString markdown = QStringLiteral(
            "Some words first.\n\n**Q: Can I drive?**\n\nA: No.\n\n* **Q: Can I drink?** A: No.\n\n"
            "#### Is it safe in pregnancy?\nAsk.\n\n[a lookalike](formulary-faq:0)\n");
        const faqmarkup::Rendered rendered = faqmarkup::toHtml(
            markdown, [](const Faq &faq) { return faq.question == QLatin1String("Can I drink?"); });
        QCOMPARE(rendered.faqs.size(), 3);
        QCOMPARE(rendered.html.count(QLatin1String("href=\"formulary-faq:")), 3);
        QCOMPARE(rendered.html.count(QLatin1String("star-on")), 1);
        QVERIFY(rendered.html.contains(QLatin1String("Some words first.")));
        QVERIFY(rendered.html.indexOf(QLatin1String("formulary-faq:1"))
                < rendered.html.indexOf(QLatin1String("Can I drink?")));
        QVERIFY(rendered.html.contains(QLatin1String("<a href=\"\">a lookalike</a>")));
        QCOMPARE(faqmarkup::starIndex(QUrl(QStringLiteral("formulary-faq:2"))), std::optional<int>(2));
        QVERIFY(!faqmarkup::starIndex(QUrl(QStringLiteral("https://example.org/2"))));
    }

    void studySessionBringsMissedCardsBack()
    {
        auto user = UserDatabase::open(userPath(), nullptr);
        BookmarkStore store(*user);
        store.add(QStringLiteral("x"), QStringLiteral("X"), QStringLiteral("One?"), QStringLiteral("1"));
        store.add(QStringLiteral("x"), QStringLiteral("X"), QStringLiteral("Two?"), QStringLiteral("2"));
        StudySchedule schedule(*user);
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        StudySession session(schedule, store.all(), now);
        QCOMPARE(session.remaining(), 2);
        QVERIFY(!session.answer(true, now)); // the answer first
        session.showAnswer();
        QVERIFY(session.answer(true, now));
        session.showAnswer();
        QVERIFY(session.answer(false, now));
        QCOMPARE(session.remaining(), 1); // the missed one, again
        QCOMPARE(session.current().bookmark.question, QStringLiteral("Two?"));
        session.showAnswer();
        QVERIFY(session.answer(true, now));
        QVERIFY(session.isFinished());
        QCOMPARE(session.reviewed(), 3);
        QCOMPARE(session.known(), 1); // the one missed once does not count
        QCOMPARE(session.nextDue(now), now.addDays(1));
    }

    void drillSessionScoresFirstChoices()
    {
        DrillSession drill({{QStringLiteral("Rash"), {"A", "B"}, {1}}, {QStringLiteral("Tinnitus"), {"A", "B"}, {0}}});
        QCOMPARE(drill.choose(0), std::optional<bool>(false));
        QCOMPARE(drill.choose(1), std::nullopt); // one choice a question
        drill.next();
        QCOMPARE(drill.choose(0), std::optional<bool>(true));
        drill.next();
        QVERIFY(drill.isFinished());
        QCOMPARE(drill.score(), 1);
        QCOMPARE(drill.answered(), 2);
    }
};

QTEST_GUILESS_MAIN(TestBookmarkModel)
#include "tst_bookmarkmodel.moc"
