#pragma once

#include <QObject>

class QDockWidget;
class QMainWindow;

namespace formulary {

// Moves a panel between the right of the window and its bottom as the window
// narrows and widens: beside the page on a wide screen, below it on a narrow
// one (800×600), so that the page keeps a readable column. A panel the user
// floated or docked on the left or at the top stays where it was put.
class DockReflow : public QObject
{
    Q_OBJECT

public:
    // Below `narrowWidth` pixels the panel goes to the bottom.
    DockReflow(QMainWindow *window, QDockWidget *dock, int narrowWidth);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reflow();

    QMainWindow *m_window;
    QDockWidget *m_dock;
    int m_narrowWidth;
};

} // namespace formulary
