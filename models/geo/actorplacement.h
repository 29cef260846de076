#pragma once

#include "core/eventstore.h"
#include "core/geopoint.h"

#include <vector>

namespace dyad {

class WorldGeometry;

// Where an actor stands on the world map, and why there.
struct ActorPlace
{
    enum class Basis : quint8 {
        Home,      // its own home location (a capital, an organisation's seat)
        Centroid,  // a state without a home: the middle of its land
        OfState,   // a person or body without a home: next to the state it belongs to
        None,      // nowhere known: the map lists it instead of guessing
    };

    Basis basis = Basis::None;
    GeoPoint point;             // valid unless basis is None
    ActorIndex anchor = 0;      // OfState: the state it stands next to; otherwise itself

    bool isPlaced() const { return basis != Basis::None; }
};

// One place per actor of the store, indexed by ActorIndex. A state's id is its ISO 3166-1
// alpha-3 code, which the geometry knows; an organisation's seat must be its home.
std::vector<ActorPlace> placeActors(const EventStore &store, const WorldGeometry &world);

} // namespace dyad
