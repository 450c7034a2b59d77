// The side-effect browser's models on their own: the terms, and a term's
// listings read a chunk at a time, each under QAbstractItemModelTester.
#include "study/sideeffectlistingmodel.h"
#include "study/sideeffecttermmodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace formulary;

namespace {

// `count` listings, one a drug, in drug order.
QList<SideEffectListing> listings(int offset, int count, int total)
{
    QList<SideEffectListing> chunk;
    for (int i = offset; i < std::min(offset + count, total); ++i) {
        SideEffectListing listing;
        listing.drugId = i + 1;
        listing.drugTitle = QStringLiteral("Drug %1").arg(i, 4, 10, QLatin1Char('0'));
        listing.drugSlug = QStringLiteral("drug-%1").arg(i);
        listing.effect.text = QStringLiteral("Nausea");
        listing.effect.line = 10 + i;
        chunk.append(listing);
    }
    return chunk;
}

} // namespace

class TestSideEffectModels : public QObject
{
    Q_OBJECT

private slots:
    void listingsAreReadAsTheViewScrolls()
    {
        // The tester reads more on every change it sees, as a view scrolled
        // to the end would: it checks a model of its own.
        SideEffectListingModel tested;
        QAbstractItemModelTester tester(&tested, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tested.setFetch([](int offset, int count) { return listings(offset, count, 450); });
        tested.fetchAll();
        QCOMPARE(tested.rowCount(), 450);

        SideEffectListingModel model;
        constexpr int total = 450;
        int reads = 0;
        model.setFetch([&reads](int offset, int count) {
            ++reads;
            return listings(offset, count, total);
        });
        QCOMPARE(model.rowCount(), SideEffectListingModel::Chunk);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * SideEffectListingModel::Chunk);
        model.fetchAll();
        QCOMPARE(model.rowCount(), total);
        QVERIFY(!model.canFetchMore({}));
        const int readsSoFar = reads;
        model.fetchMore({});
        QCOMPARE(reads, readsSoFar);
        QCOMPARE(model.index(449, SideEffectListingModel::DrugColumn).data().toString(), QStringLiteral("Drug 0449"));
        QCOMPARE(model.index(449, SideEffectListingModel::TextColumn).data().toString(),
                 QStringLiteral("Nausea (line 459)"));
        QCOMPARE(model.index(3, 0).data(SideEffectListingModel::SlugRole).toString(), QStringLiteral("drug-3"));

        // A short list is read at once.
        model.setFetch([](int offset, int count) { return listings(offset, count, 5); });
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(!model.canFetchMore({}));
    }

    void termsShowTheirOtherNamesAndCounts()
    {
        SideEffectTermModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SideEffectTermRecord alopecia;
        alopecia.key = QStringLiteral("alopecia");
        alopecia.name = QStringLiteral("Alopecia");
        alopecia.drugs = 60;
        alopecia.common = 35;
        alopecia.serious = 11;
        alopecia.synonyms = {QStringLiteral("hair loss")};
        SideEffectTermRecord nausea;
        nausea.key = QStringLiteral("nausea");
        nausea.name = QStringLiteral("Nausea");
        nausea.drugs = 1000;
        model.setTerms({nausea, alopecia});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, SideEffectTermModel::TermColumn).data().toString(),
                 QStringLiteral("Alopecia (also: hair loss)"));
        QCOMPARE(model.index(1, SideEffectTermModel::SeriousColumn).data().toInt(), 11);
        QCOMPARE(model.index(1, 0).data(SideEffectTermModel::FilterTextRole).toString(),
                 QStringLiteral("alopecia hair loss"));
        QCOMPARE(model.rowOf(QStringLiteral("alopecia")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("hair loss")), -1);
    }
};

QTEST_GUILESS_MAIN(TestSideEffectModels)
#include "tst_sideeffectmodels.moc"
