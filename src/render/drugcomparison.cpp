#include "render/drugcomparison.h"

#include "parse/sectionkind.h"
#include "render/markdownhtml.h"
#include "render/monographpage.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace formulary {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DrugComparison", text);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

const SectionKind kAlignedKinds[] = {SectionKind::GenericName, SectionKind::Usage,      SectionKind::Dosage,
                                     SectionKind::SideEffects, SectionKind::HowItWorks, SectionKind::Precautions,
                                     SectionKind::Faqs};

// A line of the section table: its label, and each drug's sections in it.
struct SectionRow
{
    QString label;
    QList<QList<const Section *>> sections; // per page
};

// Sections of other kinds line up by their heading, case and spaces aside.
QString headingKey(const Section &section)
{
    return sectionDisplayTitle(section).simplified().toCaseFolded();
}

QList<SectionRow> sectionRows(const QList<DrugComparison::Page> &pages)
{
    QList<SectionRow> rows;
    for (const SectionKind kind : kAlignedKinds) {
        SectionRow row{sectionKindDisplayTitle(kind), QList<QList<const Section *>>(pages.size())};
        for (int page = 0; page < pages.size(); ++page) {
            for (const Section &section : pages.at(page).sections) {
                if (section.kind == kind)
                    row.sections[page].append(&section);
            }
        }
        rows.append(row);
    }
    // The others, in the order they are first met, the introduction first.
    QList<SectionRow> others;
    QHash<QString, int> otherRow;
    for (const SectionKind kind : {SectionKind::Preamble, SectionKind::Other}) {
        for (int page = 0; page < pages.size(); ++page) {
            for (const Section &section : pages.at(page).sections) {
                if (section.kind != kind)
                    continue;
                const QString key = kind == SectionKind::Preamble ? QString() : headingKey(section);
                auto found = otherRow.constFind(key);
                if (found == otherRow.constEnd()) {
                    const QString label = kind == SectionKind::Preamble ? sectionKindDisplayTitle(kind)
                                                                        : sectionDisplayTitle(section);
                    found = otherRow.insert(key, int(others.size()));
                    others.append({label, QList<QList<const Section *>>(pages.size())});
                }
                others[*found].sections[page].append(&section);
            }
        }
    }
    if (others.size() > drugcomparison::MaxOtherRows) {
        SectionRow more{tr("%1 More Sections").arg(others.size() - drugcomparison::MaxOtherRows + 1),
                        QList<QList<const Section *>>(pages.size())};
        for (qsizetype i = drugcomparison::MaxOtherRows - 1; i < others.size(); ++i) {
            for (int page = 0; page < pages.size(); ++page)
                more.sections[page] += others.at(i).sections.at(page);
        }
        others.resize(drugcomparison::MaxOtherRows - 1);
        others.append(more);
    }
    return rows + others;
}

// A drug's sections in one cell: each under its heading when the heading
// says more than the row's label.
QString cellHtml(const QList<const Section *> &sections, const QString &label)
{
    if (sections.isEmpty())
        return QStringLiteral("<p class=\"absent\">%1</p>").arg(escaped(tr("Not on this page")));
    QString html;
    for (const Section *section : sections) {
        const QString title = sectionDisplayTitle(*section);
        if (sections.size() > 1 || title.compare(label, Qt::CaseInsensitive) != 0)
            html += QStringLiteral("<div class=\"label\"><p>%1</p></div>").arg(escaped(title));
        html += markdown::toHtml(section->markdown);
    }
    return html;
}

QString headerRow(const QList<DrugComparison::Page> &pages, const QString &firstColumn)
{
    QString html = QStringLiteral("<tr><th>%1</th>").arg(escaped(firstColumn));
    for (const DrugComparison::Page &page : pages)
        html += QStringLiteral("<th>%1</th>").arg(escaped(page.drug.title));
    return html + QStringLiteral("</tr>");
}

