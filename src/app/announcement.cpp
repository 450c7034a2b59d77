#include "app/announcement.h"

#include <QAccessible>
#include <QLoggingCategory>
#include <QWidget>

namespace formulary {

// What screen readers are told, for anyone checking it without one:
// QT_LOGGING_RULES="formulary.announcement.debug=true".
Q_LOGGING_CATEGORY(lcAnnouncement, "formulary.announcement", QtWarningMsg)

void announce(QWidget *status, const QString &text)
{
    if (!status || text.isEmpty() || status->accessibleName() == text)
        return;
    status->setAccessibleName(text);
    qCDebug(lcAnnouncement).noquote() << text;
    // Qt sends no event of its own for a widget's name set from code.
    QAccessibleEvent event(status, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

} // namespace formulary
