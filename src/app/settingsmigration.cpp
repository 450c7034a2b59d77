#include "app/settingsmigration.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>

namespace formulary {

void adoptUnnamedOrganizationSettings()
{
    QSettings old(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Unknown Organization"),
                  QCoreApplication::applicationName());
    const QStringList keys = old.allKeys();
    if (keys.isEmpty())
        return;
    QSettings settings;
    if (settings.allKeys().isEmpty()) {
        for (const QString &key : keys)
            settings.setValue(key, old.value(key));
        settings.sync();
    }
    if (settings.status() == QSettings::NoError) {
        old.clear();
        old.sync();
        QFile::remove(old.fileName());
    }
}

} // namespace formulary
