#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace formulary {

class ContentDatabase;

// "Which of these drugs lists X as a side effect?" built from the Side
// Effects sections of the drugs a student has bookmarked.
struct DrillQuestion
{
    QString term;       // the side effect by its most written name
    QStringList drugs;  // the choices, drug titles
    QList<int> correct; // indexes into drugs of those that list the term
};

// Up to `count` questions over the drugs with these slugs (at least two of
// them must list side effects). Terms listed by every choice are left out:
// they teach nothing. Deterministic for a given seed.
QList<DrillQuestion> makeSideEffectDrill(const ContentDatabase &content, const QStringList &drugSlugs, int count,
                                         quint32 seed);

} // namespace formulary
