// The side-effect index of a real corpus, checked against the pages' own
// text. The counts are read from the files line by line with patterns of
// the test's own, not with the parser: an independent witness.
#include "corpuspages.h"
#include "import/importer.h"
#include "store/contentdatabase.h"
#include "study/sideeffectindex.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QtTest>

using namespace formulary;
using namespace formulary::testing;

namespace {

// Splits at commas, semicolons and colons outside brackets.
QStringList pieces(const QString &text)
{
    QStringList parts{QString()};
    int depth = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')') && depth > 0)
            --depth;
        if (depth == 0 && (c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char(':')))
            parts.append(QString());
        else
            parts.last() += c;
    }
    return parts;
}

// A section's name as a bold label of its own line ("**Side Effects:**"),
// as pages that repeat sections per ingredient write them.
bool isSectionLabel(const QString &label)
{
    for (const char *name : {"usage", "uses", "dosage", "how it works", "mechanism", "precautions", "warnings",
                             "interactions", "faq", "generic name", "contraindications", "disclaimer"}) {
        if (label.startsWith(QLatin1String(name)))
            return true;
    }
    return false;
}

// What the items of a page's side-effect sections name, lower case, without
// brackets, markup or trailing punctuation: "* **Common:** Nausea, headaches."
// names "common", "nausea" and "headaches".
QSet<QString> sideEffectItems(const QString &path)
{
    static const QRegularExpression heading(QStringLiteral("^(#{1,6})\\s+(.*)$"));
    static const QRegularExpression item(QStringLiteral("^\\s*(?:[-*+]|\\d+[.)])\\s+(.*)$"));
    static const QRegularExpression brackets(QStringLiteral("\\([^)]*\\)?"));
    static const QRegularExpression joins(QStringLiteral("^(?:and|or)\\s+"));
    static const QRegularExpression boldLabel(QStringLiteral("^\\*\\*([^*]+?)\\*\\*\\s*:?\\s*(.*)$"));
    constexpr int kBoldSection = 7; // below every heading level
    QSet<QString> names;
    int sectionLevel = 0; // 0: outside a side-effect section
    for (const QString &line : readPage(path).split(QLatin1Char('\n'))) {
        if (const QRegularExpressionMatch match = heading.match(line); match.hasMatch()) {
            const int level = int(match.capturedLength(1));
            const QString title = match.captured(2).toLower();
            if (title.contains(QLatin1String("side effect")) || title.contains(QLatin1String("adverse")))
                sectionLevel = level;
            else if (sectionLevel > 0 && level <= sectionLevel)
                sectionLevel = 0;
            continue;
        }
        QString rest = line;
        if (const QRegularExpressionMatch match = boldLabel.match(line); match.hasMatch()) {
            const QString label = match.captured(1).toLower().remove(QLatin1Char(':')).trimmed();
            if (label.contains(QLatin1String("side effect")) || label.contains(QLatin1String("adverse"))) {
                if (sectionLevel == 0)
                    sectionLevel = kBoldSection;
                if (match.captured(2).isEmpty())
                    continue;
            } else if (sectionLevel == kBoldSection && isSectionLabel(label)) {
                sectionLevel = 0;
            }
        }
        if (sectionLevel == 0)
            continue;
        QString text;
        if (const QRegularExpressionMatch match = item.match(line); match.hasMatch())
            text = match.captured(1);
        else if (line.startsWith(QLatin1String("**")))
            text = line;
        else
            continue;
        text.remove(QLatin1String("**")).remove(QLatin1String("__")).remove(QLatin1Char('`'));
        // Each sentence apart: "Nausea, vomiting. These are often mild."
        static const QRegularExpression sentenceEnd(QStringLiteral("[.!?]\\s+(?=\\p{Lu})"));
        for (QString sentence : text.split(sentenceEnd)) {
            // "This includes nausea, diarrhea, or stomach pain": the list
            // after the verb.
            static const QRegularExpression lead(QStringLiteral("^[^()]*\\b(?:include[sd]?|including|such as)\\b"),
                                                 QRegularExpression::CaseInsensitiveOption);
            sentence.remove(lead);
            // Lists are of short items; a long piece is prose, which names
            // its side effects in sentences (not counted by either side).
            const QStringList parts = pieces(sentence);
            if (std::any_of(parts.cbegin(), parts.cend(), [](QString part) {
                    return part.remove(brackets).simplified().count(QLatin1Char(' ')) >= 10;
                }))
                continue;
            for (QString piece : parts) {
                // "Alopecia (hair loss)" also pairs the two names.
                static const QRegularExpression named(QStringLiteral("^([^()]+)\\(([^()]+)\\)\\s*[.!?]?$"));
                if (const QRegularExpressionMatch pair = named.match(piece.simplified()); pair.hasMatch())
                    names.insert(QStringLiteral("%1\n%2").arg(pair.captured(1).simplified().toLower(),
                                                              pair.captured(2).simplified().toLower()));
                piece = piece.remove(brackets).simplified().toLower();
                piece.remove(joins);
                while (!piece.isEmpty() && QStringLiteral(".!?*_").contains(piece.back()))
                    piece.chop(1);
                if (!piece.isEmpty())
                    names.insert(piece.trimmed());
            }
        }
    }
    return names;
}

// The ways a term's name is written: as it is, and in the plural.
QSet<QString> writtenForms(const QStringList &names)
{
    QSet<QString> forms;
    for (const QString &name : names) {
        forms << name << name + QLatin1Char('s') << name + QLatin1String("es");
        if (name.endsWith(QLatin1Char('y')))
            forms << name.chopped(1) + QLatin1String("ies");
    }
    return forms;
}

} // namespace

