#include "render/quickfacts.h"

#include "parse/markdown.h"

#include <QCoreApplication>

#include <cmark-gfm.h>

namespace formulary {
namespace {

using Topic = QuickFact::Topic;

// The words that name each topic, lower case, each matched as a whole
// word: "pregnant" names pregnancy, "nonpregnant" and "interactive" name
// nothing. Reviewed by hand, in one place.
struct TopicWords
{
    Topic topic;
    QList<QLatin1String> words;
};

const QList<TopicWords> &topicWords()
{
    static const QList<TopicWords> words = {
        {Topic::Pregnancy, {QLatin1String("pregnancy"), QLatin1String("pregnancies"), QLatin1String("pregnant")}},
        {Topic::Breastfeeding,
         {QLatin1String("breastfeeding"), QLatin1String("breast-feeding"), QLatin1String("breast feeding"),
          QLatin1String("breastfeed"), QLatin1String("breast-feed"), QLatin1String("breastfed"),
          QLatin1String("breast milk"), QLatin1String("lactation"), QLatin1String("lactating"),
          QLatin1String("nursing mothers"), QLatin1String("nursing mother")}},
        {Topic::Contraindications,
         {QLatin1String("contraindicated"), QLatin1String("contraindication"), QLatin1String("contraindications"),
          QLatin1String("contra-indicated"), QLatin1String("contra-indications")}},
        {Topic::Interactions,
         {QLatin1String("interaction"), QLatin1String("interactions"), QLatin1String("interact"),
          QLatin1String("interacts"), QLatin1String("interacting")}},
    };
    return words;
}

// Where in `text` a word naming the topic starts, or -1.
qsizetype mention(const QString &text, const TopicWords &topic)
{
    const QString lower = text.toLower();
    qsizetype first = -1;
    for (const QLatin1String &word : topic.words) {
        for (qsizetype at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
            const qsizetype end = at + word.size();
            const bool whole = (at == 0 || !lower.at(at - 1).isLetter())
                               && (end == lower.size() || !lower.at(end).isLetter());
            if (whole) {
                first = first < 0 ? at : std::min(first, at);
                break;
            }
        }
    }
    return first;
}

// A paragraph longer than this gives only the sentence that names the topic.
constexpr qsizetype kLongest = 240;

// The sentence of `text` around `at`: from after the full stop before it to
// the full stop after it, as written.
QString sentenceAround(const QString &text, qsizetype at)
{
    qsizetype start = 0;
    for (qsizetype i = at - 1; i > 0; --i) {
        if (text.at(i).isSpace() && (text.at(i - 1) == QLatin1Char('.') || text.at(i - 1) == QLatin1Char(';'))) {
            start = i + 1;
            break;
        }
    }
    qsizetype end = text.size();
    for (qsizetype i = at; i + 1 < text.size(); ++i) {
        if ((text.at(i) == QLatin1Char('.') || text.at(i) == QLatin1Char(';')) && text.at(i + 1).isSpace()) {
            end = i + 1;
            break;
        }
    }
    return text.mid(start, end - start).trimmed();
}

struct Unit
{
    QString label;
    QString text;
};

// A bold label that opens a paragraph ("**Pregnancy:** Avoid…"): its text,
// else empty.
QString openingLabel(cmark_node *paragraph)
{
    cmark_node *first = cmark_node_first_child(paragraph);
    if (!first || cmark_node_get_type(first) != CMARK_NODE_STRONG)
        return {};
    const QString label = QString::fromUtf8(markdown::inlineText(first)).simplified();
    return label.endsWith(QLatin1Char(':')) ? label : QString();
}

// The units a fact can be: each list item and each paragraph outside one,
// as plain text, with the bold label that opens it or stands alone before
// it ("**Breastfeeding:**" over a list) kept apart.
QList<Unit> unitsOf(const QString &markdownText)
{
    QList<Unit> units;
    const markdown::Document document(markdownText.toUtf8());
    cmark_iter *iter = cmark_iter_new(document.root());
    QString pendingLabel;
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER)
            continue;
        const cmark_node_type type = cmark_node_get_type(node);
        QString text;
        QString label;
        if (type == CMARK_NODE_ITEM) {
            text = QString::fromUtf8(markdown::blockText(node)).simplified();
            if (cmark_node *first = cmark_node_first_child(node);
                first && cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH)
                label = openingLabel(first);
        } else if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING) {
            bool inItem = false;
            for (cmark_node *p = cmark_node_parent(node); p; p = cmark_node_parent(p))
                inItem = inItem || cmark_node_get_type(p) == CMARK_NODE_ITEM;
            if (inItem)
                continue;
            text = QString::fromUtf8(markdown::inlineText(node)).simplified();
            if (type == CMARK_NODE_PARAGRAPH)
                label = openingLabel(node);
        } else {
            continue;
        }
        if (text.isEmpty())
            continue;
        if (!label.isEmpty() && text.startsWith(label))
            text = text.mid(label.size()).trimmed();
        if (text.isEmpty()) {
            pendingLabel = label; // a label alone: it heads what follows
            continue;
        }
        units.append({label.isEmpty() ? pendingLabel : label, text});
        pendingLabel.clear();
    }
    cmark_iter_free(iter);
    return units;
}

// The tabs in the order they are searched: Precautions first.
QList<int> searchOrder(const MonographPage &page)
{
    QList<int> order;
    for (int i = 0; i < page.tabs.size(); ++i)
        if (page.tabs.at(i).kind == SectionKind::Precautions)
            order.append(i);
    for (int i = 0; i < page.tabs.size(); ++i)
        if (page.tabs.at(i).kind != SectionKind::Precautions)
            order.append(i);
    return order;
}

} // namespace

QList<QuickFact> quickFacts(const MonographPage &page)
{
    QList<QuickFact> facts;
    QList<QPair<int, QList<Unit>>> units;
    for (const int tab : searchOrder(page))
        units.append({tab, unitsOf(page.tabs.at(tab).markdown)});
    for (const TopicWords &topic : topicWords()) {
        for (const auto &[tab, tabUnits] : std::as_const(units)) {
            qsizetype at = -1;
            const auto found = std::find_if(tabUnits.cbegin(), tabUnits.cend(), [&](const Unit &unit) {
                at = mention(unit.text, topic);
                return at >= 0 || mention(unit.label, topic) >= 0;
            });
            if (found == tabUnits.cend())
                continue;
            const QString text = found->text.size() > kLongest && at >= 0 ? sentenceAround(found->text, at)
                                                                          : found->text;
            facts.append({topic.topic, found->label, text, tab});
            break;
        }
    }
    return facts;
}

QString quickFactTopicTitle(QuickFact::Topic topic)
{
    switch (topic) {
    case Topic::Pregnancy:
        return QCoreApplication::translate("QuickFacts", "Pregnancy");
    case Topic::Breastfeeding:
        return QCoreApplication::translate("QuickFacts", "Breastfeeding");
    case Topic::Contraindications:
        return QCoreApplication::translate("QuickFacts", "Contraindications");
    case Topic::Interactions:
        return QCoreApplication::translate("QuickFacts", "Interactions");
    }
    return {};
}

} // namespace formulary
