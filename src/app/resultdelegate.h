#pragma once

#include "app/plaintext.h"

#include <QStyledItemDelegate>

namespace formulary {

// Draws search results as the engine ranks them: a label above the first
// row of each group ("Did you mean" above suggestions), the drug's name, and
// for a hit in the text the section's heading and a snippet with the matched
// words in bold. Rows without a match kind (the list of all drugs) are drawn
// as plain names.
class ResultDelegate : public PlainToolTipDelegate
{
    Q_OBJECT

public:
    using PlainToolTipDelegate::PlainToolTipDelegate;

    // The label of the group a row opens; empty when it continues a group.
    static QString groupLabel(const QModelIndex &index);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Metrics
    {
        int header = 0, name = 0, detail = 0, snippet = 0;
    };
    Metrics metrics(const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace formulary
