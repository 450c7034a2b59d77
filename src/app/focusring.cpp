#include "app/focusring.h"

#include "app/appstyle.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QPointer>

namespace formulary {
namespace {

// Menus, completers and combo box lists show the current item themselves.
bool wantsRing(const QWidget *widget)
{
    return widget && !widget->isWindow() && !(widget->window()->windowType() == Qt::Popup);
}

} // namespace

FocusRing::FocusRing(QWidget *target)
    : QWidget(target)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    surround(target);
}

void FocusRing::follow(QApplication &app)
{
    static bool following = false;
    if (following)
        return;
    following = true;
    QObject::connect(&app, &QApplication::focusChanged, &app, [](QWidget *, QWidget *now) {
        // One ring, moved from widget to widget; made again when the widget
        // it was drawn in has gone, taking it along.
        static QPointer<FocusRing> ring;
        if (!wantsRing(now)) {
            if (ring)
                ring->hide();
            return;
        }
        if (ring)
            ring->surround(now);
        else
            ring = new FocusRing(now);
    });
}

QColor FocusRing::colour(const QPalette &palette)
{
    const QColor highlight = palette.color(QPalette::Highlight);
    const QColor onWindow = appstyle::readableOn(highlight, palette.color(QPalette::Window),
                                                 palette.color(QPalette::WindowText));
    return appstyle::readableOn(onWindow, palette.color(QPalette::Base), palette.color(QPalette::Text));
}

void FocusRing::surround(QWidget *target)
{
    if (QWidget *previous = parentWidget(); previous && previous != target)
        previous->removeEventFilter(this);
    // A scroll area's own rectangle holds its viewport and scroll bars: the
    // ring goes round all of them.
    setParent(target);
    target->installEventFilter(this);
    setGeometry(target->rect());
    raise();
    show();
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget()) {
        if (event->type() == QEvent::Resize)
            setGeometry(parentWidget()->rect());
        else if (event->type() == QEvent::ChildAdded)
            raise(); // above children added later, such as a line edit's clear button
    }
    return QWidget::eventFilter(watched, event);
}

void FocusRing::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(colour(palette()), kWidth);
    pen.setJoinStyle(Qt::RoundJoin);
    painter.setPen(pen);
    const qreal inset = kWidth / 2.0;
    painter.drawRoundedRect(QRectF(rect()).adjusted(inset, inset, -inset, -inset), 2, 2);
}

} // namespace formulary
