#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace formulary {

// Where the reader was: a drug by its slug (stable across imports), the
// section by its position in the page, and how far down it was scrolled.
struct Location
{
    QString slug;
    int section = -1; // position in page order; -1 for the first tab
    int scroll = 0;
    QStringList highlightTerms;
    QString search{}; // the search the drug was opened from, given back with it

    bool samePlace(const Location &other) const { return slug == other.slug && section == other.section; }
};

// Back and forward across drugs and sections, as in a web browser.
class NavigationHistory : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Adds a new place after the current one, dropping the forward entries.
    void visit(const Location &location);
    // Updates the current place (its scroll position) without a new entry.
    void updateCurrent(const Location &location);

    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index + 1 < m_entries.size(); }
    // Moves and returns the place to show.
    Location back();
    Location forward();

    const Location *current() const { return m_index >= 0 ? &m_entries.at(m_index) : nullptr; }
    int count() const { return int(m_entries.size()); }
    void clear();

    static constexpr int MaxEntries = 200;

signals:
    void changed();

private:
    QList<Location> m_entries;
    int m_index = -1;
};

} // namespace formulary