class TestSideEffectCorpus : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ContentDatabase> m_db;
    struct Page
    {
        QString path;
        QString slug;
        QSet<QString> items; // what its side-effect items name
    };
    QList<Page> m_pages;

private slots:
    void initTestCase()
    {
        if (!QFileInfo(corpusDir()).isDir())
            QSKIP("no corpus folder; set FORMULARY_CORPUS_DIR at configure time to run these tests");
        const QString database = m_dir.filePath(QStringLiteral("corpus.sqlite"));
        const ImportReport report = Importer::run({corpusDir(), database, false});
        QVERIFY2(report.succeeded(), qPrintable(report.error));
        QString error;
        m_db = ContentDatabase::open(database, ContentDatabase::Mode::ReadOnly, &error);
        QVERIFY2(m_db, qPrintable(error));
        for (const FileOutcome &file : report.files) {
            if (file.kind != FileOutcome::Kind::Skipped)
                m_pages.append({file.path, file.slug, sideEffectItems(corpusDir() + QLatin1Char('/') + file.path)});
        }
    }

    // For a dozen common side effects, the drugs the index says list each,
    // against the pages whose side-effect items name it or a name the
    // index folded into it.
    void commonTermsAreCountedAsThePagesListThem_data()
    {
        QTest::addColumn<QString>("term");
        for (const char *term : {"nausea", "headache", "dizziness", "vomiting", "diarrhea", "constipation", "fatigue",
                                 "drowsiness", "insomnia", "abdominal pain", "dry mouth", "blurred vision"})
            QTest::newRow(term) << QString::fromLatin1(term);
    }

    void commonTermsAreCountedAsThePagesListThem()
    {
        QFETCH(QString, term);
        const QStringList family = m_db->sideEffectTermFamily(term);
        QVERIFY2(!family.isEmpty(), qPrintable(term));
        const SideEffectIndex index = SideEffectIndex::load(*m_db);
        const int found = index.indexOf(family.first());
        QVERIFY(found >= 0);
        const int indexed = index.terms().at(found).drugs;

        const QSet<QString> forms = writtenForms(family);
        QSet<QString> listing;
        for (const SideEffectListing &listed : m_db->sideEffectListings(family.first(), 0, indexed))
            listing.insert(listed.drugSlug);
        int counted = 0;
        QStringList disagreeing; // the pages to read when the two differ
        for (const Page &page : std::as_const(m_pages)) {
            const bool named = page.items.intersects(forms);
            counted += named ? 1 : 0;
            if (named != listing.contains(page.slug))
                disagreeing << page.path + (named ? QStringLiteral(" (pages only)") : QStringLiteral(" (index only)"));
        }
        qInfo("%s: index %d drugs, pages %d (%s)", qPrintable(term), indexed, counted,
              qPrintable(family.join(QStringLiteral(", "))));
        QVERIFY2(std::abs(indexed - counted) * 100 <= counted,
                 qPrintable(QStringLiteral("%1: the index counts %2 drugs, the pages %3; they differ on\n%4")
                                .arg(term)
                                .arg(indexed)
                                .arg(counted)
                                .arg(disagreeing.join(QLatin1Char('\n')))));
    }

    // Every fold can be traced: to pages that pair the two names themselves
    // ("Alopecia (hair loss)"), or to a line of the reviewed table.
    void everySynonymIsTracedToItsEvidence()
    {
        QFile tableFile(QStringLiteral(FORMULARY_DATA_DIR "/side-effect-synonyms.tsv"));
        QVERIFY(tableFile.open(QIODevice::ReadOnly));
        const QString table = QString::fromUtf8(tableFile.readAll());
        const QList<SideEffectSynonymRecord> synonyms = m_db->sideEffectSynonyms();
        QVERIFY(!synonyms.isEmpty());
        int fromPages = 0;
        int traced = 0;
        QStringList untraced;
        for (const SideEffectSynonymRecord &synonym : synonyms) {
            if (synonym.evidence == QLatin1String("table")) {
                const bool listed = table.contains(QStringLiteral("add\t%1\t%2").arg(synonym.variant, synonym.via))
                                    || table.contains(QStringLiteral("add\t%1\t%2").arg(synonym.via, synonym.variant));
                QVERIFY2(listed, qPrintable(synonym.variant + QLatin1String(" / ") + synonym.via));
                continue;
            }
            QCOMPARE(synonym.evidence, QStringLiteral("pages"));
            QVERIFY(synonym.pages >= 3);
            // The pages that write one name with the other in brackets, as
            // the test reads their items.
            QSet<QString> pairs;
            for (const QString &a : writtenForms({synonym.variant})) {
                for (const QString &b : writtenForms({synonym.via}))
                    pairs << a + QLatin1Char('\n') + b << b + QLatin1Char('\n') + a;
            }
            const int pages = int(std::count_if(m_pages.cbegin(), m_pages.cend(),
                                                [&pairs](const Page &page) { return page.items.intersects(pairs); }));
            if (pages >= 3)
                ++traced;
            else
                untraced << QStringLiteral("%1 / %2 (%3 pages by the index, %4 by the test)")
                                .arg(synonym.variant, synonym.via)
                                .arg(synonym.pages)
                                .arg(pages);
            ++fromPages;
        }
        qInfo("%d folds from pages (%d traced to three pages or more by the test), %d from the table", fromPages,
              traced, int(synonyms.size()) - fromPages);
        qInfo("%s", qPrintable(untraced.mid(0, 10).join(QLatin1Char('\n'))));
        // Names written differently from their term ("Pruritus (itchiness)"
        // folded as "itchiness") escape the test's simple reading; nearly
        // every fold must not.
        QVERIFY2(traced >= fromPages * 9 / 10, qPrintable(untraced.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestSideEffectCorpus)
#include "tst_sideeffectcorpus.moc"
