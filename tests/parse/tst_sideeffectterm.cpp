// Side effects as the index knows them: terms folded from the text as
// written, qualifiers and stated synonyms kept apart, and what a group label
// says about frequency, body system, ingredient and notes.
#include "parse/pageparser.h"
#include "parse/sideeffectterm.h"
#include "parse/synonymtable.h"

#include <QFile>
#include <QtTest>

using namespace formulary;

class TestSideEffectTerm : public QObject
{
    Q_OBJECT

private slots:
    void termKeys_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("term");
        QTest::addColumn<QString>("qualifier");
        QTest::addColumn<QString>("synonym");
        QTest::addColumn<QString>("name");
        QTest::newRow("list in brackets") << "Allergic reactions (rash, itching, swelling)"
                                          << "allergic reaction"
                                          << "rash, itching, swelling"
                                          << ""
                                          << "Allergic reactions";
        QTest::newRow("stated synonym") << "Alopecia (hair loss)"
                                        << "alopecia"
                                        << "hair loss"
                                        << "hair loss"
                                        << "Alopecia";
        QTest::newRow("stated the other way") << "Hair loss (alopecia)."
                                              << "hair loss"
                                              << "alopecia"
                                              << "alopecia"
                                              << "Hair loss";
        QTest::newRow("lay name") << "hypotension (low blood pressure)"
                                  << "hypotension"
                                  << "low blood pressure"
                                  << "low blood pressure"
                                  << "hypotension";
        QTest::newRow("a circumstance") << "Dependence (with long-term use)"
                                        << "dependence"
                                        << "with long-term use"
                                        << ""
                                        << "Dependence";
        QTest::newRow("including") << "Severe allergic reactions (including anaphylaxis)"
                                   << "severe allergic reaction"
                                   << "including anaphylaxis"
                                   << ""
                                   << "Severe allergic reactions";
        QTest::newRow("explanation after a colon") << "Headache: usually mild"
                                                   << "headache"
                                                   << "usually mild"
                                                   << ""
                                                   << "Headache";
        QTest::newRow("explanation after a dash") << "Rash — stop the medicine"
                                                  << "rash"
                                                  << "stop the medicine"
                                                  << ""
                                                  << "Rash";
        QTest::newRow("plural") << "Headaches."
                                << "headache"
                                << ""
                                << ""
                                << "Headaches";
        QTest::newRow("plural in -es") << "Rashes"
                                       << "rash"
                                       << ""
                                       << ""
                                       << "Rashes";
        QTest::newRow("plural in -ies") << "Allergies"
                                        << "allergy"
                                        << ""
                                        << ""
                                        << "Allergies";
        QTest::newRow("aches") << "Muscle aches"
                               << "muscle ache"
                               << ""
                               << ""
                               << "Muscle aches";
        QTest::newRow("itches") << "itches"
                                << "itch"
                                << ""
                                << ""
                                << "itches";
        QTest::newRow("abscesses") << "Abscesses"
                                   << "abscess"
                                   << ""
                                   << ""
                                   << "Abscesses";
        QTest::newRow("-ness") << "Dizziness"
                               << "dizziness"
                               << ""
                               << ""
                               << "Dizziness";
        QTest::newRow("-sis") << "Psoriasis"
                              << "psoriasis"
                              << ""
                              << ""
                              << "Psoriasis";
        QTest::newRow("-us") << "Tetanus"
                             << "tetanus"
                             << ""
                             << ""
                             << "Tetanus";
        QTest::newRow("singular in -s") << "Diabetes"
                                        << "diabetes"
                                        << ""
                                        << ""
                                        << "Diabetes";
        QTest::newRow("accents and case") << "Café-au-lait SPOTS"
                                          << "cafe-au-lait spot"
                                          << ""
                                          << ""
                                          << "Café-au-lait SPOTS";
        QTest::newRow("markup and punctuation") << "*Drowsiness*;"
                                                << "drowsiness"
                                                << ""
                                                << ""
                                                << "*Drowsiness";
        QTest::newRow("numbers stay") << "COVID-19 symptoms"
                                      << "covid-19 symptom"
                                      << ""
                                      << ""
                                      << "COVID-19 symptoms";
        QTest::newRow("leading and") << "and vomiting"
                                     << "vomiting"
                                     << ""
                                     << ""
                                     << "and vomiting";
    }

    void termKeys()
    {
        QFETCH(QString, text);
        QFETCH(QString, term);
        QFETCH(QString, qualifier);
        QFETCH(QString, synonym);
        QFETCH(QString, name);
        QString gotQualifier, gotSynonym, gotName;
        QCOMPARE(sideEffectTermKey(text, &gotQualifier, &gotSynonym, &gotName), term);
        QCOMPARE(gotQualifier, qualifier);
        QCOMPARE(gotSynonym, synonym);
        QCOMPARE(gotName, name);
    }

    void aPluralAndItsSingularShareTheirTerm()
    {
        const QStringList pairs = {"headache", "headaches", "rash",    "rashes",    "allergy",   "allergies", "hive",
                                   "hives",    "itch",      "itches",  "cramp",     "cramps",    "bruise",    "bruises",
                                   "reflex",   "reflexes",  "abscess", "abscesses", "nosebleed", "nosebleeds"};
        for (int i = 0; i < pairs.size(); i += 2)
            QCOMPARE(sideEffectTermKey(pairs.at(i + 1)), sideEffectTermKey(pairs.at(i)));
    }

    void labels_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("frequency");
        QTest::addColumn<QString>("band");
        QTest::addColumn<QString>("bodySystem");
        QTest::addColumn<bool>("note");
        QTest::newRow("common") << "Common"
                                << "common"
                                << ""
                                << "" << false;
        QTest::newRow("common, over 10%") << "Common (>10%)"
                                          << "common"
                                          << ">10%"
                                          << "" << false;
        QTest::newRow("in words") << "Common (occurring in more than 10% of patients) can"
                                  << "common"
                                  << ">10%"
                                  << "" << false;
        QTest::newRow("at least") << "Common (≥10%)"
                                  << "common"
                                  << ">10%"
                                  << "" << false;
        QTest::newRow("band alone") << "occurring in 1-10% of patients"
                                    << "common"
                                    << "1-10%"
                                    << "" << false;
        QTest::newRow("en dash") << "Less Common (1–10%)"
                                 << "less-common"
                                 << "1-10%"
                                 << "" << false;
        QTest::newRow("less common but serious") << "Less Common but Serious"
                                                 << "serious"
                                                 << ""
                                                 << "" << false;
        QTest::newRow("potentially serious") << "Less common, but potentially serious,"
                                             << "serious"
                                             << ""
                                             << "" << false;
        QTest::newRow("serious but less common") << "Serious (but less common)"
                                                 << "serious"
                                                 << ""
                                                 << "" << false;
        QTest::newRow("rare") << "Rare (<1%)"
                              << "rare"
                              << "<1%"
                              << "" << false;
        QTest::newRow("post-marketing") << "<1% (post-marketing and/or case reports)"
                                        << "rare"
                                        << "<1%"
                                        << "" << false;
        QTest::newRow("case reports alone") << "Post-marketing reports"
                                            << "unspecified"
                                            << "post-marketing"
                                            << "" << false;
        QTest::newRow("body system") << "Gastrointestinal issues"
                                     << "unspecified"
                                     << ""
                                     << "gastrointestinal" << false;
        QTest::newRow("nervous system") << "Nervous System"
                                        << "unspecified"
                                        << ""
                                        << "nervous system" << false;
        QTest::newRow("common skin") << "Common skin reactions"
                                     << "common"
                                     << ""
                                     << "skin" << false;
        QTest::newRow("note") << "Note"
                              << "unspecified"
                              << ""
                              << "" << true;
        QTest::newRow("important note") << "Important Note"
                                        << "unspecified"
                                        << ""
                                        << "" << true;
        QTest::newRow("important") << "Important"
                                   << "unspecified"
                                   << ""
                                   << "" << true;
        QTest::newRow("none") << ""
                              << "unspecified"
                              << ""
                              << "" << false;
    }

    void labels()
    {
        QFETCH(QString, label);
        QFETCH(QString, frequency);
        QFETCH(QString, band);
        QFETCH(QString, bodySystem);
        QFETCH(bool, note);
        const SideEffectLabel classified = classifySideEffectLabel(label, {QStringLiteral("examplamine")});
        QCOMPARE(sideEffectFrequencyName(classified.frequency), frequency);
        QCOMPARE(sideEffectBandName(classified.band), band);
        QCOMPARE(classified.bodySystem, bodySystem);
        QCOMPARE(classified.isNote, note);
        QCOMPARE(sideEffectFrequencyFromName(frequency), classified.frequency);
        QCOMPARE(sideEffectBandFromName(band), classified.band);
    }

    void ingredientsOfACombination()
    {
        const QStringList ingredients = titleIngredients(QStringLiteral("Metformin + Sitagliptin [Janumet] (Oral)"));
        QCOMPARE(ingredients, QStringList({"metformin", "sitagliptin"}));
        QCOMPARE(classifySideEffectLabel(QStringLiteral("Metformin:"), ingredients).ingredient, QString());
        QCOMPARE(classifySideEffectLabel(QStringLiteral("Metformin"), ingredients).ingredient,
                 QStringLiteral("metformin"));
        QCOMPARE(classifySideEffectLabel(QStringLiteral("Sitagliptin side effects"), ingredients).ingredient,
                 QStringLiteral("sitagliptin"));
        // One drug is no combination.
        QCOMPARE(classifySideEffectLabel(QStringLiteral("Clonazepam"), titleIngredients(QStringLiteral("Clonazepam")))
                     .ingredient,
                 QString());
        // A per-ingredient section names its ingredient.
        QCOMPARE(normaliseSideEffect(QStringLiteral("Nausea"), QString(), QStringLiteral("Sitagliptin"), ingredients)
                     .ingredient,
                 QStringLiteral("sitagliptin"));
    }

    void notesAndSentencesAreNotTerms()
    {
        const QStringList none;
        QVERIFY(
            normaliseSideEffect(QStringLiteral("Take with food."), QStringLiteral("Important Note"), QString(), none)
                .isNote);
        QVERIFY(normaliseSideEffect(QStringLiteral("Contact your doctor if you notice any unusual bleeding or bruising "
                                                   "while taking this medicine"),
                                    QStringLiteral("Common"), QString(), none)
                    .isNote);
        QVERIFY(!normaliseSideEffect(QStringLiteral("Unusual bleeding or bruising"), QStringLiteral("Common"),
                                     QString(), none)
                     .isNote);
        QVERIFY(normaliseSideEffect(QStringLiteral("(see above)."), QStringLiteral("Common"), QString(), none).isNote);
    }

    // Items as pages write them, through the parser: lines, groups, runs
    // under their own label, per-ingredient sections.
    void fromAPage()
    {
        const QByteArray page = "---\ntitle: Alpha + Beta\n---\n# Alpha + Beta\n### Side Effects\n\n"
                                "**Common Side Effects (>10%):**\n\n"
                                "* Headaches\n"
                                "* Alopecia (hair loss)\n"
                                "* Gastrointestinal: loss of appetite, nausea, gas\n\n"
                                "**Important Note:** Take it with food.\n\n"
                                "**Beta:**\n\n"
                                "* Rash\n";
        const ParseResult parsed = PageParser::parse(page, QStringLiteral("alpha-beta"));
        QVERIFY(!parsed.skipped);
        const QList<SideEffect> effects = parsed.monograph.sideEffects();
        QStringList seen;
        for (const SideEffect &effect : effects)
            seen << QStringLiteral("%1|%2|%3|%4|%5|%6")
                        .arg(effect.normalised.term, effect.group, sideEffectFrequencyName(effect.normalised.frequency),
                             effect.normalised.bodySystem, effect.normalised.ingredient)
                        .arg(effect.line);
        QCOMPARE(seen,
                 QStringList({"headache|Common (>10%)|common|||9", "alopecia|Common (>10%)|common|||10",
                              "loss of appetite|Common (>10%) — Gastrointestinal|common|gastrointestinal||11",
                              "nausea|Common (>10%) — Gastrointestinal|common|gastrointestinal||11",
                              "gas|Common (>10%) — Gastrointestinal|common|gastrointestinal||11",
                              "take it with food|Important Note|unspecified|||13", "rash|Beta|unspecified||beta|17"}));
        QVERIFY(effects.at(5).normalised.isNote);
    }

    // Item shapes the real pages use, each with the terms it lists.
    void itemShapes_data()
    {
        QTest::addColumn<QString>("item");
        QTest::addColumn<QStringList>("terms");
        QTest::newRow("two short parts") << "* Nausea, vomiting" << QStringList{"nausea", "vomiting"};
        QTest::newRow("one with its explanation") << "* Headache, usually mild" << QStringList{"headache"};
        QTest::newRow("a bold name over its explanation")
            << "* **Nausea:** Less common but possible." << QStringList{"nausea"};
        QTest::newRow("a bold name over a sentence")
            << "* **Headache:** Although rare, some individuals may experience headaches." << QStringList{"headache"};
        QTest::newRow("a body system over one") << "* Ophthalmic: Blurred vision." << QStringList{"blurred vision"};
        QTest::newRow("a sentence that lists")
            << "* **Common:** These can include dizziness, drowsiness, and nausea. Call your doctor if they last."
            << QStringList{"dizziness", "drowsiness", "nausea"};
        QTest::newRow("a list then a sentence")
            << "* Nausea, vomiting, diarrhea. These are usually mild." << QStringList{"nausea", "vomiting", "diarrhea"};
        QTest::newRow("a frequency opening a sentence") << "* **Common:** Upset stomach, nausea. Rarely, skin rash."
                                                        << QStringList{"upset stomach", "nausea", "skin rash"};
        QTest::newRow("a bold name over its explanation")
            << "* **Headache:**\n  * Often mild, and it usually settles within a few days of starting."
            << QStringList{"headache"};
        QTest::newRow("a bold name over its frequency")
            << "* **Nausea:** Less common, but possible." << QStringList{"nausea"};
        QTest::newRow("a long name among short ones")
            << "* Increased serum lipase and amylase levels (pancreatic enzymes), nausea, diarrhea, gastritis"
            << QStringList{"increased serum lipase and amylase level", "nausea", "diarrhea", "gastritis"};
        QTest::newRow("a list under sentences that mention reporting")
            << "They are usually mild. However, it is important to report them to a doctor. These can include:\n\n"
               "* Constipation\n* Diarrhea"
            << QStringList{"constipation", "diarrhea"};
        QTest::newRow("a qualifying comma")
            << "* Hypoglycemia (low blood sugar), especially if meals are missed" << QStringList{"hypoglycemia"};
    }

    void itemShapes()
    {
        QFETCH(QString, item);
        QFETCH(QStringList, terms);
        const QByteArray page =
            ("---\ntitle: Alpha\n---\n# Alpha\n### Side Effects\n\n" + item + QStringLiteral("\n")).toUtf8();
        const ParseResult parsed = PageParser::parse(page, QStringLiteral("alpha"));
        QStringList seen;
        for (const SideEffect &effect : parsed.monograph.sideEffects()) {
            if (!effect.normalised.isNote)
                seen << effect.normalised.term;
        }
        QCOMPARE(seen, terms);
    }

    void theReviewedTableReads()
    {
        QFile file(QStringLiteral(FORMULARY_DATA_DIR "/side-effect-synonyms.tsv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<ParseMessage> errors;
        const SynonymTable table = SynonymTable::parse(file.readAll(), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).text));
        QVERIFY(table.version >= 1);
        QVERIFY(table.added.contains({QStringLiteral("diarrhoea"), QStringLiteral("diarrhea")}));
        QVERIFY(table.removed.contains({QStringLiteral("edema"), QStringLiteral("swelling")}));

        const SynonymTable bad = SynonymTable::parse("version\t2\nadd\tonly one\nmerge\ta\tb\n", &errors);
        QCOMPARE(bad.version, 2);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).line, 2);
        QCOMPARE(errors.at(1).line, 3);
    }
};

QTEST_GUILESS_MAIN(TestSideEffectTerm)
#include "tst_sideeffectterm.moc"
