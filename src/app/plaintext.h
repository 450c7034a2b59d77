#pragma once

#include <QMessageBox>
#include <QString>
#include <QStyledItemDelegate>

namespace formulary {

// Text from the pages as a tooltip shows it. Qt takes tooltip text that
// looks like HTML for HTML, and loads the images and files it names: a
// title of "X <img src=/dev/zero>" would be read as an image. Escaped and
// wrapped as rich text, the text is shown as written and names nothing.
QString plainToolTip(const QString &text);

// A message box, not yet shown, whose text (and informative text, when set)
// is taken as plain text whatever it holds: messages name files and quote
// pages. Deleted when closed.
QMessageBox *plainMessageBox(QMessageBox::Icon icon, const QString &title, const QString &text, QWidget *parent);

// A file name made of text from the pages (a drug's name): characters some
// file systems refuse, and path separators, become hyphens; trailing dots
// and spaces go; `fallback` when nothing is left. Without an extension.
QString fileNameFrom(const QString &text, const QString &fallback);

// An item delegate whose tooltips (the model's ToolTipRole) are shown as
// plain text, as plainToolTip() makes them.
class PlainToolTipDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
};

} // namespace formulary
