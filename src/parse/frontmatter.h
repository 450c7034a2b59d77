#pragma once

#include "parse/monograph.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace formulary {

// The YAML front matter of a Jekyll page: the flat `key: value` subset that
// page front matter uses. Lines outside that subset are kept verbatim under an
// empty key and reported.
struct FrontMatter
{
    bool present = false;
    bool terminated = false;
    int bodyStartLine = 1; // 1-based line where the Markdown body begins
    int bodyOffset = 0;    // byte offset of the body in the text
    QList<QPair<QString, QString>> entries;
    QList<ParseMessage> warnings;

    QString value(const QString &key) const;
};

// `text` has LF line endings.
FrontMatter parseFrontMatter(const QByteArray &text);

} // namespace formulary
