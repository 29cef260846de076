#pragma once

#include "geopoint.h"

#include <QString>

#include <optional>

namespace dyad {

enum class ActorKind : quint8 { State, Organisation, Person, ArmedGroup, Company, Other };

QString actorKindName(ActorKind kind);            // stable name used in files: "state"
QString actorKindDisplayName(ActorKind kind);     // translated: "State"
std::optional<ActorKind> actorKindFromName(QStringView name);

// Someone who takes part in events: a state (ISO 3166-1 alpha-3 id such as TUR), an
// organisation (NATO, EU), a person or an armed group. A person or a body belongs to a
// state, so that filtering by that country finds their events.
struct Actor
{
    QString id;
    QString name;
    ActorKind kind = ActorKind::State;
    QString stateId;  // the state this actor belongs to; empty for states and bodies of no state
    std::optional<GeoPoint> home;

    friend bool operator==(const Actor &, const Actor &) = default;
};

} // namespace dyad
