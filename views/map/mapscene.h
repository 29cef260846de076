#pragma once

#include "aggregate/relations.h"
#include "geo/actorplacement.h"
#include "session/timewindow.h"

#include <QHash>
#include <QPointF>
#include <QSet>
#include <QString>

#include <span>
#include <vector>

namespace dyad {

enum class MapLayoutMode { Geography, Network };

// One actor drawn on the map.
struct MapNode
{
    ActorIndex actor = 0;
    QString label;
    ActorKind kind = ActorKind::State;
    quint32 count = 0;     // events in the window
    double meanTone = 0;
    // Projected map coordinates (geography) or layout coordinates (network).
    QPointF position;
    // Geography: a person or body without a home stands beside this node, offset on screen.
    qsizetype anchorNode = -1;
};

// What the map shows for one filter and time window, independent of the viewport: the
// actors with events, where they are, and the relations between them.
struct MapScene
{
    TimeWindow window;
    RelationGrouping grouping = RelationGrouping::ByState;
    std::vector<MapNode> nodes;          // most active first
    std::vector<Relation> relations;     // both ends are nodes; most events first
    QHash<ActorIndex, qsizetype> nodeOfActor;
    QSet<QString> involvedCountries;     // alpha-3 codes of the states with events
    QStringList unplaced;                // actors with events but no place ("United Nations (3)")
    quint32 eventCount = 0;
    quint32 maxNodeCount = 0;
    quint32 maxRelationCount = 0;

    bool isEmpty() const { return nodes.empty(); }
    const MapNode *nodeFor(ActorIndex actor) const
    {
        const auto it = nodeOfActor.constFind(actor);
        return it == nodeOfActor.constEnd() ? nullptr : &nodes[size_t(*it)];
    }
    // The actors a node stands for: itself, and when folded by state, its people and bodies.
    QList<ActorIndex> actorsOf(const EventStore &store, const MapNode &node) const;
};

// Aggregates `rows` (filtered, in start order) over `window`. In geography mode, actors
// without a place are left out of nodes and named in unplaced; in network mode every
// active actor is a node and positions are left for the layout to fill.
MapScene buildMapScene(const EventStore &store, std::span<const EventRow> rows, TimeWindow window,
                       RelationGrouping grouping, MapLayoutMode mode, std::span<const ActorPlace> places);

} // namespace dyad