QString sectionTable(const QList<DrugComparison::Page> &pages)
{
    const int width = 88 / int(std::max<qsizetype>(1, pages.size()));
    QString html = QStringLiteral("<table class=\"comparison\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\">");
    html += headerRow(pages, tr("Section"));
    for (const SectionRow &row : sectionRows(pages)) {
        html += QStringLiteral("<tr><th width=\"12%\" valign=\"top\">%1</th>").arg(escaped(row.label));
        for (const QList<const Section *> &sections : row.sections)
            html += QStringLiteral("<td width=\"%1%\" valign=\"top\">%2</td>")
                        .arg(width)
                        .arg(cellHtml(sections, row.label));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

// The label over a group of side effects: every drug's, several's, one drug's own.
QString groupLabel(const DrugComparison::SideEffectRow &row, const QList<DrugComparison::Page> &pages)
{
    const auto listed = std::count_if(row.cells.cbegin(), row.cells.cend(),
                                      [](const DrugComparison::SideEffectRow::Cell &cell) { return cell.listed(); });
    if (listed == pages.size() && pages.size() > 1)
        return tr("Listed for every drug");
    if (listed > 1)
        return tr("Listed for some of the drugs");
    for (int page = 0; page < row.cells.size() && page < pages.size(); ++page) {
        if (row.cells.at(page).listed())
            return tr("Listed for %1 only").arg(pages.at(page).drug.title);
    }
    return QString();
}

QString sideEffectCell(const DrugComparison::SideEffectRow::Cell &cell, const QString &name)
{
    if (!cell.listed())
        return QStringLiteral("<span class=\"absent\">%1</span>").arg(escaped(drugcomparison::frequencyText(cell)));
    QString html = escaped(drugcomparison::frequencyText(cell));
    // The page's own words when they differ from the row's name: how a synonym was folded, in view.
    QStringList own;
    for (const QString &text : cell.texts) {
        if (text.compare(name, Qt::CaseInsensitive) != 0)
            own.append(escaped(text));
    }
    if (!own.isEmpty())
        html += QStringLiteral("<br/><span class=\"written\">%1</span>").arg(own.join(QStringLiteral("; ")));
    return html;
}

QString sideEffectTable(const DrugComparison &comparison)
{
    const QList<DrugComparison::Page> &pages = comparison.pages;
    QString html = QStringLiteral("<h2>%1</h2>").arg(escaped(tr("Side Effects Compared")));
    if (comparison.sideEffects.isEmpty())
        return html
               + QStringLiteral("<p class=\"absent\">%1</p>")
                     .arg(escaped(tr("None of these pages lists side effects.")));
    html += QStringLiteral("<table class=\"comparison\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">");
    html += headerRow(pages, tr("Side effect"));
    const qsizetype shown = std::min<qsizetype>(comparison.sideEffects.size(), drugcomparison::MaxSideEffectRows);
    QString group;
    for (qsizetype i = 0; i < shown; ++i) {
        const DrugComparison::SideEffectRow &row = comparison.sideEffects.at(i);
        const QString label = groupLabel(row, pages);
        if (label != group) {
            group = label;
            html += QStringLiteral("<tr><td class=\"group\" colspan=\"%1\"><b>%2</b></td></tr>")
                        .arg(pages.size() + 1)
                        .arg(escaped(label));
        }
        html += QStringLiteral("<tr><td>%1</td>").arg(escaped(row.name));
        for (int page = 0; page < pages.size(); ++page) {
            const DrugComparison::SideEffectRow::Cell cell = page < row.cells.size()
                                                                 ? row.cells.at(page)
                                                                 : DrugComparison::SideEffectRow::Cell{};
            html += QStringLiteral("<td>%1</td>").arg(sideEffectCell(cell, row.name));
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    if (shown < comparison.sideEffects.size())
        html += QStringLiteral("<p class=\"absent\">%1</p>")
                    .arg(escaped(tr("%1 more side effects are not shown here; each drug's page lists them all.")
                                     .arg(comparison.sideEffects.size() - shown)));
    return html;
}

// Each drug's disclaimer as its page writes it, and where the page came from.
QString disclaimers(const QList<DrugComparison::Page> &pages)
{
    QString html = QStringLiteral("<hr/>");
    for (const DrugComparison::Page &page : pages) {
        html += QStringLiteral("<h3>%1</h3>").arg(escaped(page.drug.title));
        QString disclaimer;
        for (const Section &section : page.sections) {
            if (section.kind != SectionKind::Disclaimer)
                continue;
            const QString heading = QStringLiteral("<b>%1:</b> ").arg(escaped(sectionDisplayTitle(section)));
            QString text = markdown::toHtml(section.markdown);
            if (text.startsWith(QLatin1String("<p>")))
                text.insert(3, heading);
            else
                text.prepend(QStringLiteral("<p>%1</p>").arg(heading));
            disclaimer += text;
        }
        if (disclaimer.isEmpty())
            disclaimer = QStringLiteral("<p>%1</p>").arg(escaped(tr("This page has no disclaimer.")));
        html += QStringLiteral("<div class=\"disclaimer\">%1</div>").arg(disclaimer);
        const QString imported = QLocale().toString(page.drug.importedAt.toLocalTime(), QLocale::ShortFormat);
        html += QStringLiteral("<p class=\"source\">%1</p>")
                    .arg(escaped(tr("Source: %1 · Imported %2").arg(page.drug.sourcePath, imported)));
    }
    return html;
}

} // namespace

QStringList DrugComparison::titles() const
{
    QStringList result;
    for (const Page &page : pages)
        result.append(page.drug.title);
    return result;
}

namespace drugcomparison {

QString frequencyText(const DrugComparison::SideEffectRow::Cell &cell)
{
    if (!cell.listed())
        return QStringLiteral("—");
    QStringList names;
    for (const SideEffectFrequency frequency : cell.frequencies) {
        switch (frequency) {
        case SideEffectFrequency::Common:
            names.append(tr("common"));
            break;
        case SideEffectFrequency::LessCommon:
            names.append(tr("less common"));
            break;
        case SideEffectFrequency::Rare:
            names.append(tr("rare"));
            break;
        case SideEffectFrequency::Serious:
            names.append(tr("serious"));
            break;
        case SideEffectFrequency::Unspecified:
            break;
        }
    }
    return names.isEmpty() ? tr("listed") : names.join(QStringLiteral(", "));
}

QString toHtml(const DrugComparison &comparison)
{
    QString html = QStringLiteral("<h1>%1</h1>").arg(escaped(comparison.titles().join(QStringLiteral(" · "))));
    html += sectionTable(comparison.pages);
    html += sideEffectTable(comparison);
    html += disclaimers(comparison.pages);
    return html;
}

} // namespace drugcomparison
} // namespace formulary
