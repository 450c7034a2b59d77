// The translations: every .ts file complete, and the German one loaded for a
// German locale, into the window, the command line's text and the core's
// messages.
#include "app/translations.h"
#include "import/importreport.h"
#include "parse/sectionkind.h"
#include "windowtesting.h"

#include <QAction>
#include <QDirIterator>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace formulary;
using namespace formulary::testing;

namespace {

struct Entry
{
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    bool numerus = false;
    bool unfinished = false;
};

QList<Entry> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Entry> entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    bool vanished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (!vanished) // no longer in the program: never shown
                entries.append(entry);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            entry = Entry{
                context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), false};
            vanished = false;
        } else if (name == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            vanished = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
            entry.unfinished = type == QLatin1String("unfinished");
            if (!entry.numerus)
                entry.translations = {xml.readElementText()};
        } else if (name == QLatin1String("numerusform")) {
            entry.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return entries;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(L?n|\\d)"));
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.removeDuplicates();
    found.sort();
    return found;
}

// A menu or button's access key: "&" before a letter, "&&" being a plain "&".
bool hasAccessKey(const QString &text)
{
    static const QRegularExpression key(QStringLiteral("(^|[^&])&[^&\\s]"));
    return key.match(text).hasMatch();
}

QStringList menuTitles(const QMainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    static QStringList tsFiles()
    {
        QStringList files;
        QDirIterator it(QString::fromUtf8(FORMULARY_TRANSLATIONS_DIR), {QStringLiteral("formulary_*.ts")}, QDir::Files);
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        return files;
    }

private slots:
    void cleanup()
    {
        translations::remove();
        QLocale::setDefault(QLocale::c());
    }

    void tsFilesAreComplete_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = tsFiles();
        QVERIFY(!files.isEmpty());
        for (const QString &file : files)
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }

    // Nothing unfinished or empty, the same placeholders as the source, an
    // access key wherever the source has one.
    void tsFilesAreComplete()
    {
        QFETCH(QString, path);
        QString error;
        const QList<Entry> entries = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(entries.size() > 100);
        QStringList problems;
        for (const Entry &entry : entries) {
            const QString where = entry.context + QStringLiteral(": ") + entry.source.left(60);
            if (entry.unfinished)
                problems.append(QStringLiteral("unfinished: ") + where);
            if (entry.translations.isEmpty())
                problems.append(QStringLiteral("no translation: ") + where);
            for (const QString &translation : entry.translations) {
                if (translation.trimmed().isEmpty())
                    problems.append(QStringLiteral("empty: ") + where);
                else if (placeholders(translation) != placeholders(entry.source))
                    problems.append(QStringLiteral("placeholders differ: ") + where);
                else if (hasAccessKey(entry.source) != hasAccessKey(translation))
                    problems.append(QStringLiteral("access key: ") + where);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void germanWindow()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(translations::install(), QStringLiteral("de"));
        WindowFixture fixture;
        auto window = fixture.openWindow();
        QVERIFY(window);
        QCOMPARE(menuTitles(*window).mid(0, 4), (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                                                             QStringLiteral("&Ansicht"), QStringLiteral("&Gehe zu")}));
        QVERIFY(menuTitles(*window).contains(QStringLiteral("&Hilfe")));
        // Text set in code, with its plural.
        QCOMPARE(window->searchPanel()->searchField()->placeholderText(),
                 QStringLiteral("Arzneimittel suchen (Strg+K)"));
        searchAndOpen(*window, QStringLiteral("Examplamine"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Examplamine"));
        // The page's own headings stay as written.
        QVERIFY(tabTitles(*window).contains(QStringLiteral("Side Effects")));
        QCOMPARE(QCoreApplication::translate("formulary::MonographView", "%n more in other sections", nullptr, 1),
                 QStringLiteral("1 weiterer in anderen Abschnitten"));
        QCOMPARE(QCoreApplication::translate("formulary::MonographView", "%n more in other sections", nullptr, 3),
                 QStringLiteral("3 weitere in anderen Abschnitten"));
    }

    void germanMessages()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Austria));
        QCOMPARE(translations::install(), QStringLiteral("de"));
        QCOMPARE(sectionKindDisplayTitle(SectionKind::SideEffects), QStringLiteral("Nebenwirkungen"));
        // What pages are matched against stays English.
        QCOMPARE(sectionKindTitle(SectionKind::SideEffects), QStringLiteral("Side Effects"));
        ImportReport report;
        report.cancelled = true;
        QCOMPARE(report.summary(), QStringLiteral("Import abgebrochen; die bisherige Datenbank bleibt unverändert."));
        QCOMPARE(QCoreApplication::translate("cli", "Print one drug's monograph as plain text."),
                 QStringLiteral("Gibt die Monographie eines Arzneimittels als reinen Text aus."));
    }

    void qtsOwnTranslation()
    {
        const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
        if (!QFileInfo::exists(qtbase))
            QSKIP("Qt's German translation is not installed");
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        translations::install();
        const QString english = QStringLiteral("Displays version information.");
        const QString german = QCoreApplication::translate("QCommandLineParser", "Displays version information.");
        QVERIFY2(german != english && german.startsWith(QLatin1String("Zeigt")), qPrintable(german));
    }

    void englishAndUntranslatedLanguagesLoadNothing_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("C") << QLocale::c();
        QTest::newRow("Japanese (none yet)") << QLocale(QLocale::Japanese, QLocale::Japan);
    }

    void englishAndUntranslatedLanguagesLoadNothing()
    {
        QFETCH(QLocale, locale);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        translations::install();
        QCOMPARE(translations::install(locale), QString()); // and the German one is gone
        QCOMPARE(sectionKindDisplayTitle(SectionKind::SideEffects), QStringLiteral("Side Effects"));
        WindowFixture fixture;
        auto window = fixture.openWindow();
        QVERIFY(window);
        QCOMPARE(menuTitles(*window).value(0), QStringLiteral("&File"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
