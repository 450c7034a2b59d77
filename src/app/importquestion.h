#pragma once

#include <QCoreApplication>
#include <QString>

class QAbstractButton;
class QMessageBox;
class QWidget;

namespace formulary {

struct ImportPreview;

// What the window asks before an import that changes the library more than
// a refresh does: adding a folder beside the library's others, or taking
// many drugs away. `box` is null when the import may start at once; else
// it goes ahead only when `proceed` is clicked (none when it is refused).
struct ImportQuestion
{
    Q_DECLARE_TR_FUNCTIONS(ImportQuestion)

public:
    QMessageBox *box = nullptr;
    QAbstractButton *proceed = nullptr;

    static ImportQuestion about(const ImportPreview &preview, const QString &folder, QWidget *parent);
};

} // namespace formulary
