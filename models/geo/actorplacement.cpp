#include "actorplacement.h"

#include "worldgeometry.h"

namespace dyad {

namespace {

ActorPlace ownPlace(const Actor &actor, ActorIndex index, const WorldGeometry &world)
{
    if (actor.home && actor.home->isValid())
        return {ActorPlace::Basis::Home, *actor.home, index};
    if (actor.kind == ActorKind::State) {
        if (const auto centroid = world.centroid(actor.id))
            return {ActorPlace::Basis::Centroid, *centroid, index};
    }
    return {};
}

} // namespace

std::vector<ActorPlace> placeActors(const EventStore &store, const WorldGeometry &world)
{
    const auto count = ActorIndex(store.actorCount());
    std::vector<ActorPlace> places(count);
    for (ActorIndex index = 0; index < count; ++index)
        places[index] = ownPlace(store.actor(index), index, world);

    // Second pass: members stand next to their state once every state has its place.
    for (ActorIndex index = 0; index < count; ++index) {
        if (places[index].isPlaced())
            continue;
        const ActorIndex state = store.stateGroup(index);
        if (state != index && places[state].isPlaced())
            places[index] = {ActorPlace::Basis::OfState, places[state].point, state};
    }
    return places;
}

} // namespace dyad
