#pragma once

#include <QPalette>
#include <QString>

class QApplication;

// The window's colours: the desktop's (System), or Formulary's own light or
// dark palette for a desktop whose theme does not suit the reader. Every
// colour of the window, its pages and their highlights derives from the
// palette (appstyle.h), so a palette is all a theme is.
namespace formulary::theme {

enum class Theme { System, Light, Dark };

// As stored in the settings: "system", "light", "dark".
QString key(Theme theme);
Theme fromKey(const QString &key); // System for anything else

// The theme chosen in View → Theme, from the settings.
Theme chosen();
void choose(Theme theme); // remembers it

// The palette the theme gives; `system` is the desktop's.
QPalette palette(Theme theme, const QPalette &system);
// Gives `app` the theme's palette. The desktop's palette is the one the
// application had at the first call.
void apply(QApplication &app, Theme theme);

} // namespace formulary::theme
