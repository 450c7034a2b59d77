// An import of every page of a real corpus, checked against what the files
// say. The checks read the files with simple line patterns of their own, so
// they are an independent witness of the parser, not a copy of it.
#include "corpuspages.h"
#include "import/importer.h"
#include "store/contentdatabase.h"
#include "store/internal/connectionaccess.h"
#include "store/internal/sqlitestatement.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QtTest>

using namespace formulary;
using namespace formulary::testing;

namespace {

// The page without its front matter.
QStringList bodyLines(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.first().trimmed() == QLatin1String("---")) {
        for (int i = 1; i < lines.size(); ++i) {
            if (lines.at(i).trimmed() == QLatin1String("---"))
                return lines.mid(i + 1);
        }
    }
    return lines;
}

// Letters and digits only: what remains of a line once markup is ignored.
QString wordsOnly(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

bool hasSectionLine(const QStringList &lines)
{
    static const QRegularExpression section(
        QStringLiteral(
            "^\\s{0,3}(?:#{1,6}\\s*|(?:[*+-]\\s+)?\\*\\*)\\s*(?:Generic Names?|Usage|Dosage|Side Effects|How it Works|"
            "Precautions|FAQs?)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return std::any_of(lines.cbegin(), lines.cend(),
                       [](const QString &line) { return section.match(line).hasMatch(); });
}

// Question items in the lines of a "### FAQs" section: list items or lines
// that open with a bold "Q:" or a bold question, and question headings.
int countQuestionItems(const QStringList &lines, int from)
{
    static const QRegularExpression end(QStringLiteral("^\\s{0,3}(?:#{1,3}\\s|\\*\\*(?:Important )?Disclaimer)"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression question(
        QStringLiteral("^\\s*(?:[*+-]\\s+|\\d+[.)]\\s+)?(?:\\*\\*\\s*(?:Q\\s*\\d*\\s*[:.]|.*\\?\\s*:?\\s*\\*\\*)|Q:\\s)"
                       "|^\\s{0,3}#{4,6}\\s.*\\?\\s*$"));
    int count = 0;
    for (int i = from + 1; i < lines.size() && !end.match(lines.at(i)).hasMatch(); ++i) {
        if (question.match(lines.at(i)).hasMatch())
            ++count;
    }
    return count;
}

} // namespace

class TestCorpusImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ImportReport m_report;
    std::unique_ptr<ContentDatabase> m_db;
    QHash<QString, qint64> m_drugIds; // source path -> drug id

    QString database() const { return m_dir.filePath(QStringLiteral("corpus.sqlite")); }

private slots:
    void initTestCase()
    {
        if (!QFileInfo(corpusDir()).isDir())
            QSKIP("no corpus folder; set FORMULARY_CORPUS_DIR at configure time to run these tests");
        m_report = Importer::run({corpusDir(), database(), false});
        QVERIFY2(m_report.succeeded(), qPrintable(m_report.error));
        QString error;
        m_db = ContentDatabase::open(database(), ContentDatabase::Mode::ReadOnly, &error);
        QVERIFY2(m_db, qPrintable(error));
        SqliteStatement drugs(connectionOf(*m_db), "SELECT source_path, id FROM drug");
        while (drugs.step())
            m_drugIds.insert(drugs.columnText(0), drugs.columnInt64(1));
    }

    void onlyPagesWithoutAMonographAreSkipped()
    {
        QStringList wronglySkipped, wronglyImported;
        for (const FileOutcome &file : std::as_const(m_report.files)) {
            const bool monograph = hasSectionLine(bodyLines(readPage(corpusDir() + QLatin1Char('/') + file.path)));
            const bool skipped = file.kind == FileOutcome::Kind::Skipped;
            if (monograph && skipped)
                wronglySkipped << file.path + QLatin1String(": ") + file.messages.value(0).text;
            if (!monograph && !skipped)
                wronglyImported << file.path;
        }
        QVERIFY2(wronglySkipped.isEmpty(), qPrintable(wronglySkipped.join(QLatin1Char('\n'))));
        QVERIFY2(wronglyImported.isEmpty(), qPrintable(wronglyImported.join(QLatin1Char('\n'))));
        QVERIFY(m_report.count(FileOutcome::Kind::Skipped) < m_report.files.size() / 50);
        QCOMPARE(m_drugIds.size(), m_report.files.size() - m_report.count(FileOutcome::Kind::Skipped));
    }

    void everyFaqItemBecomesAPair()
    {
        static const QRegularExpression faqHeading(QStringLiteral("^###\\s+FAQs\\s*$"));
        QStringList mismatches;
        int pages = 0;
        for (auto it = m_drugIds.cbegin(); it != m_drugIds.cend(); ++it) {
            const QString text = readPage(corpusDir() + QLatin1Char('/') + it.key());
            const QStringList all = text.split(QLatin1Char('\n'));
            for (int i = 0; i < all.size(); ++i) {
                if (!faqHeading.match(all.at(i)).hasMatch())
                    continue;
                ++pages;
                const int expected = countQuestionItems(all, i);
                SqliteStatement pairs(connectionOf(*m_db),
                                      "SELECT count(*) FROM faq f JOIN section s ON s.drug_id = f.drug_id AND "
                                      "s.position = f.section_position WHERE f.drug_id = ? AND s.line = ?");
                pairs.bind(1, it.value()).bind(2, qint64(i) + 1);
                pairs.step();
                if (pairs.columnInt64(0) != expected)
                    mismatches << QStringLiteral("%1:%2: %3 pairs, %4 question items")
                                      .arg(it.key())
                                      .arg(i + 1)
                                      .arg(pairs.columnInt64(0))
                                      .arg(expected);
            }
        }
        QVERIFY(pages > m_drugIds.size() * 9 / 10);
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n'))));
    }

    void everySectionIsFoundInItsPage()
    {
        QStringList problems;
        for (auto it = m_drugIds.cbegin(); it != m_drugIds.cend(); ++it) {
            const QString text = readPage(corpusDir() + QLatin1Char('/') + it.key());
            for (const Section &section : m_db->sections(it.value())) {
                for (const QString &line : section.markdown.split(QLatin1Char('\n'))) {
                    if (!text.contains(line))
                        problems << QStringLiteral("%1:%2: \"%3\"").arg(it.key()).arg(section.line).arg(line.left(60));
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
    }

    void nothingOnAPageIsDropped()
    {
        QStringList dropped;
        for (auto it = m_drugIds.cbegin(); it != m_drugIds.cend(); ++it) {
            const QString text = readPage(corpusDir() + QLatin1Char('/') + it.key());
            SqliteStatement title(connectionOf(*m_db), "SELECT title FROM drug WHERE id = ?");
            title.bind(1, it.value());
            title.step();
            QString stored = title.columnText(0);
            for (const Section &section : m_db->sections(it.value()))
                stored += section.ingredient + section.heading + section.markdown;
            const QString haystack = wordsOnly(stored);
            const QStringList lines = bodyLines(text);
            for (int i = 0; i < lines.size(); ++i) {
                const QString words = wordsOnly(lines.at(i));
                if (!words.isEmpty() && !haystack.contains(words))
                    dropped << QStringLiteral("%1: \"%2\"").arg(it.key(), lines.at(i).left(60));
            }
        }
        QVERIFY2(dropped.isEmpty(), qPrintable(dropped.mid(0, 20).join(QLatin1Char('\n'))));
    }

    void sideEffectsAreListedWithTheirGroups()
    {
        SqliteStatement counts(connectionOf(*m_db),
                               "SELECT count(*), count(DISTINCT drug_id), "
                               "(SELECT count(*) FROM side_effect e JOIN side_effect_group g ON g.id = e.group_id "
                               " WHERE g.name = 'Common') FROM side_effect");
        QVERIFY(counts.step());
        QVERIFY(counts.columnInt64(0) > m_drugIds.size() * 5);
        QVERIFY(counts.columnInt64(1) > m_drugIds.size() * 8 / 10);
        QVERIFY(counts.columnInt64(2) > 0);
    }

    void reimportChangesNothing()
    {
        qint64 rows = 0, bytes = 0;
        {
            // Finalised before its connection closes, which it would otherwise keep open.
            SqliteStatement before(connectionOf(*m_db), "SELECT count(*), sum(length(body)) FROM drug_text");
            before.step();
            rows = before.columnInt64(0);
            bytes = before.columnInt64(1);
        }
        m_db.reset();
        const ImportReport again = Importer::run({corpusDir(), database(), true});
        QVERIFY(again.succeeded());
        QCOMPARE(again.count(FileOutcome::Kind::Unchanged), int(rows));
        QCOMPARE(again.count(FileOutcome::Kind::Skipped), m_report.count(FileOutcome::Kind::Skipped));
        m_db = ContentDatabase::open(database(), ContentDatabase::Mode::ReadOnly, nullptr);
        SqliteStatement after(connectionOf(*m_db), "SELECT count(*), sum(length(body)) FROM drug_text");
        after.step();
        QCOMPARE(after.columnInt64(0), rows);
        QCOMPARE(after.columnInt64(1), bytes);
    }
};

QTEST_GUILESS_MAIN(TestCorpusImport)
#include "tst_corpusimport.moc"
