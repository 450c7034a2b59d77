// The libraries' layering, read from the sources: each library includes
// only the libraries below it (src/CMakeLists.txt draws the graph), the
// store's SQLite plumbing stays in the store, cmark-gfm in parse and render,
// and widgets in the app.
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

namespace {

const QString kSourceDir = QStringLiteral(FORMULARY_SOURCE_DIR);

// What each library may include besides itself.
const QHash<QString, QSet<QString>> kAllowed = {
    {QStringLiteral("parse"), {}},
    {QStringLiteral("store"), {QStringLiteral("parse")}},
    {QStringLiteral("import"), {QStringLiteral("parse"), QStringLiteral("store")}},
    {QStringLiteral("search"), {QStringLiteral("parse"), QStringLiteral("store")}},
    {QStringLiteral("study"), {QStringLiteral("parse"), QStringLiteral("store")}},
    {QStringLiteral("render"), {QStringLiteral("parse"), QStringLiteral("store")}},
    {QStringLiteral("cli"),
     {QStringLiteral("parse"), QStringLiteral("store"), QStringLiteral("import"), QStringLiteral("search"),
      QStringLiteral("study"), QStringLiteral("render")}},
    {QStringLiteral("app"),
     {QStringLiteral("parse"), QStringLiteral("store"), QStringLiteral("import"), QStringLiteral("search"),
      QStringLiteral("study"), QStringLiteral("render"), QStringLiteral("cli")}},
};

struct Include
{
    QString file;    // relative to src/
    QString library; // the folder the file is in
    int line;
    QString target; // as written between the quotes or brackets
    bool system;    // <…>
};

QList<Include> includes()
{
    static const QRegularExpression directive(QStringLiteral("^\\s*#\\s*include\\s*([<\"])([^>\"]+)[>\"]"));
    QList<Include> found;
    QDirIterator it(kSourceDir, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(kSourceDir).relativeFilePath(path);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        int number = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine());
            ++number;
            const QRegularExpressionMatch match = directive.match(line);
            if (match.hasMatch())
                found.append({relative, relative.section(QLatin1Char('/'), 0, 0), number, match.captured(2),
                              match.captured(1) == QLatin1String("<")});
        }
    }
    return found;
}

QString where(const Include &include)
{
    return QStringLiteral("src/%1:%2 includes %3").arg(include.file).arg(include.line).arg(include.target);
}

} // namespace

class TestLayers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QFileInfo(kSourceDir + QStringLiteral("/CMakeLists.txt")).exists())
            QSKIP("the sources are not beside this build");
        QVERIFY(!includes().isEmpty());
        for (auto it = kAllowed.cbegin(); it != kAllowed.cend(); ++it)
            QVERIFY2(QFileInfo(kSourceDir + QLatin1Char('/') + it.key()).isDir(), qPrintable(it.key()));
    }

    void librariesIncludeOnlyTheLayersBelow()
    {
        QStringList wrong;
        for (const Include &include : includes()) {
            if (include.system || !include.target.contains(QLatin1Char('/')))
                continue;
            const QString library = include.target.section(QLatin1Char('/'), 0, 0);
            if (library == include.library || !kAllowed.contains(library))
                continue;
            if (!kAllowed.value(include.library).contains(library))
                wrong.append(where(include));
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    void internalsStayInTheirLibrary()
    {
        QStringList wrong;
        for (const Include &include : includes()) {
            if (include.target.section(QLatin1Char('/'), 1, 1) == QLatin1String("internal")
                && include.target.section(QLatin1Char('/'), 0, 0) != include.library)
                wrong.append(where(include));
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    void externalLibrariesStayWhereTheyBelong_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QStringList>("libraries");
        QTest::newRow("SQLite") << QStringLiteral("sqlite3") << QStringList{QStringLiteral("store")};
        QTest::newRow("Qt SQL") << QStringLiteral("QSql") << QStringList{QStringLiteral("store")};
        QTest::newRow("cmark-gfm") << QStringLiteral("cmark")
                                   << QStringList{QStringLiteral("parse"), QStringLiteral("render")};
        QTest::newRow("widgets") << QStringLiteral("QtWidgets") << QStringList{QStringLiteral("app")};
        QTest::newRow("a widget") << QStringLiteral("QWidget") << QStringList{QStringLiteral("app")};
        QTest::newRow("the application") << QStringLiteral("QApplication") << QStringList{QStringLiteral("app")};
    }

    void externalLibrariesStayWhereTheyBelong()
    {
        QFETCH(QString, prefix);
        QFETCH(QStringList, libraries);
        QStringList wrong;
        for (const Include &include : includes()) {
            if (include.system && include.target.startsWith(prefix) && !libraries.contains(include.library))
                wrong.append(where(include));
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestLayers)
#include "tst_layers.moc"
