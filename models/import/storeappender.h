#pragma once

#include "core/eventstore.h"

#include <QByteArray>
#include <QHash>
#include <QStringEncoder>

#include <vector>

namespace dyad {

// Appends Event values to a store through its UTF-8 bulk path. Importers hand out one shared
// string per distinct category, place, publisher and actor id, so those are resolved once per
// string (by address) instead of hashed per event; the rest is encoded into one reused buffer.
// The store ends up exactly as EventStore::appendUnsorted(const Event &) would leave it. The
// events' strings must stay alive while the appender is in use (addresses are keys).
class StoreAppender
{
public:
    explicit StoreAppender(EventStore &store);
    EventKey append(const Event &event);

private:
    static constexpr qsizetype maximumCached = 50'000;
    using Address = std::pair<const QChar *, qsizetype>;
    static Address addressOf(const QString &text) { return {text.constData(), text.size()}; }
    qsizetype encode(QStringView text);  // returns the offset in m_utf8
    QByteArrayView encoded(qsizetype offset, qsizetype end) const { return {m_utf8.constData() + offset, end - offset}; }

    EventStore &m_store;
    QStringEncoder m_encoder{QStringEncoder::Utf8};
    QByteArray m_utf8;
    QHash<Address, CategoryIndex> m_categories;
    QHash<Address, quint32> m_publishers;
    QHash<Address, TextArena::Ref> m_placeNames;
    QHash<Address, std::optional<ActorIndex>> m_actors;
    std::vector<ActorIndex> m_actorIndexes;
    std::vector<ParticipantRole> m_roles;
    std::vector<EventStore::EventUtf8::Source> m_sources;
    std::vector<std::pair<qsizetype, qsizetype>> m_sourceText;  // title and url offsets
};

} // namespace dyad
