#pragma once

#include <QByteArray>
#include <QString>

class QTextStream;

namespace formulary::cli {

// Text from the pages as a terminal may safely print it: C0 and C1 control
// characters other than newline and tab, which would let a page move the
// cursor, retitle the terminal or recolour it, are shown as symbols
// (U+2400…U+2421 for C0 and DEL, U+FFFD for C1).
QString printable(const QString &text);

// Writes `bytes` to `path` whole or not at all. A regular file, or a new
// one, is written through QSaveFile, so that a failed write leaves what was
// there; anything else (a device, a FIFO) is written directly, as renaming
// over it would replace it. False, with the system's reason, when the
// bytes could not all be written.
bool writeOutputFile(const QString &path, const QByteArray &bytes, QString *reason);

// Flushes `out`, which writes to standard output, and tells whether every
// write reached it (not so on a full disk or a closed pipe). On failure,
// prints why to standard error.
bool finishStandardOutput(QTextStream &out, const QString &command);

} // namespace formulary::cli
