#include "store/termpostings.h"

#include <QtAlgorithms>

#include <algorithm>

namespace formulary {
namespace {

void appendVarint(QByteArray &bytes, quint64 value)
{
    while (value >= 0x80) {
        bytes.append(char((value & 0x7f) | 0x80));
        value >>= 7;
    }
    bytes.append(char(value));
}

// False when the bytes end inside the number or it is longer than 64 bits.
bool readVarint(const QByteArray &bytes, qsizetype *at, quint64 *value)
{
    // Most counts and many id steps are below 128: one byte, read at once.
    if (*at < bytes.size()) {
        if (const auto byte = quint8(bytes.at(*at)); !(byte & 0x80)) {
            ++*at;
            *value = byte;
            return true;
        }
    }
    quint64 result = 0;
    for (int shift = 0; shift < 64 && *at < bytes.size(); shift += 7) {
        const auto byte = quint8(bytes.at((*at)++));
        result |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80)) {
            *value = result;
            return true;
        }
    }
    return false;
}

} // namespace

bool TermPostings::next(Posting *posting)
{
    quint64 delta = 0, mask = 0;
    if (!readVarint(m_bytes, &m_at, &delta) || !readVarint(m_bytes, &m_at, &mask)) {
        m_at = m_bytes.size();
        return false;
    }
    m_lastId += qint64(delta);
    posting->drugId = m_lastId;
    posting->columns = quint32(mask & ((1u << fulltextindex::ColumnCount) - 1));
    posting->counts = {};
    // Only the columns the mask names hold a count.
    for (quint32 columns = posting->columns; columns != 0; columns &= columns - 1) {
        quint64 count = 0;
        if (!readVarint(m_bytes, &m_at, &count)) {
            m_at = m_bytes.size();
            return false;
        }
        posting->counts[size_t(qCountTrailingZeroBits(columns))] = quint32(std::min<quint64>(count, 0xffffffffu));
    }
    return true;
}

void TermPostings::Writer::add(const Posting &posting)
{
    appendVarint(m_bytes, quint64(posting.drugId - m_lastId));
    m_lastId = posting.drugId;
    quint64 mask = 0;
    for (int column = 0; column < fulltextindex::ColumnCount; ++column) {
        if (posting.counts[size_t(column)] > 0)
            mask |= quint64(1) << column;
    }
    appendVarint(m_bytes, mask);
    for (const quint32 count : posting.counts) {
        if (count > 0)
            appendVarint(m_bytes, count);
    }
}

} // namespace formulary
