#include "store/fulltextindex.h"

namespace formulary::fulltextindex {
namespace {

const char *const kColumnNames[ColumnCount] = {"title",        "generic_name", "usage", "dosage", "side_effects",
                                               "how_it_works", "precautions",  "faqs",  "other"};

} // namespace

ColumnTexts columnTexts(const QString &title, const QList<Section> &sections)
{
    ColumnTexts texts;
    QByteArray &text = texts.m_text;
    text = title.toUtf8();
    for (int column = Title + 1; column < ColumnCount; ++column) {
        texts.m_starts[column] = text.size();
        for (const Section &section : sections) {
            if (columnFor(section.kind) != column)
                continue;
            if (text.size() > texts.m_starts[column])
                text += '\n';
            if (section.kind == SectionKind::Other && !section.heading.isEmpty())
                text += section.heading.toUtf8() + '\n';
            text += section.markdown.toUtf8();
        }
    }
    texts.m_starts[ColumnCount] = text.size();
    return texts;
}

const char *columnName(Column column)
{
    return kColumnNames[column];
}

Column columnFor(SectionKind kind)
{
    switch (kind) {
    case SectionKind::GenericName:
        return GenericName;
    case SectionKind::Usage:
        return Usage;
    case SectionKind::Dosage:
        return Dosage;
    case SectionKind::SideEffects:
        return SideEffects;
    case SectionKind::HowItWorks:
        return HowItWorks;
    case SectionKind::Precautions:
        return Precautions;
    case SectionKind::Faqs:
        return Faqs;
    case SectionKind::Preamble:
    case SectionKind::Disclaimer:
    case SectionKind::Other:
        break;
    }
    return Other;
}

} // namespace formulary::fulltextindex
