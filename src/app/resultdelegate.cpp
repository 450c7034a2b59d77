#include "app/resultdelegate.h"

#include "app/appstyle.h"
#include "app/pagebrowser.h"
#include "search/searchresultsmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>

namespace formulary {
namespace {

constexpr int kPadding = 4;
constexpr int kSnippetLines = 2;

std::optional<MatchKind> matchKindOf(const QModelIndex &index)
{
    const QVariant kind = index.data(SearchResultsModel::MatchKindRole);
    if (!kind.isValid())
        return std::nullopt;
    return MatchKind(kind.toInt());
}

// The line under the name: the section the words were found in, and for a
// drug whose name another result shares, the page it comes from.
QString detailOf(const QModelIndex &index)
{
    QString heading = index.data(SearchResultsModel::SectionHeadingRole).toString();
    const QString twin = index.data(SearchResultsModel::TwinSourceRole).toString();
    if (twin.isEmpty())
        return heading;
    const QString source = ResultDelegate::tr("from %1").arg(twin);
    return heading.isEmpty() ? source : heading + QStringLiteral(" · ") + source;
}

QFont smaller(QFont font, qreal factor = 0.9)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    return font;
}

QFont headerFont(const QFont &base)
{
    QFont font = smaller(base, 0.85);
    font.setWeight(QFont::DemiBold);
    font.setCapitalization(QFont::AllUppercase);
    font.setLetterSpacing(QFont::PercentageSpacing, 105);
    return font;
}

} // namespace

QString ResultDelegate::groupLabel(const QModelIndex &index)
{
    const std::optional<MatchKind> kind = matchKindOf(index);
    if (!kind)
        return QString();
    if (index.row() > 0 && matchKindOf(index.siblingAtRow(index.row() - 1)) == kind)
        return QString();
    switch (*kind) {
    case MatchKind::Exact:
        return tr("Exact name");
    case MatchKind::Prefix:
        return tr("Names starting with it");
    case MatchKind::Ingredient:
        return tr("Combinations with it");
    case MatchKind::Suggestion:
        return tr("Did you mean");
    case MatchKind::FullText:
        return tr("In the text");
    }
    return QString();
}

ResultDelegate::Metrics ResultDelegate::metrics(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Metrics m;
    if (!groupLabel(index).isEmpty())
        m.header = QFontMetrics(headerFont(option.font)).height() + 3 * kPadding;
    m.name = option.fontMetrics.height() + kPadding;
    const QFontMetrics small(smaller(option.font));
    if (!detailOf(index).isEmpty())
        m.detail = small.height();
    if (matchKindOf(index) == MatchKind::FullText) {
        if (!index.data(SearchResultsModel::SnippetRole).toString().isEmpty())
            m.snippet = kSnippetLines * small.lineSpacing() + kPadding;
    }
    return m;
}

QSize ResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!matchKindOf(index))
        return QStyledItemDelegate::sizeHint(option, index);
    const Metrics m = metrics(option, index);
    return {option.rect.width(), m.header + m.name + m.detail + m.snippet + kPadding};
}

void ResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const std::optional<MatchKind> kind = matchKindOf(index);
    if (!kind) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Metrics m = metrics(opt, index);
    const QPalette &palette = opt.palette;
    painter->save();

    // The group's label, outside the selectable part of the row.
    QRect rect = opt.rect;
    if (m.header > 0) {
        const QRect header(rect.left(), rect.top(), rect.width(), m.header);
        painter->setPen(appstyle::secondaryText(palette));
        painter->setFont(headerFont(opt.font));
        painter->drawText(header.adjusted(2 * kPadding, 2 * kPadding, -kPadding, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          groupLabel(index));
        if (index.row() > 0) {
            painter->setPen(appstyle::muted(palette, 0.8));
            painter->drawLine(header.left() + kPadding, header.top(), header.right() - kPadding, header.top());
        }
        rect.setTop(rect.top() + m.header);
    }

    QStyleOptionViewItem row = opt;
    row.rect = rect;
    row.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &row, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor secondary = selected ? text : appstyle::secondaryText(palette);
    QRect content = rect.adjusted(2 * kPadding, kPadding / 2, -2 * kPadding, 0);

    // The name; a suggestion reads as a question.
    QFont nameFont = opt.font;
    QString name = index.data(SearchResultsModel::NameRole).toString();
    if (*kind == MatchKind::Suggestion) {
        nameFont.setItalic(true);
        name = tr("%1?").arg(name);
    } else if (*kind == MatchKind::Exact) {
        nameFont.setWeight(QFont::DemiBold);
    }
    painter->setFont(nameFont);
    painter->setPen(text);
    const QRect nameRect(content.left(), content.top(), content.width(), m.name);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      // Long combinations keep both ends: "Amoxicillin + … + Clavulanic Acid".
                      QFontMetrics(nameFont).elidedText(name, Qt::ElideMiddle, nameRect.width()));
    int y = nameRect.bottom() + 1;

    const QFont small = smaller(opt.font);
    if (m.detail > 0) {
        painter->setFont(small);
        painter->setPen(secondary);
        const QRect detail(content.left(), y, content.width(), m.detail);
        painter->drawText(detail, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(small).elidedText(detailOf(index), Qt::ElideMiddle, detail.width()));
        y += m.detail;
    }
    if (m.snippet > 0) {
        // Escaped text with <b> marks; shown by a document that loads nothing.
        PageDocument snippet;
        snippet.setDocumentMargin(0);
        snippet.setDefaultFont(small);
        snippet.setHtml(index.data(SearchResultsModel::SnippetRole).toString());
        snippet.setTextWidth(content.width());
        const QRect clip(content.left(), y + kPadding / 2, content.width(), m.snippet - kPadding);
        painter->translate(clip.topLeft());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = palette;
        context.palette.setColor(QPalette::Text, text);
        context.clip = QRectF(0, 0, clip.width(), clip.height());
        painter->setClipRect(context.clip);
        snippet.documentLayout()->draw(painter, context);
    }
    painter->restore();
}

} // namespace formulary
