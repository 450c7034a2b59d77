// Study mode from the window: cards of the bookmarked FAQs (Space shows the
// answer, Right and Left schedule it) and the side-effect drill (number keys
// choose, with feedback).
#include "app/bookmarkscontroller.h"
#include "app/studydialog.h"
#include "store/userdatabase.h"
#include "study/bookmarkmodel.h"
#include "study/studyschedule.h"
#include "windowtesting.h"

#include <QLabel>
#include <QPushButton>

using namespace formulary;
using namespace formulary::testing;

namespace {

QByteArray drugPage(const QString &title, const QStringList &sideEffects, const QString &question)
{
    QString effects;
    for (const QString &effect : sideEffects)
        effects += QStringLiteral("* %1\n").arg(effect);
    return QStringLiteral("---\ntitle: %1\n---\n# %1\n### Usage\nText.\n\n### Side Effects\n%2\n"
                          "### FAQs\n* **Q: %3** A: Only with care.\n")
        .arg(title, effects, question)
        .toUtf8();
}

QLabel *label(StudyDialog *dialog, const char *name)
{
    return dialog->findChild<QLabel *>(QString::fromLatin1(name));
}

bool activate(StudyDialog *dialog)
{
    dialog->activateWindow();
    return QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; });
}

StudyDialog *openStudy(MainWindow &window)
{
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        return nullptr;
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = window.findChild<StudyDialog *>();
    return dialog && activate(dialog) ? dialog : nullptr;
}

} // namespace

class TestStudy : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> openWindow(WindowFixture &fixture)
    {
        fixture.writePage(
            QStringLiteral("a/alphadrine.md"),
            drugPage(QStringLiteral("Alphadrine"), {"Drowsiness", "Rash"}, QStringLiteral("Can I drive?")));
        fixture.writePage(
            QStringLiteral("b/betazol.md"),
            drugPage(QStringLiteral("Betazol"), {"Drowsiness", "Tinnitus"}, QStringLiteral("Can I drink?")));
        fixture.writePage(
            QStringLiteral("c/cortamine.md"),
            drugPage(QStringLiteral("Cortamine"), {"Drowsiness", "Hiccups"}, QStringLiteral("Can I swim?")));
        auto window = fixture.openWindow();
        if (window) {
            BookmarkModel *model = window->bookmarks()->model();
            model->add(QStringLiteral("alphadrine"), QStringLiteral("Alphadrine"), QStringLiteral("Can I drive?"),
                       QStringLiteral("Only with care."));
            QTest::qWait(2);
            model->add(QStringLiteral("betazol"), QStringLiteral("Betazol"), QStringLiteral("Can I drink?"),
                       QStringLiteral("Only with care."));
            QTest::qWait(2);
            model->add(QStringLiteral("cortamine"), QStringLiteral("Cortamine"), QStringLiteral("Can I swim?"),
                       QStringLiteral("Only with care."));
        }
        return window;
    }

