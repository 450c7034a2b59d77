#include "app/theme.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>

namespace formulary::theme {
namespace {

const QString kSettingsKey = QStringLiteral("view/theme");

// Chosen for WCAG 2.1 AA: body text 14:1 on the page, secondary text (the
// palette's text mixed 45% toward the page, see appstyle::muted) above 4.5:1.
QPalette darkPalette()
{
    const QColor window(0x2a, 0x2a, 0x2d), base(0x1d, 0x1d, 0x20), text(0xec, 0xec, 0xec);
    const QColor highlight(0x3b, 0x6e, 0xc0), link(0x8c, 0xb8, 0xff), disabled(0x8a, 0x8a, 0x8a);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x2a));
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0xa8, 0xa8, 0xa8));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x39));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x80, 0x80));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x50));
    palette.setColor(QPalette::Midlight, QColor(0x3c, 0x3c, 0x42));
    palette.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x34));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, link);
    palette.setColor(QPalette::LinkVisited, QColor(0xc5, 0xa5, 0xff));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x40, 0x40, 0x46));
    return palette;
}

// Fusion's own light palette, its selection darker: white text on a
// selected row or the current match in a page reads at 5:1, not 3.7:1.
QPalette lightPalette()
{
    QPalette palette = QApplication::style()->standardPalette();
    const QColor highlight(0x1f, 0x6f, 0xb2);
    palette.setColor(QPalette::Active, QPalette::Highlight, highlight);
    palette.setColor(QPalette::Inactive, QPalette::Highlight, highlight);
    return palette;
}

} // namespace

QString key(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Theme fromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return Theme::Light;
    if (key == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

Theme chosen()
{
    return fromKey(QSettings().value(kSettingsKey).toString());
}

void choose(Theme theme)
{
    QSettings().setValue(kSettingsKey, key(theme));
}

QPalette palette(Theme theme, const QPalette &system)
{
    switch (theme) {
    case Theme::Light:
        return lightPalette();
    case Theme::Dark:
        return darkPalette();
    case Theme::System:
        break;
    }
    return system;
}

void apply(QApplication &app, Theme theme)
{
    static const QPalette system = QApplication::palette();
    app.setPalette(palette(theme, system));
}

} // namespace formulary::theme
