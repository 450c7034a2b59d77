// Parser tests on small pages written for the tests, one per shape the
// format takes.
#include "parse/markdown.h"
#include "parse/pageparser.h"
#include "parse/sectionkind.h"

#include <QtTest>

using namespace formulary;

namespace {

ParseResult parse(const char *text)
{
    return PageParser::parse(QByteArray(text), QStringLiteral("test"));
}

QStringList kinds(const Monograph &monograph)
{
    QStringList names;
    for (const Section &section : monograph.sections)
        names.append(sectionKindName(section.kind));
    return names;
}

const Section *firstOfKind(const Monograph &monograph, SectionKind kind)
{
    for (const Section &section : monograph.sections) {
        if (section.kind == kind)
            return &section;
    }
    return nullptr;
}

const char kStandardPage[] = R"(---
layout: minimal-medicine
title: Examplamine
nav_exclude: true
---

# Examplamine
### Generic Name
Examplamine

### Usage

Examplamine treats imaginary headaches.

### Dosage

* **Adults:** 10 mg once daily.

### Side Effects

**Common Side Effects:**

* Drowsiness
* Dry mouth (xerostomia)

**Less Common but Serious Side Effects:**

* Fainting

### How it Works

It blocks pretend receptors.

### Precautions

* **Pregnancy:** Ask a doctor.

### FAQs

* **Q: Can I drive?** A: Not until you know how it affects you.

* **Q: Can I drink alcohol?** A:  No.

**Disclaimer:** This information is for educational purposes only.
)";

} // namespace

class TestPageParser : public QObject
{
    Q_OBJECT

private slots:
    void standardPage()
    {
        const ParseResult result = parse(kStandardPage);
        QVERIFY(!result.skipped);
        const Monograph &m = result.monograph;
        QCOMPARE(m.title, QStringLiteral("Examplamine"));
        QCOMPARE(kinds(m), QStringList({"generic-name", "usage", "dosage", "side-effects", "how-it-works",
                                        "precautions", "faqs", "disclaimer"}));
        QCOMPARE(m.frontMatter.size(), 3);
        QCOMPARE(m.frontMatter.at(2), qMakePair(QStringLiteral("nav_exclude"), QStringLiteral("true")));
        QCOMPARE(m.genericName(), QStringLiteral("Examplamine"));
        QCOMPARE(firstOfKind(m, SectionKind::Usage)->markdown,
                 QStringLiteral("Examplamine treats imaginary headaches."));
        QCOMPARE(firstOfKind(m, SectionKind::Usage)->line, 11);
        QCOMPARE(firstOfKind(m, SectionKind::Disclaimer)->markdown,
                 QStringLiteral("This information is for educational purposes only."));
        QVERIFY2(m.warnings.isEmpty(), qPrintable(m.warnings.value(0).text));
    }

    void faqsStandardShape()
    {
        const QList<Faq> faqs = parse(kStandardPage).monograph.faqs();
        QCOMPARE(faqs.size(), 2);
        QCOMPARE(faqs.at(0).question, QStringLiteral("Can I drive?"));
        QCOMPARE(faqs.at(0).answer, QStringLiteral("Not until you know how it affects you."));
        QCOMPARE(faqs.at(1).answer, QStringLiteral("No."));
        QCOMPARE(faqs.at(0).line, 40);
    }

    void sideEffectGroups()
    {
        const QList<SideEffect> effects = parse(kStandardPage).monograph.sideEffects();
        QCOMPARE(effects.size(), 3);
        QCOMPARE(effects.at(0).text, QStringLiteral("Drowsiness"));
        QCOMPARE(effects.at(0).group, QStringLiteral("Common"));
        QCOMPARE(effects.at(1).text, QStringLiteral("Dry mouth (xerostomia)"));
        QCOMPARE(effects.at(2).text, QStringLiteral("Fainting"));
        QCOMPARE(effects.at(2).group, QStringLiteral("Less Common but Serious"));
    }

    void sideEffectLabelledRuns()
    {
        const ParseResult result = parse(
            "# X\n### Side Effects\n\n"
            "* **Common:** Drowsiness, dizziness (mild), and headache.\n"
            "* **Less Common but Serious:** Seizures.\n\n"
            "Common side effects (more than 10%) include:\n\n* Nausea\n\n"
            "**Note:** Call your doctor if any of these effects persist for more than a few days or get worse.\n");
        const QList<SideEffect> effects = result.monograph.sideEffects();
        QCOMPARE(effects.size(), 5);
        QCOMPARE(effects.at(1).text, QStringLiteral("dizziness (mild)"));
        QCOMPARE(effects.at(2).text, QStringLiteral("headache"));
        QCOMPARE(effects.at(2).group, QStringLiteral("Common"));
        QCOMPARE(effects.at(3).group, QStringLiteral("Less Common but Serious"));
        QCOMPARE(effects.at(4).text, QStringLiteral("Nausea"));
        QCOMPARE(effects.at(4).group, QStringLiteral("Common (more than 10%)"));
    }

