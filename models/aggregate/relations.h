#pragma once

#include "core/eventstore.h"

#include <array>
#include <span>
#include <vector>

namespace dyad {

// Whether people and bodies count as themselves or fold into the state they belong to
// (EventStore::stateGroup); folded, two Russians meeting make no pair.
enum class RelationGrouping { ByActor, ByState };

// The events one unordered pair of actors (or states) share within a time window: every two
// distinct participants of an event make a pair, so an event with three actors counts for
// three pairs.
struct Relation
{
    ActorIndex a = 0;  // a < b
    ActorIndex b = 0;
    quint32 count = 0;
    double meanTone = 0;
    std::array<EventRow, 3> latest{noRow, noRow, noRow};  // the latest-starting events first
    quint8 latestCount = 0;

    std::span<const EventRow> latestRows() const { return {latest.data(), latestCount}; }
};

// How many events of the window an actor (or a state with its people) takes part in.
struct ActorActivity
{
    ActorIndex actor = 0;
    quint32 count = 0;
    double meanTone = 0;
};

struct RelationSummary
{
    std::vector<Relation> relations;      // most events first; ties in (a, b) order
    std::vector<ActorActivity> activity;  // actors with events in the window, by actor index
    quint32 eventCount = 0;               // events overlapping the window
};

// Aggregates the events among `rows` (in start order, as FilterResult::rows) that overlap the
// days [fromDay, toDay], both inclusive.
RelationSummary aggregateRelations(const EventStore &store, std::span<const EventRow> rows, qint32 fromDay,
                                   qint32 toDay, RelationGrouping grouping);
// The same over every event of the store.
RelationSummary aggregateRelations(const EventStore &store, qint32 fromDay, qint32 toDay, RelationGrouping grouping);

} // namespace dyad
