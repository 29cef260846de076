#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <string_view>
#include <unordered_map>
#include <vector>

namespace dyad {

// A map from UTF-8 strings to values that is looked up with a view of SQLite's row buffer,
// without copying the key. Used on the per-row paths of the reader: std::hash is several
// times faster there than QHash with its per-process seed.
template<typename Value>
class Utf8Map
{
public:
    const Value *find(QByteArrayView key) const
    {
        const auto found = m_map.find(std::string_view(key.data(), size_t(key.size())));
        return found == m_map.end() ? nullptr : &found->second;
    }

    const Value &insert(QByteArrayView key, Value value)
    {
        // A QByteArray's bytes stay where they are when the vector moves the QByteArray.
        m_keys.push_back(key.toByteArray());
        const std::string_view stored(m_keys.back().constData(), size_t(m_keys.back().size()));
        return m_map.insert_or_assign(stored, std::move(value)).first->second;
    }

    size_t size() const { return m_map.size(); }

private:
    std::vector<QByteArray> m_keys;
    std::unordered_map<std::string_view, Value> m_map;
};

} // namespace dyad
