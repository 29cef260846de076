#include "textarena.h"

#include <limits>
#include <stdexcept>

namespace dyad {

TextArena::Ref TextArena::append(QStringView text)
{
    return appendUtf8(text.toUtf8());
}

TextArena::Ref TextArena::appendUtf8(QByteArrayView utf8)
{
    if (m_bytes.size() + size_t(utf8.size()) > std::numeric_limits<quint32>::max())
        throw std::length_error("Dyad's text storage is limited to 4 GB");
    const Ref ref{quint32(m_bytes.size()), quint32(utf8.size())};
    m_bytes.insert(m_bytes.end(), utf8.begin(), utf8.end());
    return ref;
}

quint32 StringTable::intern(const QString &text)
{
    const auto found = m_index.constFind(text);
    if (found != m_index.constEnd())
        return *found;
    const auto index = quint32(m_strings.size());
    m_strings.append(text);
    m_index.insert(text, index);
    return index;
}

void StringTable::clear()
{
    m_strings.clear();
    m_index.clear();
}

} // namespace dyad
