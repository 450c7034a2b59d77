// Sections reached by kind, as a pharmacist moves through a day: Alt+D is
// Dosage on every page, wherever it stands (after an Introduction too); the
// next drug opens on the kind of section being read; on a page that repeats
// its sections per ingredient, the keys stay with the ingredient in view.
#include "app/monographview.h"
#include "app/pagebrowser.h"
#include "windowtesting.h"

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QStatusBar>
#include <QTabBar>

using namespace formulary;
using namespace formulary::testing;

namespace {

QByteArray plainPage(const QString &title, bool introduction)
{
    return QStringLiteral("---\ntitle: %1\n---\n\n# %1\n%2### Generic Name\n%1\n\n### Usage\nFor pain.\n\n"
                          "### Dosage\n%1 dose: 10 mg.\n\n### Side Effects\n* Drowsiness\n\n"
                          "### Precautions\nNot in pregnancy.\n\n### FAQs\n* **Q: With food?** A: Yes.\n")
        .arg(title, introduction ? QStringLiteral("### Introduction\nAn old drug.\n\n") : QString())
        .toUtf8();
}

QByteArray perIngredientPage()
{
    return QByteArrayLiteral("---\ntitle: Caffeine + Cetirizine\n---\n\n# Caffeine + Cetirizine\n\n"
                             "**1. Caffeine:**\n\n### Generic Name: Caffeine\n\n### Usage: A stimulant.\n\n"
                             "### Dosage: Caffeine 100 mg.\n\n"
                             "**2. Cetirizine:**\n\n### Generic Name: Cetirizine\n\n### Usage: An antihistamine.\n\n"
                             "### Dosage: Cetirizine 10 mg.\n\n### FAQs\n\n* **Q: Both?** A: Yes.\n");
}

} // namespace

class TestSectionsByKind : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WindowFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;

    void press(Qt::Key key) { QTest::keyClick(m_window.get(), key, Qt::AltModifier); }

    QString pageText() const { return m_window->monographView()->browser()->toPlainText(); }

