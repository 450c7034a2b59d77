#include "app/announcement.h"

#include <QAccessible>
#include <QWidget>

namespace formulary {

void announce(QWidget *status, const QString &text)
{
    if (text.isEmpty() || status->accessibleName() == text)
        return;
    status->setAccessibleName(text);
    // Qt sends no event of its own for a widget's name set from code.
    QAccessibleEvent event(status, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

} // namespace formulary
