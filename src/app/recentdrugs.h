#pragma once

#include <QStringList>

namespace formulary {

// The drugs opened last, most recent first, by slug, as Go → Recent Drugs
// lists them; kept in the settings, so that they are there at the next
// start.
class RecentDrugs
{
public:
    static constexpr int kKept = 20;

    // Read from the settings.
    RecentDrugs();

    // `slug` was opened: it moves to the front, written at once.
    void visit(const QString &slug);
    const QStringList &slugs() const { return m_slugs; }

private:
    QStringList m_slugs;
};

} // namespace formulary
