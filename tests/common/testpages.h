#pragma once

// Writing small page folders for the import tests.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace formulary::testing {

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// A small, complete page for a drug named `title`.
inline QByteArray page(const QString &title, const QString &usage = QStringLiteral("Relieves imaginary pain."))
{
    return QStringLiteral(
               "---\nlayout: minimal-medicine\ntitle: %1\n---\n\n# %1\n### Generic Name\n%1\n\n"
               "### Usage\n\n%2\n\n### Side Effects\n\nCommon side effects include:\n\n* Drowsiness\n* Nausea\n\n"
               "### FAQs\n\n* **Q: Can I take %1 with food?** A: Yes.\n\n"
               "**Disclaimer:** This information is for educational purposes only.\n")
        .arg(title, usage)
        .toUtf8();
}

} // namespace formulary::testing
