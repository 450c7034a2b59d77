// The window under a long session: ten thousand queries typed into the
// search field and a thousand drugs opened, from the results with Enter and
// from the list with a click, over a few hundred generated pages. Every
// opening must show the drug asked for, and the memory the process holds
// must level off once the caches are warm: what grows with every query or
// every page shown would, over a day's use, take the machine's memory.
#include "app/pagebrowser.h"
#include "search/searchresultsmodel.h"
#include "windowtesting.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QRandomGenerator>
#include <QTimer>

using namespace formulary;
using namespace formulary::testing;

namespace {

constexpr int kPages = 320;
constexpr int kQueries = 10000;
constexpr int kOpenings = 1000;
constexpr int kWarmUp = 500; // operations before the first measure
constexpr double kMostGrowth = 0.5;

const QStringList kStems = {"ab",  "bel", "cor", "dex", "ela", "fen", "gly", "hal", "ibu", "jor", "kel", "lor", "met",
                            "nap", "oxa", "pra", "qui", "ris", "ser", "tam", "ulo", "val", "wex", "xan", "yor", "zol"};
const QStringList kMiddles = {"a", "e", "i", "o", "u", "ar", "en", "ix", "op", "ul", "am", "et"};
const QStringList kEndings = {"mine", "zole", "pril",   "statin", "mab",    "cillin",
                              "pine", "done", "xetine", "lol",    "sartan", "tide"};
const QStringList kWords = {
    "headache",     "nausea",      "dizziness",    "kidney",   "liver",      "tablet",    "capsule",   "morning",
    "evening",      "infection",   "pressure",     "sugar",    "heart",      "rhythm",    "sleep",     "anxiety",
    "pain",         "fever",       "allergy",      "rash",     "stomach",    "bleeding",  "blood",     "vision",
    "muscle",       "joint",       "cramp",        "cough",    "breath",     "asthma",    "skin",      "weight",
    "appetite",     "thirst",      "urine",        "bone",     "nerve",      "memory",    "mood",      "receptor",
    "enzyme",       "hormone",     "dose",         "meal",     "water",      "alcohol",   "driving",   "pregnancy",
    "children",     "elderly",     "swelling",     "itching",  "tremor",     "fatigue",   "insomnia",  "sweating",
    "constipation", "diarrhoea",   "palpitations", "jaundice", "seizure",    "migraine",  "ulcer",     "reflux",
    "thyroid",      "cholesterol", "platelet",     "artery",   "vein",       "lung",      "bladder",   "prostate",
    "eczema",       "acne",        "psoriasis",    "glaucoma", "cataract",   "arthritis", "gout",      "angina",
    "stroke",       "embolism",    "anaemia",      "vitamin",  "mineral",    "calcium",   "potassium", "sodium",
    "magnesium",    "iron",        "zinc",         "steroid",  "antibiotic", "antiviral", "vaccine",   "injection",
    "syrup",        "drops",       "cream",        "inhaler",  "patch",      "gel",       "powder",    "lozenge",
    "spray"};
const QStringList kSideEffects = {"Drowsiness",   "Dry mouth", "Nausea",   "Headache", "Rash",     "Dizziness",
                                  "Constipation", "Diarrhoea", "Insomnia", "Tremor",   "Sweating", "Blurred vision",
                                  "Weight gain",  "Hair loss", "Cough",    "Fatigue",  "Itching",  "Palpitations"};
const QStringList kExtraSections = {"Interactions", "Storage", "Overdose", "Missed Dose", "Pregnancy"};

QString sentence(QRandomGenerator &random, int words)
{
    QStringList out;
    for (int i = 0; i < words; ++i)
        out.append(kWords.at(random.bounded(int(kWords.size()))));
    QString text = out.join(QLatin1Char(' ')) + QLatin1Char('.');
    text[0] = text.at(0).toUpper();
    return text;
}

QString paragraph(QRandomGenerator &random)
{
    QStringList sentences;
    for (int i = random.bounded(2, 6); i > 0; --i)
        sentences.append(sentence(random, random.bounded(5, 14)));
    return sentences.join(QLatin1Char(' '));
}

// A page whose sections, lengths and words vary with the random numbers.
QByteArray generatedPage(QRandomGenerator &random, const QString &title)
{
    QString text = QStringLiteral("---\nlayout: minimal-medicine\ntitle: %1\n---\n\n# %1\n").arg(title);
    if (random.bounded(3) > 0)
        text += QStringLiteral("### Generic Name\n%1\n\n").arg(random.bounded(2) ? title : title.toLower() + "um");
    text += QStringLiteral("### Usage\n\n%1\n\n").arg(paragraph(random));
    if (random.bounded(2))
        text += QStringLiteral(
                    "### Dosage\n\n| Patient | Dose |\n|---|---|\n| Adults | %1 mg |\n| Children | %2 mg |\n\n")
                    .arg(random.bounded(5, 500))
                    .arg(random.bounded(1, 100));
    text += QStringLiteral("### Side Effects\n\n**Common Side Effects:**\n\n");
    for (int i = random.bounded(2, 6); i > 0; --i)
        text += QStringLiteral("* %1\n").arg(kSideEffects.at(random.bounded(int(kSideEffects.size()))));
    text += QStringLiteral("\n### How it Works\n\n%1\n\n").arg(paragraph(random));
    if (random.bounded(2))
        text += QStringLiteral("### Precautions\n\n* **%1:** %2\n\n")
                    .arg(kWords.at(random.bounded(int(kWords.size()))), sentence(random, 8));
    for (const QString &extra : kExtraSections) {
        if (random.bounded(4) == 0)
            text += QStringLiteral("### %1\n\n%2\n\n").arg(extra, paragraph(random));
    }
    text += QStringLiteral("### FAQs\n\n");
    for (int i = random.bounded(1, 5); i > 0; --i)
        text += QStringLiteral("* **Q: Can I take %1 with %2?** A: %3\n")
                    .arg(title, kWords.at(random.bounded(int(kWords.size()))), sentence(random, 10));
    text += QStringLiteral("\n**Disclaimer:** This information is for educational purposes only.\n");
    return text.toUtf8();
}

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FORMULARY_ADDRESS_SANITIZER
#endif
#elif defined(__SANITIZE_ADDRESS__)
#define FORMULARY_ADDRESS_SANITIZER
#endif
#ifdef FORMULARY_ADDRESS_SANITIZER
// AddressSanitizer keeps freed memory aside, up to 256 MB by default, to
// catch its use: a session this long fills that, and the resident memory
// would measure it instead of what the program holds. A smaller quarantine
// still catches use soon after freeing. ASAN_OPTIONS goes on top of this.
extern "C" const char *__asan_default_options()
{
    return "quarantine_size_mb=16";
}
#endif

// The resident memory of this process, in KiB.
qint64 residentKiB()
{
    // Read whole: files in /proc have no size, so QFile::atEnd() holds at once.
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Runs the event loop, as the application would, until `done` holds: woken by
// what arrives (the search's results from its thread), or at the latest every
// few milliseconds. Objects deleted later are deleted, as the main loop would.
template<typename Done>
bool runUntil(Done done, int timeout = 10000)
{
    QElapsedTimer clock;
    clock.start();
    QTimer wake;
    wake.start(5);
    while (!done()) {
        if (clock.elapsed() > timeout)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

} // namespace

class TestWindowLoad : public QObject
{
    Q_OBJECT

private slots:
    void tenThousandQueriesAndAThousandDrugs()
    {
        QElapsedTimer total;
        total.start();
        WindowFixture fixture;
        QRandomGenerator random(20261206);
        QStringList titles;
        QSet<QString> taken;
        while (titles.size() < kPages) {
            QString title = kStems.at(random.bounded(int(kStems.size())))
                            + kMiddles.at(random.bounded(int(kMiddles.size())))
                            + kEndings.at(random.bounded(int(kEndings.size())));
            title[0] = title.at(0).toUpper();
            if (random.bounded(10) == 0 && !titles.isEmpty())
                title += QStringLiteral(" + ") + titles.at(random.bounded(int(titles.size())));
            if (taken.contains(title.toLower()))
                continue;
            taken.insert(title.toLower());
            titles.append(title);
            QString file = title.toLower();
            file.replace(QLatin1String(" + "), QLatin1String("-"));
            QVERIFY(
                fixture.writePage(QStringLiteral("%1/%2.md").arg(file.at(0)).arg(file), generatedPage(random, title)));
        }
        auto window = fixture.openWindow();
        QVERIFY(window);
        qInfo("%d pages imported and the window open in %lld ms", kPages, total.elapsed());

        QLineEdit *field = window->searchPanel()->searchField();
        QListView *view = window->searchPanel()->resultsView();
        auto *status = window->searchPanel()->findChild<QLabel *>(QStringLiteral("resultsStatus"));
        const auto searched = [status] { return status->text() != QStringLiteral("Searching…"); };

        // What a person types: words and titles, their beginnings, two words,
        // a section filter, and letters at random.
        QStringList vocabulary = kWords;
        for (const QString &title : std::as_const(titles))
            vocabulary += title.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        vocabulary.removeAll(QStringLiteral("+"));
        const auto query = [&random, &vocabulary]() -> QString {
            const QString &word = vocabulary.at(random.bounded(int(vocabulary.size())));
            const int kind = random.bounded(100);
            if (kind < 35)
                return word;
            if (kind < 65)
                return word.left(random.bounded(1, int(word.size()) + 1));
            if (kind < 75)
                return word + QLatin1Char(' ') + vocabulary.at(random.bounded(int(vocabulary.size())));
            if (kind < 80)
                return QStringLiteral("side: ") + word.left(random.bounded(3, int(word.size()) + 3));
            QString letters;
            for (int i = random.bounded(1, 9); i > 0; --i)
                letters += QChar(u'a' + random.bounded(26));
            return letters;
        };

        int queries = 0, openings = 0, byEnter = 0, byClick = 0;
        qint64 warm = -1;
        const int operations = kQueries + kOpenings;
        for (int op = 0; op < operations; ++op) {
            if (op == kWarmUp) {
                warm = residentKiB();
                qInfo("Resident memory after %d operations: %lld KiB (%lld ms)", kWarmUp, warm, total.elapsed());
            }
            // One opening in every eleven operations.
            if (op % 11 != 10) {
                field->clear();
                QTest::keyClicks(field, query());
                QVERIFY2(runUntil(searched), qPrintable(field->text()));
                ++queries;
                continue;
            }
            ++openings;
            if (openings % 2 == 0) {
                // Enter on a result of a title's beginning.
                const QString &title = titles.at(random.bounded(int(titles.size())));
                field->clear();
                QTest::keyClicks(field, title.left(random.bounded(3, int(title.size()) + 1)));
                QVERIFY2(runUntil(searched), qPrintable(field->text()));
                const QModelIndex current = view->currentIndex();
                QVERIFY2(current.isValid(), qPrintable(field->text()));
                const QString expected = current.data(SearchResultsModel::NameRole).toString();
                QTest::keyClick(field, Qt::Key_Return);
                QVERIFY2(runUntil([&] { return openTitle(*window) == expected; }), qPrintable(expected));
                ++byEnter;
            } else {
                // A click on a drug in the list of every drug.
                field->clear();
                QVERIFY(runUntil(searched));
                QVERIFY(view->model()->rowCount() > 0);
                const QModelIndex index = view->model()->index(random.bounded(view->model()->rowCount()), 0);
                view->scrollTo(index);
                const QString expected = index.data().toString();
                QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
                QVERIFY2(runUntil([&] { return openTitle(*window) == expected; }), qPrintable(expected));
                ++byClick;
            }
            // The page is laid out and painted, as on screen.
            window->monographView()->browser()->grab();
        }
        const qint64 end = residentKiB();
        qInfo("Resident memory at the end: %lld KiB (%+.1f%% since the warm-up); %d queries, %d drugs opened "
              "(%d with Enter, %d by a click) in %lld ms",
              end, 100.0 * double(end - warm) / double(warm), queries, openings, byEnter, byClick, total.elapsed());
        QCOMPARE(queries, kQueries);
        QCOMPARE(openings, kOpenings);
        QVERIFY(warm > 0);
        QVERIFY2(end <= warm * (1 + kMostGrowth),
                 qPrintable(QStringLiteral("%1 KiB after the warm-up, %2 KiB at the end").arg(warm).arg(end)));
    }
};

QTEST_MAIN(TestWindowLoad)
#include "tst_windowload.moc"
