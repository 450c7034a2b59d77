#include "render/sideeffectsbyfrequency.h"

#include <QCoreApplication>
#include <QSet>

namespace formulary {
namespace {

QString classTitle(SideEffectFrequency frequency)
{
    switch (frequency) {
    case SideEffectFrequency::Common:
        return QCoreApplication::translate("SideEffectsByFrequency", "Common");
    case SideEffectFrequency::LessCommon:
        return QCoreApplication::translate("SideEffectsByFrequency", "Less common");
    case SideEffectFrequency::Rare:
        return QCoreApplication::translate("SideEffectsByFrequency", "Rare");
    case SideEffectFrequency::Serious:
        return QCoreApplication::translate("SideEffectsByFrequency", "Serious");
    case SideEffectFrequency::Unspecified:
        break;
    }
    return QCoreApplication::translate("SideEffectsByFrequency", "Frequency not stated");
}

} // namespace

QString sideEffectsByFrequencyHtml(const QList<SideEffect> &effects)
{
    constexpr SideEffectFrequency kOrder[] = {SideEffectFrequency::Common, SideEffectFrequency::LessCommon,
                                              SideEffectFrequency::Rare, SideEffectFrequency::Serious,
                                              SideEffectFrequency::Unspecified};
    QString rows;
    int listed = 0;
    for (const SideEffectFrequency frequency : kOrder) {
        QStringList names;
        QSet<QString> seen; // a term listed twice in a class (per ingredient) shows once per ingredient
        for (const SideEffect &effect : effects) {
            const SideEffectTerm &term = effect.normalised;
            if (term.isNote || term.frequency != frequency || term.term.isEmpty())
                continue;
            if (seen.contains(term.term + QLatin1Char('\n') + term.ingredient))
                continue;
            seen.insert(term.term + QLatin1Char('\n') + term.ingredient);
            QString name = term.name.isEmpty() ? effect.text : term.name;
            name = name.toHtmlEscaped();
            if (!term.ingredient.isEmpty())
                name += QStringLiteral(" <i>(%1)</i>").arg(term.ingredient.toHtmlEscaped());
            names.append(name);
        }
        if (names.isEmpty())
            continue;
        listed += int(names.size());
        rows += QStringLiteral("<p><b>%1</b> (%2): %3</p>")
                    .arg(classTitle(frequency).toHtmlEscaped())
                    .arg(names.size())
                    .arg(names.join(QStringLiteral(", ")));
    }
    if (listed == 0)
        return QString();
    const QString heading = QCoreApplication::translate("SideEffectsByFrequency",
                                                        "By frequency, as the labels on this page state it");
    return QStringLiteral("<div class=\"by-frequency\"><p><i>%1</i></p>%2<hr/></div>")
        .arg(heading.toHtmlEscaped(), rows);
}

} // namespace formulary
