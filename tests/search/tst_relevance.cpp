// Search relevance on an import of the shared corpus, as bench/relevance
// measures it, held above floors: "NAME topic" puts the drug first, opened
// on its section, better than a plain FTS5 bm25 baseline over the same
// pages; a distinctive phrase finds its page about as well as the baseline;
// the commonest words' top 50 are those of scoring every match. Skipped when
// the corpus folder is absent.
#include "import/importer.h"
#include "relevancemeasure.h"
#include "store/contentdatabase.h"

#include <QtTest>

using namespace formulary;

class TestRelevance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    RelevanceFigures m_figures;

    const RelevanceFigures::Set &set(const QString &name) const
    {
        static const RelevanceFigures::Set none;
        for (const RelevanceFigures::Set &set : m_figures.sets) {
            if (set.name == name)
                return set;
        }
        return none;
    }

private slots:
    void initTestCase()
    {
        const QString corpus = QString::fromUtf8(FORMULARY_CORPUS_DIR);
        if (!QFileInfo(corpus).isDir())
            QSKIP("no corpus folder; set FORMULARY_CORPUS_DIR at configure time to run these tests");
        const QString path = m_dir.filePath(QStringLiteral("corpus.sqlite"));
        const ImportReport report = Importer::run({corpus, path, false});
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QString error;
        const auto database = ContentDatabase::open(path, ContentDatabase::Mode::ReadOnly, &error);
        QVERIFY2(database, qPrintable(error));
        m_figures = measureRelevance(*database, 300);
        QVERIFY2(m_figures.error.isEmpty(), qPrintable(m_figures.error));
        qInfo("\n%s", qPrintable(describe(m_figures)));
    }

    void aDrugAndATopicBeatTheBaseline_data()
    {
        QTest::addColumn<QString>("set");
        for (const char *name : {"NAME dose", "NAME side effects", "NAME how it works", "NAME uses"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void aDrugAndATopicBeatTheBaseline()
    {
        QFETCH(QString, set);
        const RelevanceFigures::Set &figures = this->set(set);
        QVERIFY(figures.queries >= 250);
        QVERIFY2(figures.successAt1() >= 0.97, qPrintable(QString::number(figures.successAt1())));
        QVERIFY(figures.successAt1() >= figures.baselineSuccessAt1());
        QVERIFY(figures.mrr() >= figures.baselineMrr());
        QVERIFY2(figures.onSection >= figures.queries * 97 / 100, qPrintable(QString::number(figures.onSection)));
    }

    void aDistinctivePhraseFindsItsPage()
    {
        const RelevanceFigures::Set &figures = set(QStringLiteral("distinctive phrase"));
        QVERIFY(figures.queries >= 200);
        QVERIFY2(figures.successAt3() >= 0.80, qPrintable(QString::number(figures.successAt3())));
        QVERIFY(figures.successAt3() >= figures.baselineSuccessAt3() - 0.03);
    }

    void theCommonestWordsAreRankedExactly()
    {
        QVERIFY(m_figures.frequentWords >= 20);
        QCOMPARE(m_figures.frequentWordsExact, m_figures.frequentWords);
    }
};

QTEST_GUILESS_MAIN(TestRelevance)
#include "tst_relevance.moc"
