#include "parse/monograph.h"

namespace formulary {

QString ParseMessage::location(const QString &path) const
{
    return line > 0 ? path + QLatin1Char(':') + QString::number(line) : path;
}

QString Monograph::genericName() const
{
    for (const Section &section : sections) {
        if (section.kind == SectionKind::GenericName && section.ingredient.isEmpty()) {
            QString text = section.markdown.section(QLatin1Char('\n'), 0, 0).trimmed();
            if (!text.isEmpty())
                return text;
        }
    }
    return QString();
}

QList<Faq> Monograph::faqs() const
{
    QList<Faq> all;
    for (const Section &section : sections)
        all += section.faqs;
    return all;
}

QList<SideEffect> Monograph::sideEffects() const
{
    QList<SideEffect> all;
    for (const Section &section : sections)
        all += section.sideEffects;
    return all;
}

} // namespace formulary
