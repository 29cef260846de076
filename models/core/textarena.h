#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace dyad {

// Many short strings in one UTF-8 buffer: a million titles cost their bytes plus eight,
// instead of a QString header and an allocation each.
class TextArena
{
public:
    struct Ref
    {
        quint32 offset = 0;
        quint32 length = 0;
    };

    Ref append(QStringView text);
    Ref appendUtf8(QByteArrayView utf8);
    QString text(Ref ref) const { return QString::fromUtf8(bytes(ref)); }
    QByteArrayView bytes(Ref ref) const { return {m_bytes.data() + ref.offset, qsizetype(ref.length)}; }

    void reserve(qsizetype bytes) { m_bytes.reserve(bytes); }
    void clear() { m_bytes.clear(); }
    qsizetype size() const { return qsizetype(m_bytes.size()); }
    qsizetype capacity() const { return qsizetype(m_bytes.capacity()); }

private:
    std::vector<char> m_bytes;
};

// A table of distinct strings (publishers, categories, place names), each stored once.
class StringTable
{
public:
    quint32 intern(const QString &text);
    const QString &at(quint32 index) const { return m_strings.at(index); }
    qsizetype size() const { return m_strings.size(); }
    const QList<QString> &strings() const { return m_strings; }
    void clear();

private:
    QList<QString> m_strings;
    QHash<QString, quint32> m_index;
};

} // namespace dyad
