#pragma once

class QString;
class QWidget;

namespace formulary {

// Tells assistive technology what just happened ("3 results", "Bookmarked
// …") without moving the focus: the text becomes the accessible name of
// `status`, a widget that shows it (a status label, the status bar), and
// screen readers hear the change of name. Repeating the same text is silent.
void announce(QWidget *status, const QString &text);

} // namespace formulary
