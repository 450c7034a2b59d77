// The side-effect browser (View → Side Effects Across Drugs), driven with
// keys over the window's own pages.
#include "app/comparedialog.h"
#include "app/mainwindow.h"
#include "app/monographview.h"
#include "app/pagebrowser.h"
#include "app/searchpanel.h"
#include "app/sideeffectsdialog.h"
#include "study/sideeffectlistingmodel.h"
#include "study/sideeffecttermmodel.h"
#include "windowtesting.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

using namespace formulary;
using namespace formulary::testing;

class TestSideEffectsBrowser : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WindowFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    SideEffectsDialog *m_dialog = nullptr;

    QLineEdit *filter() const { return m_dialog->findChild<QLineEdit *>(QStringLiteral("termFilter")); }
    QTableView *terms() const { return m_dialog->findChild<QTableView *>(QStringLiteral("termView")); }
    QTableView *listings() const { return m_dialog->findChild<QTableView *>(QStringLiteral("listingView")); }
    QComboBox *frequency() const { return m_dialog->findChild<QComboBox *>(QStringLiteral("frequencyBox")); }
    static QString cell(const QAbstractItemModel *model, int row, int column)
    {
        return model->index(row, column).data().toString();
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<WindowFixture>();
        m_window = m_fixture->openWindow();
        QVERIFY(m_window);
        // As a person opens it: the shortcut of View → Side Effects Across Drugs.
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        m_dialog = m_window->findChild<SideEffectsDialog *>();
        QVERIFY(m_dialog);
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
    }

    void cleanup()
    {
        m_window.reset();
        m_fixture.reset();
    }

    void theModelsAreSound()
    {
        QAbstractItemModelTester termTester(m_dialog->termProxy(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester listingTester(m_dialog->listingProxy(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::keyClicks(filter(), QStringLiteral("drow"));
        QTest::keyClick(filter(), Qt::Key_Down);
        QTest::keyClick(terms(), Qt::Key_Down);
        frequency()->setCurrentIndex(1);
        m_window->showSideEffects(QStringLiteral("dry mouth"));
    }

    void termsAreListedMostListedFirst()
    {
        const QAbstractItemModel *model = m_dialog->termProxy();
        QVERIFY(model->rowCount() >= 4);
        QCOMPARE(cell(model, 0, SideEffectTermModel::TermColumn), QStringLiteral("Drowsiness"));
        QCOMPARE(cell(model, 0, SideEffectTermModel::DrugsColumn), QStringLiteral("3"));
        QCOMPARE(cell(model, 0, SideEffectTermModel::CommonColumn), QStringLiteral("3"));
        QCOMPARE(cell(model, 0, SideEffectTermModel::SeriousColumn), QStringLiteral("0"));
        // A click on a header sorts by it: by name, Drowsiness before Dry mouth before Nausea.
        terms()->sortByColumn(SideEffectTermModel::TermColumn, Qt::AscendingOrder);
        QStringList names;
        for (int row = 0; row < model->rowCount(); ++row)
            names.append(cell(model, row, SideEffectTermModel::TermColumn));
        QVERIFY2(names.indexOf(QStringLiteral("Drowsiness")) < names.indexOf(QStringLiteral("Dry mouth")),
                 qPrintable(names.join(QLatin1Char(','))));
        QVERIFY(names.indexOf(QStringLiteral("Dry mouth")) < names.indexOf(QStringLiteral("Nausea")));
    }

    void enterGoesFromFilterToTermToDrugToItsPage()
    {
        filter()->setFocus();
        QTest::keyClicks(filter(), QStringLiteral("DRY"));
        QCOMPARE(m_dialog->termProxy()->rowCount(), 1);
        QTest::keyClick(filter(), Qt::Key_Return);
        QVERIFY(terms()->hasFocus());
        QCOMPARE(terms()->currentIndex().data().toString(), QStringLiteral("Dry mouth"));
        QTest::keyClick(terms(), Qt::Key_Return);
        QVERIFY(listings()->hasFocus());

        const QAbstractItemModel *drugs = m_dialog->listingProxy();
        QCOMPARE(drugs->rowCount(), 2);
        QCOMPARE(cell(drugs, 0, SideEffectListingModel::DrugColumn), QStringLiteral("Examplamine"));
        QCOMPARE(cell(drugs, 0, SideEffectListingModel::FrequencyColumn), QStringLiteral("Common"));
        QCOMPARE(cell(drugs, 0, SideEffectListingModel::LabelColumn), QStringLiteral("Common"));
        QVERIFY2(cell(drugs, 0, SideEffectListingModel::TextColumn).startsWith(QLatin1String("Dry mouth (line ")),
                 qPrintable(cell(drugs, 0, SideEffectListingModel::TextColumn)));

        QTest::keyClick(listings(), Qt::Key_Down);
        QTest::keyClick(listings(), Qt::Key_Return);
        QCOMPARE(openTitle(*m_window), QStringLiteral("Exemplol"));
        QCOMPARE(currentTabTitle(*m_window), QStringLiteral("Side Effects"));
        const QList<QTextEdit::ExtraSelection> highlights = m_window->monographView()->browser()->extraSelections();
        QCOMPARE(highlights.size(), 1);
        QCOMPARE(highlights.first().cursor.selectedText(), QStringLiteral("Dry mouth"));
    }

    // View → Side Effects by Frequency, from the keyboard: the Side Effects
    // tab opens with its side effects by class, the page's text below.
    void aDrugsSideEffectsTabGroupsThemByFrequency()
    {
        m_dialog->close();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->open({QStringLiteral("examplamine"), SectionKind::SideEffects, {}, {}}));
        PageBrowser *browser = m_window->monographView()->browser();
        QCOMPARE(currentTabTitle(*m_window), QStringLiteral("Side Effects"));
        QVERIFY(!browser->toPlainText().contains(QLatin1String("Common (2)")));

        QTest::keyClick(m_window.get(), Qt::Key_V, Qt::AltModifier);
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QTest::keyClick(menu, Qt::Key_F);
        const QString text = browser->toPlainText();
        QVERIFY2(text.contains(QLatin1String("Common (2): Drowsiness, Dry mouth")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Serious (1): Severe drowsiness")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Common Side Effects:"))); // the page's own text, still as written
        QVERIFY(QSettings().value(QStringLiteral("view/sideEffectsByFrequency")).toBool());
    }

    // A search that names a side effect offers it across drugs: the status
    // line says so, and the browser's shortcut opens on it.
    void aSearchForASideEffectOpensItInTheBrowser()
    {
        m_dialog->close();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QLineEdit *field = m_window->searchPanel()->searchField();
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("dry mouth"));
        auto *status = m_window->searchPanel()->findChild<QLabel *>(QStringLiteral("resultsStatus"));
        QTRY_VERIFY2(status->text().contains(QLatin1String("across drugs")), qPrintable(status->text()));
        QTest::keyClick(field, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(m_dialog->isVisible());
        QCOMPARE(terms()->currentIndex().data().toString(), QStringLiteral("Dry mouth"));
        QCOMPARE(m_dialog->listingProxy()->rowCount(), 2);

        // Words that name no side effect offer nothing.
        m_dialog->close();
        field->selectAll();
        QTest::keyClicks(field, QStringLiteral("imaginary"));
        QTRY_VERIFY(!status->text().contains(QLatin1String("Searching")));
        QVERIFY(!status->text().contains(QLatin1String("across drugs")));
    }

    void theDrugsFilterByFrequency()
    {
        QVERIFY(m_dialog->showTerm(QStringLiteral("drowsinesses")));
        QCOMPARE(m_dialog->listingProxy()->rowCount(), 3);
        frequency()->setFocus();
        // The combo box by keys: Common, then Serious.
        QTest::keyClick(frequency(), Qt::Key_Down);
        QCOMPARE(frequency()->currentText(), QStringLiteral("Common"));
        QCOMPARE(m_dialog->listingProxy()->rowCount(), 3);
        frequency()->setCurrentIndex(frequency()->findText(QStringLiteral("Serious")));
        QCOMPARE(m_dialog->listingProxy()->rowCount(), 0);
        QVERIFY(m_dialog->showTerm(QStringLiteral("severe drows")));
        QCOMPARE(m_dialog->listingProxy()->rowCount(), 2);
        QVERIFY(!m_dialog->showTerm(QStringLiteral("hiccups")));
    }

    void drugsSelectedInTheListAreCompared()
    {
        QVERIFY(m_dialog->showTerm(QStringLiteral("drowsiness")));
        auto *compare = m_dialog->findChild<QPushButton *>(QStringLiteral("compareButton"));
        QVERIFY(compare);
        QVERIFY(!compare->isEnabled());
        listings()->setFocus();
        QTest::keyClick(listings(), Qt::Key_Down, Qt::ShiftModifier);
        QVERIFY(compare->isEnabled());
        QTest::mouseClick(compare, Qt::LeftButton);
        auto *comparison = m_window->findChild<CompareDialog *>();
        QVERIFY(comparison);
        QVERIFY(comparison->isVisible());
        QCOMPARE(comparison->comparison().pages.size(), 2);
    }

    void everyControlHasAName()
    {
        for (QWidget *widget : m_dialog->findChildren<QWidget *>()) {
            if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(m_dialog)
                || qobject_cast<QAbstractButton *>(widget))
                continue;
            if (widget->parentWidget() && qobject_cast<QAbstractItemView *>(widget->parentWidget()))
                continue; // the views' own viewports
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    }

    void escapeCloses()
    {
        terms()->setFocus();
        QTest::keyClick(terms(), Qt::Key_Escape);
        QVERIFY(!m_dialog->isVisible());
    }
};

QTEST_MAIN(TestSideEffectsBrowser)
#include "tst_sideeffectsbrowser.moc"
