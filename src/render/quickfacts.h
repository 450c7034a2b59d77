#pragma once

#include "render/monographpage.h"

#include <QList>
#include <QString>

namespace formulary {

// What a pharmacist checks first on a page, as the page says it: for each
// topic, the first paragraph or list item that names it, from Precautions
// first, then the other sections in page order. Taken verbatim (a long
// paragraph gives the sentence that names it), never rephrased; a topic the
// page does not mention has no fact.
struct QuickFact
{
    enum class Topic { Pregnancy, Breastfeeding, Contraindications, Interactions };

    Topic topic;
    QString label; // the page's own bold label before them ("Pregnancy:"), if any
    QString text;  // the page's own words, as plain text
    int tab = -1;  // where they stand
};

QList<QuickFact> quickFacts(const MonographPage &page);

// The topic's name, as a heading for the fact.
QString quickFactTopicTitle(QuickFact::Topic topic);

} // namespace formulary
