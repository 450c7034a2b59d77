#include "app/appstyle.h"

#include "app/focusring.h"

#include <QApplication>
#include <QFile>
#include <QFont>

#include <cmath>

// Resources of a static library are registered by name, outside any namespace.
static void initResources()
{
    static const bool registered = [] {
        Q_INIT_RESOURCE(formulary);
        return true;
    }();
    Q_UNUSED(registered);
}

namespace formulary::appstyle {
namespace {

QString readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

// WCAG 2.1 AA asks 4.5:1 for text; a little more is kept for rounding.
constexpr double kReadable = 4.6;

double luminance(const QColor &colour)
{
    const auto channel = [](float c) { return c <= 0.04045f ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void install(QApplication &app)
{
    initResources();
    app.setStyleSheet(readResource(QStringLiteral(":/formulary/application.qss")));
    FocusRing::follow(app);
}

QColor muted(const QPalette &palette, qreal towardsBackground)
{
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), towardsBackground);
}

QColor secondaryText(const QPalette &palette)
{
    // Secondary text stands on pages (Base) and on panels (Window).
    for (qreal toward = 0.45; toward > 0; toward -= 0.05) {
        const QColor colour = muted(palette, toward);
        if (contrastRatio(colour, palette.color(QPalette::Base)) >= kReadable
            && contrastRatio(colour, palette.color(QPalette::Window)) >= kReadable)
            return colour;
    }
    return palette.color(QPalette::Text);
}

QColor matchHighlight(const QPalette &palette)
{
    // A soft background that the page's text stays readable on.
    const QColor text = palette.color(QPalette::Text);
    const QColor wanted = isDark(palette) ? QColor(0x80, 0x66, 0x00) : QColor(0xff, 0xe0, 0x66);
    for (qreal toward = 0; toward <= 1; toward += 0.05) {
        const QColor colour = mix(wanted, palette.color(QPalette::Base), toward);
        if (contrastRatio(text, colour) >= kReadable)
            return colour;
    }
    return palette.color(QPalette::Base);
}

QColor readableOn(const QColor &colour, const QColor &background, const QColor &text)
{
    for (qreal toward = 0; toward <= 1; toward += 0.05) {
        const QColor candidate = mix(colour, text, toward);
        if (contrastRatio(candidate, background) >= kReadable)
            return candidate;
    }
    return text;
}

QColor positive(const QPalette &palette)
{
    const QColor wanted = isDark(palette) ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x6e, 0x20);
    return readableOn(wanted, palette.color(QPalette::Window), palette.color(QPalette::WindowText));
}

QColor negative(const QPalette &palette)
{
    const QColor wanted = isDark(palette) ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c);
    return readableOn(wanted, palette.color(QPalette::Window), palette.color(QPalette::WindowText));
}

QColor star(const QPalette &palette)
{
    const QColor wanted = isDark(palette) ? QColor(0xf5, 0xc5, 0x42) : QColor(0xc7, 0x8a, 0x00);
    return readableOn(wanted, palette.color(QPalette::Base), palette.color(QPalette::Text));
}

QString pageStyleSheet(const QPalette &palette)
{
    initResources();
    static const QString css = readResource(QStringLiteral(":/formulary/page.css"));
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const QColor label = readableOn(mix(text, palette.color(QPalette::Highlight), 0.55), base, text);
    QString result = css;
    result.replace(QLatin1String("@label@"), label.name())
        .replace(QLatin1String("@link@"), readableOn(palette.color(QPalette::Link), base, text).name())
        .replace(QLatin1String("@muted@"), secondaryText(palette).name())
        .replace(QLatin1String("@star@"), star(palette).name())
        .replace(QLatin1String("@text@"), text.name())
        .replace(QLatin1String("@rule@"), muted(palette, 0.65).name())
        .replace(QLatin1String("@shade@"), mix(base, text, isDark(palette) ? 0.12 : 0.06).name());
    return result;
}

qreal readingPointSize()
{
    const QFont font = QApplication::font();
    const qreal size = font.pointSizeF() > 0 ? font.pointSizeF() : 10.0;
    return std::max<qreal>(size * 1.1, 10.5);
}

} // namespace formulary::appstyle
