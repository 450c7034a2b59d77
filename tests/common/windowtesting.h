#pragma once

// Shared setup for the tests that drive the browser window: a folder of pages
// imported into a database in a temporary directory, settings kept there too,
// and the window opened on it offscreen.
#include "app/appstyle.h"
#include "app/mainwindow.h"
#include "app/monographview.h"
#include "app/searchpanel.h"
#include "import/importer.h"
#include "testpages.h"

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace formulary::testing {

// A page with every standard section, a table, strikethrough and a label.
inline QByteArray fullPage(const QString &title)
{
    return QStringLiteral("---\nlayout: minimal-medicine\ntitle: %1\n---\n\n# %1\n### Generic Name\n%1\n\n"
                          "### Usage\n\n%1 treats imaginary headaches.\n\n"
                          "### Dosage\n\n| Patient | Dose |\n|---|---|\n| Adults | 10 mg |\n| Children | ~~5 mg~~ not "
                          "advised |\n\n"
                          "### Side Effects\n\n**Common Side Effects:**\n\n* Drowsiness\n* Dry mouth\n\n"
                          "**Less Common but Serious Side Effects:**\n\n* Severe drowsiness\n\n"
                          "### How it Works\n\n%1 blocks imaginary receptors.\n\n"
                          "### Precautions\n\n* **Alcohol:** increases drowsiness.\n\n"
                          "### FAQs\n\n* **Q: Can I drive?** A: Not if you feel drowsiness.\n\n"
                          "**Disclaimer:** This information is for educational purposes only.\n")
        .arg(title)
        .toUtf8();
}

class WindowFixture
{
public:
    WindowFixture()
    {
        // Settings in the temporary directory, never the user's.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QSettings().clear();
        // The user's data folder, never the real one, for anything that
        // falls back on it.
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
        static bool styled = false;
        if (!styled) {
            appstyle::install(*qobject_cast<QApplication *>(QCoreApplication::instance()));
            styled = true;
        }
        writePage(QStringLiteral("e/examplamine.md"), fullPage(QStringLiteral("Examplamine")));
        writePage(QStringLiteral("e/exemplol.md"), fullPage(QStringLiteral("Exemplol")));
        writePage(QStringLiteral("z/zolpimar.md"), page(QStringLiteral("Zolpimar")));
    }

    bool writePage(const QString &relativePath, const QByteArray &text)
    {
        return writeFile(pagesPath(relativePath), text);
    }
    QString pagesDir() const { return m_dir.filePath(QStringLiteral("pages")); }
    QString pagesPath(const QString &relativePath) const { return pagesDir() + QLatin1Char('/') + relativePath; }
    QString databasePath() const { return m_dir.filePath(QStringLiteral("db/content.sqlite")); }
    QString userDatabasePath() const { return m_dir.filePath(QStringLiteral("user/user.sqlite")); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    bool import()
    {
        Importer::Options options;
        options.sourceDir = pagesDir();
        options.databasePath = databasePath();
        const ImportReport report = Importer::run(options);
        if (!report.succeeded())
            qWarning() << report.summary();
        return report.succeeded();
    }

    // Imports the pages, then opens a window on them, shown and exposed.
    std::unique_ptr<MainWindow> openWindow(bool restoreSession = false)
    {
        if (!QFileInfo::exists(databasePath()) && !import())
            return nullptr;
        MainWindow::Options options;
        options.databasePath = databasePath();
        options.importDatabasePath = databasePath();
        options.userDatabasePath = userDatabasePath();
        options.restoreSession = restoreSession;
        auto window = std::make_unique<MainWindow>(options);
        window->resize(1000, 700);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        return window;
    }

private:
    QTemporaryDir m_dir;
};

inline QStringList resultTitles(const MainWindow &window)
{
    QStringList titles;
    const QAbstractItemModel *model = window.searchPanel()->resultsView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        titles.append(model->index(row, 0).data().toString());
    return titles;
}

inline QStringList tabTitles(const MainWindow &window)
{
    QStringList titles;
    const QTabBar *tabs = window.monographView()->tabBar();
    for (int i = 0; i < tabs->count(); ++i)
        titles.append(tabs->tabText(i));
    return titles;
}

inline QString currentTabTitle(const MainWindow &window)
{
    const QTabBar *tabs = window.monographView()->tabBar();
    return tabs->tabText(tabs->currentIndex());
}

inline QString openTitle(const MainWindow &window)
{
    return window.monographView()->hasPage() ? window.monographView()->page().drug.title : QString();
}

// Types `query` into the search field as a person would, then opens the
// selected result with Enter.
inline void searchAndOpen(MainWindow &window, const QString &query)
{
    QLineEdit *field = window.searchPanel()->searchField();
    field->setFocus();
    field->clear();
    QTest::keyClicks(field, query);
    QTest::keyClick(field, Qt::Key_Return);
}

// How visible the focus on `widget` is: the strongest contrast between a
// pixel of the window around the widget with the focus elsewhere (on
// `other`) and the same pixel with the focus on the widget. WCAG 2.1 asks
// 3:1 of a focus indicator against what it replaces.
inline double focusIndicatorContrast(QWidget *widget, QWidget *other)
{
    QWidget *window = widget->window();
    const QRect area = QRect(widget->mapTo(window, QPoint()), widget->size()).adjusted(-3, -3, 3, 3);
    other->setFocus(Qt::TabFocusReason);
    QTest::qWait(20);
    const QImage without = window->grab(area).toImage();
    widget->setFocus(Qt::TabFocusReason);
    QTest::qWait(20);
    const QImage with = window->grab(area).toImage();
    // Only the band round the edge, where a ring or frame is: the caret of
    // a text field, which blinks, is no sign of focus to be found.
    constexpr int kBand = 5;
    double strongest = 1;
    for (int y = 0; y < std::min(with.height(), without.height()); ++y)
        for (int x = 0; x < std::min(with.width(), without.width()); ++x)
            if (x < kBand || y < kBand || x >= with.width() - kBand || y >= with.height() - kBand)
                strongest = std::max(strongest,
                                     appstyle::contrastRatio(with.pixelColor(x, y), without.pixelColor(x, y)));
    return strongest;
}

} // namespace formulary::testing
