#include "app/recentdrugs.h"

#include <QSettings>

namespace formulary {
namespace {

const QString kSettingsKey = QStringLiteral("history/recentDrugs");

} // namespace

RecentDrugs::RecentDrugs()
    : m_slugs(QSettings().value(kSettingsKey).toStringList().mid(0, kKept))
{ }

void RecentDrugs::visit(const QString &slug)
{
    if (slug.isEmpty() || (!m_slugs.isEmpty() && m_slugs.constFirst() == slug))
        return;
    m_slugs.removeAll(slug);
    m_slugs.prepend(slug);
    if (m_slugs.size() > kKept)
        m_slugs.resize(kKept);
    QSettings().setValue(kSettingsKey, m_slugs);
}

} // namespace formulary