private slots:
    void init()
    {
        m_window.reset();
        m_fixture = std::make_unique<WindowFixture>();
        QVERIFY(m_fixture->writePage(QStringLiteral("p/plainol.md"), plainPage(QStringLiteral("Plainol"), false)));
        QVERIFY(m_fixture->writePage(QStringLiteral("i/introl.md"), plainPage(QStringLiteral("Introl"), true)));
        QVERIFY(m_fixture->writePage(QStringLiteral("c/caffeine-cetirizine.md"), perIngredientPage()));
        m_window = m_fixture->openWindow();
        QVERIFY(m_window);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_fixture.reset();
    }

    void altKeysReachAKindWhereverItStands()
    {
        searchAndOpen(*m_window, QStringLiteral("plainol"));
        QTRY_COMPARE(openTitle(*m_window), QStringLiteral("Plainol"));
        press(Qt::Key_D);
        QCOMPARE(currentTabTitle(*m_window), QStringLiteral("Dosage"));
        QVERIFY(pageText().contains(QLatin1String("10 mg")));

        searchAndOpen(*m_window, QStringLiteral("introl"));
        QTRY_COMPARE(openTitle(*m_window), QStringLiteral("Introl"));
        QCOMPARE(tabTitles(*m_window).constFirst(), QStringLiteral("Introduction"));
        // Opened on the kind being read: Dosage, the fourth tab here.
        QCOMPARE(currentTabTitle(*m_window), QStringLiteral("Dosage"));
        for (const auto &[key, title] :
             {std::pair{Qt::Key_U, "Usage"}, std::pair{Qt::Key_S, "Side Effects"}, std::pair{Qt::Key_P, "Precautions"},
              std::pair{Qt::Key_Q, "FAQs"}, std::pair{Qt::Key_D, "Dosage"}}) {
            press(key);
            QCOMPARE(currentTabTitle(*m_window), QString::fromLatin1(title));
        }
        // Back to Plainol: on the section it was left on, as history keeps it.
        press(Qt::Key_Q);
        m_window->goBack();
        QTRY_COMPARE(openTitle(*m_window), QStringLiteral("Plainol"));
        QCOMPARE(currentTabTitle(*m_window), QStringLiteral("Dosage"));
        // A kind the page lacks is said, and nothing moves.
        press(Qt::Key_W);
        QCOMPARE(currentTabTitle(*m_window), QStringLiteral("Dosage"));
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("no How it Works")),
                 qPrintable(m_window->statusBar()->currentMessage()));
    }

    void theGoMenuAndTheTabsShowTheKeys()
    {
        searchAndOpen(*m_window, QStringLiteral("plainol"));
        QTRY_COMPARE(openTitle(*m_window), QStringLiteral("Plainol"));
        auto *dosage = m_window->findChild<QAction *>(QStringLiteral("actionKind_dosage"));
        QVERIFY(dosage && dosage->isEnabled());
        QCOMPARE(dosage->shortcut(), QKeySequence(Qt::ALT | Qt::Key_D));
        auto *go = m_window->findChild<QMenu *>(QStringLiteral("menuGo"));
        QVERIFY(go && go->actions().contains(dosage));
        const QTabBar *tabs = m_window->monographView()->tabBar();
        const int tab = int(tabTitles(*m_window).indexOf(QStringLiteral("Dosage")));
        QVERIFY2(tabs->tabToolTip(tab).contains(QKeySequence(Qt::ALT | Qt::Key_D).toString(QKeySequence::NativeText)),
                 qPrintable(tabs->tabToolTip(tab)));
    }

    // A page per ingredient is read in two steps: the ingredient (Alt+I),
    // then the kind of section, each tab named by its heading alone. The
    // keys stay with the ingredient in view.
    void onAPagePerIngredientTheIngredientIsChosenFirst()
    {
        searchAndOpen(*m_window, QStringLiteral("caffeine cetirizine"));
        QTRY_COMPARE(openTitle(*m_window), QStringLiteral("Caffeine + Cetirizine"));
        auto *chooser = m_window->monographView()->findChild<QComboBox *>(QStringLiteral("ingredientChooser"));
        QVERIFY(chooser && chooser->isVisible());
        QCOMPARE(chooser->count(), 2);
        QCOMPARE(chooser->itemText(1), QStringLiteral("2. Cetirizine"));
        QTabBar *tabs = m_window->monographView()->tabBar();
        const auto shownTabs = [tabs] {
            QStringList shown;
            for (int i = 0; i < tabs->count(); ++i)
                shown.append(tabs->tabText(i));
            return shown;
        };
        QVERIFY2(shownTabs().contains(QLatin1String("Usage")) && shownTabs().contains(QLatin1String("Dosage")),
                 qPrintable(shownTabs().join(QLatin1Char('|'))));
        QVERIFY(!shownTabs().join(QLatin1Char('|')).contains(QStringLiteral(" — ")));
        const qsizetype firstCount = shownTabs().size();
        QVERIFY(firstCount < m_window->monographView()->tabCount());

        press(Qt::Key_D);
        QVERIFY2(pageText().contains(QLatin1String("Caffeine 100 mg")), qPrintable(currentTabTitle(*m_window)));
        // Alt+I, then Down: the second ingredient, on the same kind of section.
        press(Qt::Key_I);
        QTRY_COMPARE(QApplication::focusWidget(), chooser);
        QTest::keyClick(chooser, Qt::Key_Down);
        QCOMPARE(chooser->currentText(), QStringLiteral("2. Cetirizine"));
        QVERIFY2(pageText().contains(QLatin1String("Cetirizine 10 mg")), qPrintable(currentTabTitle(*m_window)));
        QVERIFY(!shownTabs().isEmpty());
        // The tabs shown start at the left.
        QTRY_VERIFY2(tabs->tabRect(0).left() <= 4,
                     qPrintable(QStringLiteral("first tab at %1").arg(tabs->tabRect(0).left())));
        press(Qt::Key_U);
        QVERIFY2(pageText().contains(QLatin1String("An antihistamine")), qPrintable(currentTabTitle(*m_window)));

        // Ctrl+Tab walks on through every section, from one ingredient to the next.
        press(Qt::Key_I);
        QTest::keyClick(chooser, Qt::Key_Up);
        QCOMPARE(chooser->currentText(), QStringLiteral("1. Caffeine"));
        for (int i = 0; i < tabs->count() && chooser->currentText() == QLatin1String("1. Caffeine"); ++i)
            m_window->monographView()->nextTab();
        QCOMPARE(chooser->currentText(), QStringLiteral("2. Cetirizine"));
        QCOMPARE(currentTabTitle(*m_window), QStringLiteral("Generic Name"));
    }
};

QTEST_MAIN(TestSectionsByKind)
#include "tst_sectionsbykind.moc"