private slots:
    void cardsShowTheAnswerOnSpaceAndMoveThroughBoxes()
    {
        WindowFixture fixture;
        auto window = openWindow(fixture);
        QVERIFY(window);
        StudyDialog *dialog = openStudy(*window);
        QVERIFY(dialog);
        QCOMPARE(dialog->currentPage(), StudyDialog::Page::Cards);
        QCOMPARE(label(dialog, "cardQuestion")->text(), QStringLiteral("Can I drive?"));
        QCOMPARE(label(dialog, "cardDrug")->text(), QStringLiteral("Alphadrine"));
        QVERIFY(!dialog->answerLabel()->isVisible());
        // "Knew it" means nothing before the answer was seen.
        QTest::keyClick(dialog, Qt::Key_Right);
        QCOMPARE(label(dialog, "cardQuestion")->text(), QStringLiteral("Can I drive?"));

        QTest::keyClick(dialog, Qt::Key_Space);
        QVERIFY(dialog->answerLabel()->isVisible());
        QCOMPARE(dialog->answerLabel()->text(), QStringLiteral("Only with care."));
        QTest::keyClick(dialog, Qt::Key_Right);
        QCOMPARE(label(dialog, "cardQuestion")->text(), QStringLiteral("Can I drink?"));
        QVERIFY(!dialog->answerLabel()->isVisible());

        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto user = UserDatabase::open(fixture.userDatabasePath(), nullptr);
        QVERIFY(user);
        StudySchedule schedule(*user);
        const QList<Bookmark> bookmarks = window->bookmarks()->model()->bookmarks();
        QCOMPARE(schedule.card(bookmarks.at(0), now).box, 2);
        QVERIFY(schedule.card(bookmarks.at(0), now).due > now.addSecs(23 * 3600));

        // Didn't know: back to the first box, and again at the end of this sitting.
        QTest::keyClick(dialog, Qt::Key_Space);
        QTest::keyClick(dialog, Qt::Key_Left);
        QCOMPARE(schedule.card(bookmarks.at(1), now).box, 1);
        QCOMPARE(dialog->session().remaining(), 2);
        QTest::keyClick(dialog, Qt::Key_Space);
        QTest::keyClick(dialog, Qt::Key_Right);
        QCOMPARE(label(dialog, "cardQuestion")->text(), QStringLiteral("Can I drink?"));
        QTest::keyClick(dialog, Qt::Key_Space);
        QTest::keyClick(dialog, Qt::Key_Right);
        QVERIFY(dialog->session().isFinished());
        QCOMPARE(label(dialog, "cardQuestion")->text(), QStringLiteral("Done for now"));
        QVERIFY(dialog->answerLabel()->text().contains(QLatin1String("Cards gone through: 4; known at once: 2.")));

        // The next sitting has nothing due until tomorrow.
        dialog->close();
        QTRY_VERIFY(!window->findChild<StudyDialog *>());
        dialog = openStudy(*window);
        QVERIFY(dialog);
        QCOMPARE(label(dialog, "cardQuestion")->text(), QStringLiteral("No cards are due"));
    }

    void drillGivesFeedbackOnTheNumberKeys()
    {
        WindowFixture fixture;
        auto window = openWindow(fixture);
        QVERIFY(window);
        StudyDialog *dialog = window->bookmarks()->openStudy(StudyDialog::Page::Drill);
        QVERIFY(dialog && activate(dialog));
        QCOMPARE(dialog->currentPage(), StudyDialog::Page::Drill);
        // Drowsiness is on every page: the questions are about the others.
        QCOMPARE(dialog->drill().questionCount(), 3);
        QCOMPARE(dialog->choiceButtons().size(), 3);
        const DrillQuestion first = dialog->drill().current();
        QVERIFY(label(dialog, "drillQuestion")->text().contains(first.term));

        const int right = first.correct.first();
        QTest::keyClick(dialog, Qt::Key(Qt::Key_1 + right));
        QVERIFY(dialog->feedbackLabel()->text().startsWith(QLatin1String("Right")));
        QVERIFY(dialog->feedbackLabel()->text().contains(first.term));
        QVERIFY(dialog->choiceButtons().at(right)->text().startsWith(QStringLiteral("✓")));
        // One choice a question.
        QTest::keyClick(dialog, Qt::Key(Qt::Key_1 + (right + 1) % 3));
        QCOMPARE(dialog->drill().score(), 1);

        QTest::keyClick(dialog, Qt::Key_Space);
        QCOMPARE(dialog->drill().currentNumber(), 2);
        const DrillQuestion second = dialog->drill().current();
        const int wrong = (second.correct.first() + 1) % 3;
        QTest::keyClick(dialog, Qt::Key(Qt::Key_1 + wrong));
        QVERIFY(dialog->feedbackLabel()->text().startsWith(QLatin1String("Not ")));
        QVERIFY(dialog->feedbackLabel()->text().contains(second.drugs.at(second.correct.first())));
        QVERIFY(dialog->choiceButtons().at(wrong)->text().startsWith(QStringLiteral("✗")));
        QCOMPARE(dialog->drill().score(), 1);

        QTest::keyClick(dialog, Qt::Key_Space);
        QTest::keyClick(dialog, Qt::Key_1);
        QTest::keyClick(dialog, Qt::Key_Space);
        QVERIFY(dialog->drill().isFinished());
        QVERIFY(label(dialog, "drillQuestion")->text().endsWith(QLatin1String("of 3 right")));
    }

    void aCardRemovedWhileStudiedIsSkipped()
    {
        WindowFixture fixture;
        auto window = openWindow(fixture);
        QVERIFY(window);
        StudyDialog *dialog = openStudy(*window);
        QVERIFY(dialog);
        BookmarkModel *model = window->bookmarks()->model();
        QVERIFY(model->remove(model->bookmarks().first().id));
        QTest::keyClick(dialog, Qt::Key_Space);
        QTest::keyClick(dialog, Qt::Key_Right);
        QCOMPARE(label(dialog, "cardQuestion")->text(), QStringLiteral("Can I drink?"));
        QVERIFY(label(dialog, "cardProgress")->text().contains(QLatin1String("skipped")));
        QCOMPARE(dialog->session().reviewed(), 0);
    }

    void withoutBookmarksStudyExplains()
    {
        WindowFixture fixture;
        auto window = fixture.openWindow();
        QVERIFY(window);
        StudyDialog *dialog = openStudy(*window);
        QVERIFY(dialog);
        QCOMPARE(label(dialog, "cardQuestion")->text(), QStringLiteral("Nothing to study yet"));
        dialog->showPage(StudyDialog::Page::Drill);
        QCOMPARE(label(dialog, "drillQuestion")->text(), QStringLiteral("No drill yet"));
    }
};

QTEST_MAIN(TestStudy)
#include "tst_study.moc"
