#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QApplication;

namespace formulary::appstyle {

// Loads the application's style sheet and icon, and rings the widget with
// the keyboard focus; colours come from the palette, so the window follows
// the system's light or dark theme.
void install(QApplication &app);

// The CSS for a section's HTML, coloured from `palette`.
QString pageStyleSheet(const QPalette &palette);

// The point size of page text at 100% zoom.
qreal readingPointSize();

// The WCAG 2.1 contrast ratio of two colours, from 1 to 21.
double contrastRatio(const QColor &a, const QColor &b);

// `colour`, moved toward `text` as far as it takes to read at 4.5:1 on
// `background`: the hue where the palette allows it, legibility always.
QColor readableOn(const QColor &colour, const QColor &background, const QColor &text);

// The background of a highlighted word, the page's text readable on it.
QColor matchHighlight(const QPalette &palette);

// A colour between the text and its background, for secondary text and rules.
QColor muted(const QPalette &palette, qreal towardsBackground = 0.45);

// Secondary text (disclaimers, sources, a result's section and snippet): as
// muted as it can be while keeping 4.5:1 against the page and the panels.
QColor secondaryText(const QPalette &palette);

// Colours that say right and wrong, readable on light and dark windows.
QColor positive(const QPalette &palette);
QColor negative(const QPalette &palette);

// A filled bookmark star.
QColor star(const QPalette &palette);

} // namespace formulary::appstyle
