// Settings from before the application named its organization are adopted
// once, and never overwrite settings already made under the new name.
#include "app/settingsmigration.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace formulary;

class TestSettingsMigration : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QSettings unnamed()
    {
        return QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Unknown Organization"),
                         QStringLiteral("formulary"));
    }

private slots:
    void init()
    {
        QCoreApplication::setApplicationName(QStringLiteral("formulary"));
        QCoreApplication::setOrganizationName(QStringLiteral("formulary"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QSettings().clear();
        unnamed().clear();
    }

    void theOldSettingsAreAdoptedAndTheirFileRemoved()
    {
        QString oldFile;
        {
            QSettings old = unnamed();
            old.setValue(QStringLiteral("view/zoom"), 130);
            old.setValue(QStringLiteral("session/drug"), QStringLiteral("clonazepam"));
            oldFile = old.fileName();
        }
        QVERIFY(QFile::exists(oldFile));
        adoptUnnamedOrganizationSettings();
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("view/zoom")).toInt(), 130);
        QCOMPARE(settings.value(QStringLiteral("session/drug")).toString(), QStringLiteral("clonazepam"));
        QVERIFY2(settings.fileName().endsWith(QLatin1String("/formulary/formulary.conf")),
                 qPrintable(settings.fileName()));
        QVERIFY(!QFile::exists(oldFile));
    }

    void settingsMadeSinceAreKept()
    {
        QSettings().setValue(QStringLiteral("view/zoom"), 90);
        unnamed().setValue(QStringLiteral("view/zoom"), 130);
        adoptUnnamedOrganizationSettings();
        QCOMPARE(QSettings().value(QStringLiteral("view/zoom")).toInt(), 90);
        QVERIFY(unnamed().allKeys().isEmpty());
    }

    void nothingToAdoptChangesNothing()
    {
        QSettings().setValue(QStringLiteral("view/zoom"), 110);
        adoptUnnamedOrganizationSettings();
        QCOMPARE(QSettings().value(QStringLiteral("view/zoom")).toInt(), 110);
    }
};

QTEST_GUILESS_MAIN(TestSettingsMigration)
#include "tst_settingsmigration.moc"
