#include "parse/synonymtable.h"

#include "parse/sideeffectterm.h"

#include <QCoreApplication>

namespace formulary {

SynonymTable SynonymTable::parse(const QByteArray &text, QList<ParseMessage> *errors)
{
    SynonymTable table;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'), Qt::SkipEmptyParts);
        const QString action = fields.value(0).trimmed();
        bool readable = false;
        if (action == QLatin1String("version") && fields.size() == 2) {
            table.version = fields.at(1).trimmed().toInt(&readable);
        } else if ((action == QLatin1String("add") || action == QLatin1String("remove")) && fields.size() == 3) {
            const QString first = sideEffectTermKey(fields.at(1));
            const QString second = sideEffectTermKey(fields.at(2));
            readable = !first.isEmpty() && !second.isEmpty() && first != second;
            if (readable)
                (action == QLatin1String("add") ? table.added : table.removed).append({first, second});
        }
        if (!readable && errors)
            errors->append({i + 1, QCoreApplication::translate("SynonymTable", "cannot read this line: %1").arg(line)});
    }
    return table;
}

} // namespace formulary
