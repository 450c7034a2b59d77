#pragma once

#include <QLocale>
#include <QString>

namespace formulary::translations {

// Where the program's compiled translations are: built into it as resources.
QString directory();

// Installs the program's translation for the first of `locale`'s languages
// that has one, and Qt's own translation (standard dialogs, command-line
// help) for that language when it is installed. English is the language of
// the source: a user who puts it before any translated language gets no
// translation. Replaces what an earlier call installed. Returns the name of
// the language installed ("de"), or an empty string.
QString install(const QLocale &locale = QLocale());

// Removes what install() installed.
void remove();

} // namespace formulary::translations
