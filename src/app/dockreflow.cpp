#include "app/dockreflow.h"

#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>

namespace formulary {

DockReflow::DockReflow(QMainWindow *window, QDockWidget *dock, int narrowWidth)
    : QObject(window)
    , m_window(window)
    , m_dock(dock)
    , m_narrowWidth(narrowWidth)
{
    window->installEventFilter(this);
}

bool DockReflow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        reflow();
    return QObject::eventFilter(watched, event);
}

void DockReflow::reflow()
{
    if (m_dock->isFloating())
        return;
    const Qt::DockWidgetArea area = m_window->dockWidgetArea(m_dock);
    if (area != Qt::RightDockWidgetArea && area != Qt::BottomDockWidgetArea)
        return;
    const Qt::DockWidgetArea wanted = m_window->width() < m_narrowWidth ? Qt::BottomDockWidgetArea
                                                                        : Qt::RightDockWidgetArea;
    if (area != wanted)
        m_window->addDockWidget(wanted, m_dock); // moves it, keeping whether it is shown
}

} // namespace formulary
