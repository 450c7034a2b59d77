#include "app/navigationhistory.h"

namespace formulary {

void NavigationHistory::visit(const Location &location)
{
    if (const Location *here = current(); here && here->samePlace(location)) {
        updateCurrent(location);
        return;
    }
    m_entries.erase(m_entries.begin() + (m_index + 1), m_entries.end());
    m_entries.append(location);
    if (m_entries.size() > MaxEntries)
        m_entries.removeFirst();
    m_index = int(m_entries.size()) - 1;
    emit changed();
}

void NavigationHistory::updateCurrent(const Location &location)
{
    if (m_index >= 0)
        m_entries[m_index] = location;
}

Location NavigationHistory::back()
{
    if (canGoBack()) {
        --m_index;
        emit changed();
    }
    return m_index >= 0 ? m_entries.at(m_index) : Location();
}

Location NavigationHistory::forward()
{
    if (canGoForward()) {
        ++m_index;
        emit changed();
    }
    return m_index >= 0 ? m_entries.at(m_index) : Location();
}

void NavigationHistory::clear()
{
    m_entries.clear();
    m_index = -1;
    emit changed();
}

} // namespace formulary
