#include "parse/faqextractor.h"

#include "parse/markdown.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmark-gfm.h>

namespace formulary {
namespace {

// "Q:", "Q.", "Q1:", "Question:" at the start of a question.
const QRegularExpression &questionLabel()
{
    static const QRegularExpression re(QStringLiteral("^\\s*(?:Q(?:uestion)?\\s*\\d*\\s*[:.)]|Q\\s*$)\\s*"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// "A:", "A.", "Answer:" at the start of an answer.
const QRegularExpression &answerLabel()
{
    static const QRegularExpression re(QStringLiteral("^\\s*(?:A(?:nswer)?\\s*[:.)])\\s*"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Every label above starts with its letter after any spaces; most text does
// not, and is spared the expression (it runs for every item of every page).
bool startsWithLetter(const QString &text, QChar letter)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return c.toLower() == letter;
    }
    return false;
}

bool hasQuestionLabel(const QString &text)
{
    return startsWithLetter(text, u'q') && questionLabel().match(text).hasMatch();
}

QString withoutQuestionLabel(QString text)
{
    if (startsWithLetter(text, u'q'))
        text.remove(questionLabel());
    return text;
}

QString clean(const QByteArray &utf8)
{
    return QString::fromUtf8(utf8).trimmed();
}

QString stripAnswerLabel(QString text)
{
    text = text.trimmed();
    if (startsWithLetter(text, u'a'))
        text.remove(answerLabel());
    return text.trimmed();
}

struct Unit
{
    cmark_node *opener = nullptr;     // paragraph or heading that may hold a question
    QList<cmark_node *> continuation; // further blocks of the same list item
};

// Splits "Q: question? A: answer" (a question label as its own bold run, or
// plain text) at the answer label.
bool splitPlainQuestion(const QString &text, Faq &faq)
{
    static const QRegularExpression answerInside(QStringLiteral("(?:^|\\s)A(?:nswer)?\\s*:\\s*"));
    const QString rest = withoutQuestionLabel(text);
    const QRegularExpressionMatch match = rest.contains(QLatin1Char('A')) ? answerInside.match(rest)
                                                                          : QRegularExpressionMatch();
    if (match.hasMatch()) {
        faq.question = rest.left(match.capturedStart()).trimmed();
        faq.answer = rest.mid(match.capturedEnd()).trimmed();
    } else {
        const qsizetype newline = rest.indexOf(QLatin1Char('\n'));
        faq.question = (newline < 0 ? rest : rest.left(newline)).trimmed();
        faq.answer = newline < 0 ? QString() : stripAnswerLabel(rest.mid(newline + 1));
    }
    return !faq.question.isEmpty();
}

// The question an opener asks, if it asks one.
bool readQuestion(cmark_node *opener, Faq &faq)
{
    const cmark_node_type type = cmark_node_get_type(opener);
    if (type == CMARK_NODE_HEADING) {
        const QString text = clean(markdown::inlineText(opener));
        if (!hasQuestionLabel(text) && !text.endsWith(QLatin1Char('?')))
            return false;
        faq.question = withoutQuestionLabel(text).trimmed();
        return !faq.question.isEmpty();
    }
    if (type != CMARK_NODE_PARAGRAPH)
        return false;

    cmark_node *first = cmark_node_first_child(opener);
    if (!first)
        return false;
    const cmark_node_type firstType = cmark_node_get_type(first);
    if (firstType == CMARK_NODE_STRONG || firstType == CMARK_NODE_EMPH) {
        const QString label = clean(markdown::inlineText(first));
        const QString questionText = withoutQuestionLabel(label).trimmed();
        const bool labelled = hasQuestionLabel(label);
        if (labelled && questionText.isEmpty()) {
            // "**Q:** question? A: answer" or "**Q:** question?\nA: answer"
            QString rest = QString::fromUtf8(markdown::inlineTextFrom(cmark_node_next(first)));
            // Soft breaks are spaces in inlineText; a line break would be '\n'.
            return splitPlainQuestion(rest, faq);
        }
        if (labelled || label.endsWith(QLatin1Char('?')) || label.endsWith(QLatin1String("?:"))) {
            faq.question = questionText;
            while (faq.question.endsWith(QLatin1Char(':')))
                faq.question.chop(1);
            faq.answer = stripAnswerLabel(QString::fromUtf8(markdown::inlineTextFrom(cmark_node_next(first))));
            return !faq.question.isEmpty();
        }
        return false;
    }
    const QString text = clean(markdown::inlineText(opener));
    if (hasQuestionLabel(text))
        return splitPlainQuestion(text, faq);
    return false;
}

void appendUnits(cmark_node *block, QList<Unit> &units)
{
    const cmark_node_type type = cmark_node_get_type(block);
    if (type == CMARK_NODE_LIST) {
        for (cmark_node *item = cmark_node_first_child(block); item; item = cmark_node_next(item)) {
            Unit unit;
            cmark_node *first = cmark_node_first_child(item);
            if (first && cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH) {
                unit.opener = first;
                first = cmark_node_next(first);
            }
            for (cmark_node *rest = first; rest; rest = cmark_node_next(rest)) {
                // A nested list of questions ("**Alprazolam FAQs:**" with items under it).
                if (cmark_node_get_type(rest) == CMARK_NODE_LIST && !unit.opener) {
                    appendUnits(rest, units);
                    continue;
                }
                unit.continuation.append(rest);
            }
            units.append(unit);
        }
        return;
    }
    if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING) {
        units.append(Unit{block, {}});
        return;
    }
    units.append(Unit{nullptr, {block}});
}

void appendAnswer(Faq &faq, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return;
    if (faq.answer.isEmpty())
        faq.answer = stripAnswerLabel(trimmed);
    else
        faq.answer += QLatin1String("\n\n") + trimmed;
}

} // namespace

QList<Faq> extractFaqs(const QList<cmark_node *> &blocks, int lineOffset, QList<ParseMessage> *warnings)
{
    QList<Unit> units;
    for (cmark_node *block : blocks)
        appendUnits(block, units);

    QList<Faq> faqs;
    // Whether blocks that follow belong to the last answer: after a question
    // paragraph or heading they do; a list item holds its whole answer, and a
    // bold group label ("**Melatonin FAQs:**") closes the answer before it.
    bool answerOpen = false;
    for (const Unit &unit : std::as_const(units)) {
        Faq faq;
        if (unit.opener && readQuestion(unit.opener, faq)) {
            faq.line = cmark_node_get_start_line(unit.opener) + lineOffset;
            for (cmark_node *block : unit.continuation)
                appendAnswer(faq, QString::fromUtf8(markdown::blockText(block)));
            answerOpen = cmark_node_get_type(cmark_node_parent(unit.opener)) != CMARK_NODE_ITEM;
            faqs.append(faq);
            continue;
        }
        QList<cmark_node *> parts = unit.continuation;
        if (unit.opener)
            parts.prepend(unit.opener);
        for (cmark_node *block : parts) {
            const bool groupLabel = cmark_node_get_type(block) == CMARK_NODE_PARAGRAPH
                                    && cmark_node_get_type(cmark_node_first_child(block)) == CMARK_NODE_STRONG;
            const QString text = QString::fromUtf8(markdown::blockText(block));
            if (groupLabel)
                answerOpen = false;
            // "A: …" on its own line or item answers the question before it.
            const bool labelledAnswer = !faqs.isEmpty() && faqs.last().answer.isEmpty()
                                        && answerLabel().match(text).hasMatch();
            if ((answerOpen || labelledAnswer) && !faqs.isEmpty()) {
                appendAnswer(faqs.last(), text);
            } else if (warnings && faqs.isEmpty() && !groupLabel && !text.trimmed().isEmpty()) {
                warnings->append({cmark_node_get_start_line(block) + lineOffset,
                                  QCoreApplication::translate(
                                      "FaqExtractor", "text before the first question of the FAQs; kept as written")});
            }
        }
    }
    return faqs;
}

} // namespace formulary
