#pragma once

#include "core/eventstore.h"
#include "gdeltimporter.h"

#include <string>
#include <unordered_map>

namespace dyad {

// GDELT rows straight into an empty store through EventStore::EventUtf8: no QString per event,
// each distinct place, publisher and category interned once. Actor indexes are the positions
// in GdeltActors::actors(), which finish() adds to the store in that order.
class GdeltStoreSink final : public GdeltImporter::Sink
{
public:
    explicit GdeltStoreSink(EventStore &store);

    void add(const GdeltRow &row, GdeltRowParser &parser, GdeltActors &actors) override;
    // Adds the actors (their positions are the indexes the events use) and sorts the store.
    void finish(const QList<Actor> &actors);

private:
    template<typename T>
    using Cache = std::unordered_map<std::string, T, GdeltActors::Hash, std::equal_to<>>;

    EventStore &m_store;
    Cache<TextArena::Ref> m_placeNames;
    Cache<quint32> m_publishers;
    std::unordered_map<int, CategoryIndex> m_categories;  // by root code and quad class
    std::string m_id;
    QByteArray m_repairedUrl;
    std::vector<ActorIndex> m_actorIndexes;
    std::vector<ParticipantRole> m_roles;
};

} // namespace dyad