    void headingVariants_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::addColumn<QString>("heading");
        QTest::newRow("h2") << QByteArray("# X\n## Usage\nText.\n") << "Usage";
        QTest::newRow("h4 with colon") << QByteArray("# X\n#### Usage:\nText.\n") << "Usage";
        QTest::newRow("setext") << QByteArray("# X\n\nUsage\n-----\nText.\n") << "Usage";
        QTest::newRow("bold label") << QByteArray("# X\n**Usage:**\nText.\n") << "Usage";
        QTest::newRow("bold label, colon outside") << QByteArray("# X\n**Usage**:\nText.\n") << "Usage";
        QTest::newRow("synonym") << QByteArray("# X\n### Uses\nText.\n") << "Uses";
    }

    void headingVariants()
    {
        QFETCH(QByteArray, page);
        QFETCH(QString, heading);
        const ParseResult result = PageParser::parse(page, QStringLiteral("x"));
        QVERIFY(!result.skipped);
        const Section *usage = firstOfKind(result.monograph, SectionKind::Usage);
        QVERIFY(usage);
        QCOMPARE(usage->heading, heading);
        QCOMPARE(usage->markdown, QStringLiteral("Text."));
    }

    void textOnTheHeadingLine()
    {
        const ParseResult result = parse("# Caffeine\n### Usage: Caffeine is a *stimulant*.\nMore text.\n\n"
                                         "**Dosage:** One cup.\n");
        const Section *usage = firstOfKind(result.monograph, SectionKind::Usage);
        QVERIFY(usage);
        QCOMPARE(usage->heading, QStringLiteral("Usage"));
        QCOMPARE(usage->markdown, QStringLiteral("Caffeine is a *stimulant*.\nMore text."));
        const Section *dosage = firstOfKind(result.monograph, SectionKind::Dosage);
        QVERIFY(dosage);
        QCOMPARE(dosage->markdown, QStringLiteral("One cup."));
    }

    void qualifiedHeadingKeepsItsText()
    {
        const ParseResult result = parse("# A + B\n### Generic Name: A + B (Separate Medications)\n\n"
                                         "### FAQs (Separate for A and B)\n\n**Q: Why?** A: Because.\n");
        const Section *generic = firstOfKind(result.monograph, SectionKind::GenericName);
        QCOMPARE(generic->heading, QStringLiteral("Generic Name"));
        QCOMPARE(generic->markdown, QStringLiteral("A + B (Separate Medications)"));
        const Section *faqs = firstOfKind(result.monograph, SectionKind::Faqs);
        QCOMPARE(faqs->heading, QStringLiteral("FAQs (Separate for A and B)"));
        QCOMPARE(faqs->faqs.size(), 1);
    }

    void unknownSectionIsKeptAndReported()
    {
        const ParseResult result = parse("# X\n### Usage\nText.\n### Storage\nKeep it cool.\n");
        const Section *other = firstOfKind(result.monograph, SectionKind::Other);
        QVERIFY(other);
        QCOMPARE(other->heading, QStringLiteral("Storage"));
        QCOMPARE(other->markdown, QStringLiteral("Keep it cool."));
        QCOMPARE(result.monograph.warnings.size(), 1);
        QCOMPARE(result.monograph.warnings.at(0).line, 4);
    }

    void preambleIsKept()
    {
        const ParseResult result = parse(
            "---\ntitle: X\n---\n# X\nPlease note: read this first.\n\n### Usage\nText.\n");
        QCOMPARE(result.monograph.sections.at(0).kind, SectionKind::Preamble);
        QCOMPARE(result.monograph.sections.at(0).markdown, QStringLiteral("Please note: read this first."));
        QCOMPARE(result.monograph.sections.at(0).line, 5);
    }

    void repeatedSectionsPerIngredientBoldLabel()
    {
        const ParseResult result = parse(
            "# Caffeine + Cetirizine\n\nThis combination is described per ingredient.\n\n"
            "**1. Caffeine:**\n\n### Generic Name: Caffeine\n\n### Usage: A stimulant.\n\n"
            "**2. Cetirizine:**\n\n### Generic Name: Cetirizine\n\n### Usage: An antihistamine.\n\n"
            "### FAQs\n\n* **Q: Both?** A: Yes.\n");
        const Monograph &m = result.monograph;
        QCOMPARE(kinds(m), QStringList({"introduction", "generic-name", "usage", "generic-name", "usage", "faqs"}));
        QCOMPARE(m.sections.at(0).markdown, QStringLiteral("This combination is described per ingredient."));
        QCOMPARE(m.sections.at(1).ingredient, QStringLiteral("1. Caffeine"));
        QCOMPARE(m.sections.at(2).ingredient, QStringLiteral("1. Caffeine"));
        QCOMPARE(m.sections.at(2).markdown, QStringLiteral("A stimulant."));
        QCOMPARE(m.sections.at(3).ingredient, QStringLiteral("2. Cetirizine"));
        QCOMPARE(m.sections.at(4).ingredient, QStringLiteral("2. Cetirizine"));
        QCOMPARE(m.sections.at(5).ingredient, QString());
    }

    void repeatedSectionsPerIngredientHeading()
    {
        const ParseResult result = parse("# Amitriptyline + Ketamine\nNo combined monograph exists.\n\n"
                                         "### Amitriptyline\n\n**Usage:** Depression.\n\n**Dosage:** Varies.\n\n"
                                         "### Ketamine\n\n**Usage:** Anaesthesia.\n\n"
                                         "### Combining them\nOnly under supervision.\n");
        const Monograph &m = result.monograph;
        QCOMPARE(kinds(m), QStringList({"introduction", "usage", "dosage", "usage", "other"}));
        QCOMPARE(m.sections.at(1).ingredient, QStringLiteral("Amitriptyline"));
        QCOMPARE(m.sections.at(1).markdown, QStringLiteral("Depression."));
        QCOMPARE(m.sections.at(2).ingredient, QStringLiteral("Amitriptyline"));
        QCOMPARE(m.sections.at(3).ingredient, QStringLiteral("Ketamine"));
        QCOMPARE(m.sections.at(4).ingredient, QString());
        QCOMPARE(m.sections.at(4).heading, QStringLiteral("Combining them"));
    }

    void headingNamesItsIngredient()
    {
        const ParseResult result = parse(
            "# Cefixime + Acetylcysteine\n\n### Cefixime Usage\nAn antibiotic.\n\n"
            "### Acetylcysteine (NAC) Usage:\nA mucolytic.\n\n### Dosage\nAs prescribed.\n\n"
            "### Weekend Usage\nNot an ingredient.\n");
        const Monograph &m = result.monograph;
        QCOMPARE(kinds(m), QStringList({"usage", "usage", "dosage", "other"}));
        QCOMPARE(m.sections.at(0).ingredient, QStringLiteral("Cefixime"));
        QCOMPARE(m.sections.at(0).heading, QStringLiteral("Cefixime Usage"));
        QCOMPARE(m.sections.at(0).markdown, QStringLiteral("An antibiotic."));
        QCOMPARE(m.sections.at(1).ingredient, QStringLiteral("Acetylcysteine (NAC)"));
        QCOMPARE(m.sections.at(2).ingredient, QString());
        QCOMPARE(m.sections.at(3).heading, QStringLiteral("Weekend Usage"));
    }

    void sectionsWrittenAsOneList()
    {
        const ParseResult result = parse("# Vaccinol\n\nSome words first.\n\n"
                                         "* **Generic Name:** Vaccinol\n\n"
                                         "* **Usage:**  Protects against\n  imaginary fevers.\n\n"
                                         "* **Side Effects:** Soreness.\n"
                                         "* A remark of its own.\n"
                                         "* **FAQs:**\n    * **How many doses?** Three.\n    * **Is it safe?** Yes.\n\n"
                                         "Closing words.\n");
        QVERIFY(!result.skipped);
        const Monograph &m = result.monograph;
        QCOMPARE(kinds(m), QStringList({"introduction", "generic-name", "usage", "side-effects", "faqs"}));
        QCOMPARE(m.sections.at(2).markdown, QStringLiteral("Protects against\nimaginary fevers."));
        QCOMPARE(m.sections.at(2).line, 7);
        QCOMPARE(m.sections.at(3).markdown, QStringLiteral("Soreness.\n* A remark of its own."));
        QCOMPARE(m.sections.at(4).markdown,
                 QStringLiteral("  * **How many doses?** Three.\n  * **Is it safe?** Yes.\n\nClosing words."));
        const QList<Faq> faqs = m.faqs();
        QCOMPARE(faqs.size(), 2);
        QCOMPARE(faqs.at(1).question, QStringLiteral("Is it safe?"));
        QCOMPARE(faqs.at(1).answer, QStringLiteral("Yes."));
    }

    void listWithOneSectionLabelIsNotASectionList()
    {
        const ParseResult result = parse("# Examplamine\n\n### Precautions\n\n* **Dosage:** lower it in the elderly.\n"
                                         "* **Pregnancy:** ask a doctor.\n");
        QCOMPARE(kinds(result.monograph), QStringList({"precautions"}));
    }

    void hostileNestingKeepsItsWords()
    {
        // Deeper than any stack would take, walked by recursion.
        const QByteArray stars(700000, '*');
        const QByteArray page = "# Starry\n### Usage\n" + stars + "abyssal" + stars + "\n\n### FAQs\n"
                                + QByteArray("- ").repeated(200000) + "**Q: Deep?** A: Yes.\n";
        const ParseResult result = parse(page.constData());
        QVERIFY(!result.skipped);
        QVERIFY(firstOfKind(result.monograph, SectionKind::Usage)->markdown.contains(QLatin1String("abyssal")));
        QCOMPARE(result.monograph.faqs().size(), 1);
        QCOMPARE(result.monograph.faqs().at(0).answer, QStringLiteral("Yes."));
    }

    void headingThatDiffersFromTheTitleIsKept()
    {
        const ParseResult result = parse("---\ntitle: Alpha\n---\n# Beta Gamma\n### Usage\nWords.\n");
        const Monograph &m = result.monograph;
        QCOMPARE(m.title, QStringLiteral("Alpha"));
        QCOMPARE(kinds(m), QStringList({"introduction", "usage"}));
        QCOMPARE(m.sections.at(0).markdown, QStringLiteral("# Beta Gamma"));
        QCOMPARE(m.sections.at(0).line, 4);
        QVERIFY(std::any_of(m.warnings.cbegin(), m.warnings.cend(), [](const ParseMessage &w) {
            return w.line == 4 && w.text.contains(QLatin1String("Beta Gamma"));
        }));
        // Case and punctuation alone are no difference.
        QCOMPARE(kinds(parse("---\ntitle: alpha/beta\n---\n# Alpha + Beta\n### Usage\nWords.\n").monograph),
                 QStringList({"usage"}));
    }

    void faqShapes_data()
    {
        QTest::addColumn<QByteArray>("faqs");
        QTest::newRow("bullet Q/A") << QByteArray("* **Q: One?** A: First.\n* **Q: Two?** A: Second.\n");
        QTest::newRow("Q lines") << QByteArray("**Q: One?**\nA: First.\n\n**Q: Two?**\nA: Second.\n");
        QTest::newRow("Q label bold") << QByteArray("**Q:** One?\n**A:** First.\n\n**Q:** Two?\n**A:** Second.\n");
        QTest::newRow("bold questions") << QByteArray("**One?**\nFirst.\n\n**Two?**\n\nSecond.\n");
        QTest::newRow("numbered") << QByteArray("1. **One?** First.\n2. **Two?** Second.\n");
        QTest::newRow("question headings") << QByteArray("#### One?\nFirst.\n\n#### Two?\nSecond.\n");
        QTest::newRow("answer in own paragraph")
            << QByteArray("* **Q: One?**\n\n  A: First.\n\n* **Q: Two?**\n\n  A: Second.\n");
    }

    void faqShapes()
    {
        QFETCH(QByteArray, faqs);
        const ParseResult result = PageParser::parse("# X\n### Usage\nText.\n### FAQs\n\n" + faqs, QStringLiteral("x"));
        const QList<Faq> found = result.monograph.faqs();
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).question, QStringLiteral("One?"));
        QCOMPARE(found.at(0).answer, QStringLiteral("First."));
        QCOMPARE(found.at(1).question, QStringLiteral("Two?"));
        QCOMPARE(found.at(1).answer, QStringLiteral("Second."));
        QCOMPARE(found.at(0).line, 6);
    }

    void faqGroupLabelsCloseAnswers()
    {
        const ParseResult result = parse("# A + B\n### FAQs\n\n**A FAQs:**\n\n* **Q: One?** A: First.\n\n"
                                         "**B FAQs:**\n\n* **Q: Two?** A: Second.\n\nAsk your pharmacist.\n");
        const QList<Faq> faqs = result.monograph.faqs();
        QCOMPARE(faqs.size(), 2);
        QCOMPARE(faqs.at(0).answer, QStringLiteral("First."));
        QCOMPARE(faqs.at(1).answer, QStringLiteral("Second."));
    }

    void crlfAndBom()
    {
        const QByteArray page = QByteArray(
            "\xEF\xBB\xBF---\r\ntitle: X\r\n---\r\n# X\r\n### Usage\r\nLine one.\r\nLine two.\r\n");
        const ParseResult result = PageParser::parse(page, QStringLiteral("x"));
        QVERIFY(!result.skipped);
        QCOMPARE(result.monograph.title, QStringLiteral("X"));
        QCOMPARE(firstOfKind(result.monograph, SectionKind::Usage)->markdown, QStringLiteral("Line one.\nLine two."));
    }

    void rawHtmlIsKeptAndReported()
    {
        const ParseResult result = parse(
            "# X\n### Usage\n<div class=\"note\">Take with food.</div>\n\nText<br>more.\n");
        const Section *usage = firstOfKind(result.monograph, SectionKind::Usage);
        QVERIFY(usage->markdown.contains(QLatin1String("<div class=\"note\">Take with food.</div>")));
        QCOMPARE(result.monograph.warnings.size(), 2);
    }

    void overwideTableIsKeptAsTextAndReported()
    {
        const QByteArray row = '|' + QByteArray("cell|").repeated(300);
        const QByteArray page = "# X\n### Usage\nIntro.\n\n" + row + "\n" + QByteArray("-|").repeated(300)
                                + "\n### Dosage\nOnce.\n";
        const ParseResult result = parse(page.constData());
        QCOMPARE(kinds(result.monograph), QStringList({"usage", "dosage"}));
        QVERIFY(firstOfKind(result.monograph, SectionKind::Usage)->markdown.contains(QString::fromLatin1(row)));
        QCOMPARE(result.monograph.warnings.size(), 1);
        QCOMPARE(result.monograph.warnings.at(0).line, 5);
        QVERIFY(result.monograph.warnings.at(0).text.contains(QLatin1String("table")));
        // A table of ordinary width is a table, and no warning.
        QVERIFY(parse("# X\n### Usage\n|a|b|\n|-|-|\n|1|2|\n").monograph.warnings.isEmpty());
    }

    void byteOrderMarkWhereFilesWereJoined()
    {
        const ParseResult result = parse("\xEF\xBB\xBF# T\n### Dosage\nd\n\xEF\xBB\xBF### Usage\nbodyword\n");
        QCOMPARE(kinds(result.monograph), QStringList({"dosage", "usage"}));
        QCOMPARE(firstOfKind(result.monograph, SectionKind::Usage)->markdown, QStringLiteral("bodyword"));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << 0 << "empty";
        QTest::newRow("blank") << QByteArray("\n \n") << 0 << "empty";
        QTest::newRow("NUL") << QByteArray("# X\n### Usage\nA\0B\n", 17) << 3 << "NUL";
        QTest::newRow("invalid UTF-8") << QByteArray("# X\n### Usage\n5 \xB5g daily\n") << 3 << "UTF-8";
        QTest::newRow("no section") << QByteArray("---\ntitle: X\n---\n# X\nI cannot provide this information.\n") << 4
                                    << "no recognisable section";
        QTest::newRow("too large") << QByteArray(PageParser::MaxFileSize + 1, 'a') << 0 << "larger";
        QTest::newRow("invalid UTF-8, CR lines") << QByteArray("# X\r### Usage\r5 \xB5g daily\r") << 3 << "UTF-8";
        QTest::newRow("NUL, CR lines") << QByteArray("# X\r### Usage\rA\0B\r", 17) << 3 << "NUL";
        QTest::newRow("UTF-16") << QByteArray("\xFF\xFE#\0 \0X\0\n\0", 10) << 1 << "UTF-16";
        // cmark-gfm takes minutes over a paragraph of many links among many
        // emphasis marks; split into paragraphs, they are read at once.
        QTest::newRow("crowded links") << QByteArray("# X\n### Usage\nSee:\n\nFirst,\n"
                                                     + QByteArray("[a](b) *c* `d` ").repeated(3000) + "\n")
                                       << 6 << "so many links";
    }

    void badInput()
    {
        QFETCH(QByteArray, page);
        QFETCH(int, line);
        QFETCH(QString, reason);
        const ParseResult result = PageParser::parse(page, QStringLiteral("x"));
        QVERIFY(result.skipped);
        QCOMPARE(result.skipReason.line, line);
        QVERIFY2(result.skipReason.text.contains(reason), qPrintable(result.skipReason.text));
    }

    void linksInSeparateParagraphsOrWithoutMarksAreRead()
    {
        for (const QByteArray &links :
             {QByteArray("[a](b) *c* `d`\n\n").repeated(3000), QByteArray("[a](b) ").repeated(3000)}) {
            const ParseResult result = PageParser::parse("# X\n### Usage\n" + links, QStringLiteral("x"));
            QVERIFY(!result.skipped);
            QCOMPARE(firstOfKind(result.monograph, SectionKind::Usage)->markdown.count(QLatin1String("[a](b)")), 3000);
        }
    }

    void unterminatedFrontMatterIsReadAsMarkdown()
    {
        const ParseResult result = parse("---\ntitle: X\n# X\n### Usage\nText.\n");
        QVERIFY(!result.skipped);
        QVERIFY(!result.monograph.warnings.isEmpty());
        QCOMPARE(result.monograph.warnings.at(0).line, 1);
        QVERIFY(result.monograph.warnings.at(0).text.contains(QLatin1String("never closed")));
        QCOMPARE(firstOfKind(result.monograph, SectionKind::Usage)->markdown, QStringLiteral("Text."));
    }

    void frontMatterShapes_data()
    {
        QTest::addColumn<QByteArray>("frontMatter");
        QTest::addColumn<QString>("title");
        QTest::newRow("plain") << QByteArray("title: Alpha Beta") << "Alpha Beta";
        QTest::newRow("comment") << QByteArray("title: Alpha # the usual name") << "Alpha";
        QTest::newRow("double quoted") << QByteArray("title: \"Caf\\u00e9 \\\"Noir\\\"\" # a comment")
                                       << "Café \"Noir\"";
        QTest::newRow("single quoted") << QByteArray("title: 'O''Brien''s Balm'") << "O'Brien's Balm";
        QTest::newRow("folded") << QByteArray("title: >-\n  Amoxicillin +\n  Clavulanic Acid")
                                << "Amoxicillin + Clavulanic Acid";
        QTest::newRow("literal") << QByteArray("title: |\n  Alpha\n\nlayout: page") << "Alpha";
        QTest::newRow("continued") << QByteArray("title: Amoxicillin +\n  Clavulanic Acid")
                                   << "Amoxicillin + Clavulanic Acid";
        QTest::newRow("null") << QByteArray("title: ~") << "Fallback";
        QTest::newRow("repeated") << QByteArray("title: First\ntitle: Second") << "First";
    }

    void frontMatterShapes()
    {
        QFETCH(QByteArray, frontMatter);
        QFETCH(QString, title);
        const QByteArray page = "---\n" + frontMatter
                                + "\ntags:\n  - one\n  - two\n---\n# Fallback\n### Usage\nText.\n";
        const ParseResult result = parse(page.constData());
        QCOMPARE(result.monograph.title, title);
        QCOMPARE(result.monograph.frontMatter.constLast(),
                 qMakePair(QStringLiteral("tags"), QStringLiteral("one, two")));
        const bool repeated = QTest::currentDataTag() == QByteArrayLiteral("repeated");
        for (const ParseMessage &warning : result.monograph.warnings) {
            const bool aboutRepeat = warning.text.contains(QLatin1String("given again"));
            QVERIFY2(!warning.text.contains(QLatin1String("not understood")) && (!aboutRepeat || repeated),
                     qPrintable(warning.text));
        }
        if (repeated) {
            QCOMPARE(result.monograph.frontMatter.at(1), qMakePair(QStringLiteral("title"), QStringLiteral("Second")));
            QVERIFY(std::any_of(
                result.monograph.warnings.cbegin(), result.monograph.warnings.cend(),
                [](const ParseMessage &w) { return w.line == 3 && w.text.contains(QLatin1String("given again")); }));
        }
    }

    void slugs()
    {
        QCOMPARE(PageParser::slugForPath(QStringLiteral("a/Amoxicillin + Clavulanic Acid.md")),
                 QStringLiteral("amoxicillin-clavulanic-acid"));
        QCOMPARE(PageParser::slugForPath(QStringLiteral("x/y/caffeine-2.markdown")), QStringLiteral("caffeine-2"));
    }
};

QTEST_GUILESS_MAIN(TestPageParser)
#include "tst_pageparser.moc"
