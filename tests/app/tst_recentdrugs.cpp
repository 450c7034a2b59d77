// Go → Recent Drugs: the drugs opened last, most recent first, each once,
// chosen from the keyboard (Alt+G, R, then a number), and there again in
// the next window.
#include "windowtesting.h"

#include <QMenu>

using namespace formulary;
using namespace formulary::testing;

namespace {

QStringList entries(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions())
        texts.append(action->text());
    return texts;
}

} // namespace

class TestRecentDrugs : public QObject
{
    Q_OBJECT

private slots:
    void theLastOpenedComeFirstAndStay()
    {
        WindowFixture fixture;
        auto window = fixture.openWindow();
        QVERIFY(window);
        auto *recent = window->findChild<QMenu *>(QStringLiteral("menuRecentDrugs"));
        QVERIFY(recent);
        emit recent->aboutToShow();
        QCOMPARE(entries(recent), QStringList({"No drugs opened yet"}));
        for (const QString &name : QStringList{"Zolpimar", "Exemplol", "Examplamine", "Exemplol"}) {
            searchAndOpen(*window, name);
            QTRY_COMPARE(openTitle(*window), name);
        }
        emit recent->aboutToShow();
        QCOMPARE(entries(recent), QStringList({"&1 Exemplol", "&2 Examplamine", "&3 Zolpimar"}));

        // From the keyboard: the Go menu, its Recent Drugs, the third.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_G, Qt::AltModifier);
        QTRY_VERIFY(QApplication::activePopupWidget());
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_R);
        QTRY_COMPARE(QApplication::activePopupWidget(), recent);
        QTest::keyClick(recent, Qt::Key_3);
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Zolpimar"));

        // The next window has them too.
        window.reset();
        window = fixture.openWindow();
        recent = window->findChild<QMenu *>(QStringLiteral("menuRecentDrugs"));
        emit recent->aboutToShow();
        QCOMPARE(entries(recent), QStringList({"&1 Zolpimar", "&2 Exemplol", "&3 Examplamine"}));
    }
};

QTEST_MAIN(TestRecentDrugs)
#include "tst_recentdrugs.moc"
