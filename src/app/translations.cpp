#include "app/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>
#include <vector>

namespace formulary::translations {
namespace {

std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

bool add(const QLocale &locale, const QString &name, const QString &folder)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, name, QStringLiteral("_"), folder)
        || !QCoreApplication::installTranslator(translator.get()))
        return false;
    installed().push_back(std::move(translator));
    return true;
}

} // namespace

QString directory()
{
    return QStringLiteral(":/formulary/translations");
}

QString install(const QLocale &locale)
{
    remove();
    for (const QString &language : locale.uiLanguages()) {
        const QLocale candidate(language);
        // The user prefers the source's language to any translation after it.
        if (candidate.language() == QLocale::English || candidate.language() == QLocale::C)
            return QString();
        if (add(candidate, QStringLiteral("formulary"), directory())) {
            // Optional: Qt's translations are a package of their own.
            add(candidate, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
            return QLocale::languageToCode(candidate.language());
        }
    }
    return QString();
}

void remove()
{
    for (const auto &translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();
}

} // namespace formulary::translations
