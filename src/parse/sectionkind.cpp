#include "parse/sectionkind.h"

#include <QCoreApplication>
#include <QList>

namespace formulary {
namespace {

struct KindInfo
{
    SectionKind kind;
    const char *name;
    const char *title;
};

const KindInfo kKinds[] = {
    {SectionKind::Preamble, "introduction", QT_TRANSLATE_NOOP("SectionKind", "Introduction")},
    {SectionKind::GenericName, "generic-name", QT_TRANSLATE_NOOP("SectionKind", "Generic Name")},
    {SectionKind::Usage, "usage", QT_TRANSLATE_NOOP("SectionKind", "Usage")},
    {SectionKind::Dosage, "dosage", QT_TRANSLATE_NOOP("SectionKind", "Dosage")},
    {SectionKind::SideEffects, "side-effects", QT_TRANSLATE_NOOP("SectionKind", "Side Effects")},
    {SectionKind::HowItWorks, "how-it-works", QT_TRANSLATE_NOOP("SectionKind", "How it Works")},
    {SectionKind::Precautions, "precautions", QT_TRANSLATE_NOOP("SectionKind", "Precautions")},
    {SectionKind::Faqs, "faqs", QT_TRANSLATE_NOOP("SectionKind", "FAQs")},
    {SectionKind::Disclaimer, "disclaimer", QT_TRANSLATE_NOOP("SectionKind", "Disclaimer")},
    {SectionKind::Other, "other", QT_TRANSLATE_NOOP("SectionKind", "Other")},
};

struct Synonym
{
    SectionKind kind;
    const char *text; // lower case
    bool boldLabel;   // also accepted as a bold label
};

// Longer phrases first so that "side effects" wins over a shorter prefix.
const Synonym kSynonyms[] = {
    {SectionKind::Faqs, "frequently asked questions", true},
    {SectionKind::Precautions, "warnings and precautions", false},
    {SectionKind::Precautions, "precautions and warnings", false},
    {SectionKind::HowItWorks, "mechanism of action", false},
    {SectionKind::Dosage, "dosage and administration", false},
    {SectionKind::Disclaimer, "important disclaimer", true},
    {SectionKind::SideEffects, "adverse reactions", false},
    {SectionKind::SideEffects, "adverse effects", false},
    {SectionKind::HowItWorks, "how does it work", false},
    {SectionKind::GenericName, "generic names", true},
    {SectionKind::GenericName, "generic name", true},
    {SectionKind::SideEffects, "side effects", true},
    {SectionKind::SideEffects, "side-effects", true},
    {SectionKind::HowItWorks, "how it works", true},
    {SectionKind::Precautions, "precautions", true},
    {SectionKind::Disclaimer, "disclaimer", true},
    {SectionKind::Usage, "indications", false},
    {SectionKind::Dosage, "dosage", true},
    {SectionKind::Dosage, "dosing", false},
    {SectionKind::Usage, "usage", true},
    {SectionKind::Usage, "uses", false},
    {SectionKind::Faqs, "faqs", true},
    {SectionKind::Faqs, "faq", true},
};

QString foldName(const QString &name)
{
    QString folded;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            folded += c.toLower();
    }
    return folded;
}

} // namespace

QString sectionKindName(SectionKind kind)
{
    for (const KindInfo &info : kKinds) {
        if (info.kind == kind)
            return QString::fromLatin1(info.name);
    }
    return QStringLiteral("other");
}

QString sectionKindTitle(SectionKind kind)
{
    for (const KindInfo &info : kKinds) {
        if (info.kind == kind)
            return QString::fromLatin1(info.title);
    }
    return QString();
}

QString sectionKindDisplayTitle(SectionKind kind)
{
    for (const KindInfo &info : kKinds) {
        if (info.kind == kind)
            return QCoreApplication::translate("SectionKind", info.title);
    }
    return QString();
}

std::optional<SectionKind> sectionKindFromName(const QString &name)
{
    // Stored kinds are read by their names for every section of every
    // result shown: those are found at once, without folding.
    for (const KindInfo &info : kKinds) {
        if (name == QLatin1String(info.name))
            return info.kind;
    }
    const QString folded = foldName(name);
    if (folded.isEmpty())
        return std::nullopt;
    for (const KindInfo &info : kKinds) {
        if (foldName(QString::fromLatin1(info.name)) == folded || foldName(QString::fromLatin1(info.title)) == folded)
            return info.kind;
    }
    if (folded == QLatin1String("sideeffect") || folded == QLatin1String("faq"))
        return folded == QLatin1String("faq") ? SectionKind::Faqs : SectionKind::SideEffects;
    return std::nullopt;
}

std::optional<SectionLabel> matchSectionLabel(const QString &text, LabelStyle style)
{
    const QString trimmed = text.trimmed();
    const int lead = int(text.indexOf(trimmed.isEmpty() ? QString() : trimmed.left(1)));
    for (const Synonym &synonym : kSynonyms) {
        if (style == LabelStyle::BoldLabel && !synonym.boldLabel)
            continue;
        const QLatin1String phrase(synonym.text);
        if (!trimmed.startsWith(phrase, Qt::CaseInsensitive))
            continue;
        const QStringView rest = QStringView(trimmed).mid(phrase.size());
        const QStringView restTrimmed = rest.trimmed();
        SectionLabel label;
        label.kind = synonym.kind;
        label.labelLength = lead + int(phrase.size());
        if (restTrimmed.isEmpty())
            return label;
        if (restTrimmed.startsWith(QLatin1Char(':'))) {
            label.hasColon = true;
            return label;
        }
        // A qualifier in parentheses is part of the heading ("FAQs (for
        // adults)"), but not of a bold label, which must be exact.
        if (style == LabelStyle::Heading && rest.startsWith(QLatin1Char(' '))
            && restTrimmed.startsWith(QLatin1Char('(')))
            return label;
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<QualifiedSectionLabel> matchQualifiedSectionLabel(const QString &text)
{
    QString trimmed = text.trimmed();
    while (trimmed.endsWith(QLatin1Char(':')))
        trimmed.chop(1);
    for (const Synonym &synonym : kSynonyms) {
        const QLatin1String phrase(synonym.text);
        if (synonym.kind == SectionKind::Disclaimer || !trimmed.endsWith(phrase, Qt::CaseInsensitive))
            continue;
        const QStringView before = QStringView(trimmed).chopped(phrase.size());
        if (before.isEmpty() || !before.back().isSpace())
            continue;
        const QString qualifier = before.trimmed().toString();
        if (qualifier.isEmpty())
            continue;
        return QualifiedSectionLabel{synonym.kind, qualifier};
    }
    return std::nullopt;
}

} // namespace formulary
