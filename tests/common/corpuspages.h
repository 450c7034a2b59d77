#pragma once

// Reading the shared corpus's pages in the corpus tests, as text of the
// tests' own (not through the parser).
#include <QFile>
#include <QString>

namespace formulary::testing {

// The corpus folder the build was configured with; the tests skip when it
// is absent.
inline QString corpusDir()
{
    return QString::fromUtf8(FORMULARY_CORPUS_DIR);
}

// A page's text, without a byte-order mark and with "\n" line ends.
inline QString readPage(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return text;
}

} // namespace formulary::testing
