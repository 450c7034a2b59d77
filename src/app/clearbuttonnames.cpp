#include "app/clearbuttonnames.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>

namespace formulary {

void nameClearButtons(QWidget *root)
{
    for (QLineEdit *field : root->findChildren<QLineEdit *>()) {
        if (!field->isClearButtonEnabled())
            continue;
        // Qt's own name for the action behind the clear button.
        auto *clear = field->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"));
        if (!clear)
            continue;
        QString what = field->accessibleName();
        if (what.isEmpty())
            what = field->placeholderText();
        const QString name = what.isEmpty() ? QCoreApplication::translate("ClearButton", "Clear")
                                            : QCoreApplication::translate("ClearButton", "Clear “%1”").arg(what);
        clear->setText(name);
        clear->setToolTip(name);
    }
}

} // namespace formulary
