#pragma once

#include <QWidget>

class QApplication;

namespace formulary {

// A ring around whichever widget has the keyboard focus, in a colour of the
// palette that stands out 3:1 from the window and the page: Fusion's own
// marks (a faint dotted rectangle in a tab, a tinted frame on a view) are
// too weak to find at a glance, or absent.
class FocusRing : public QWidget
{
    Q_OBJECT

public:
    // From now on, the focus of every window of `app` shows a ring.
    static void follow(QApplication &app);

    // The ring's colour on windows and pages of `palette`.
    static QColor colour(const QPalette &palette);

    static constexpr int kWidth = 2;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    explicit FocusRing(QWidget *target);
    void surround(QWidget *target);
};

} // namespace formulary
