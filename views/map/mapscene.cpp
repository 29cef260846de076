#include "mapscene.h"

#include "geo/projection.h"

#include <QCoreApplication>

#include <algorithm>

namespace dyad {

QList<ActorIndex> MapScene::actorsOf(const EventStore &store, const MapNode &node) const
{
    QList<ActorIndex> actors{node.actor};
    if (grouping == RelationGrouping::ByState) {
        for (ActorIndex index = 0; index < ActorIndex(store.actorCount()); ++index) {
            if (index != node.actor && store.stateGroup(index) == node.actor)
                actors.append(index);
        }
    }
    return actors;
}

MapScene buildMapScene(const EventStore &store, std::span<const EventRow> rows, TimeWindow window,
                       RelationGrouping grouping, MapLayoutMode mode, std::span<const ActorPlace> places)
{
    MapScene scene;
    scene.window = window;
    scene.grouping = grouping;
    RelationSummary summary = aggregateRelations(store, rows, window.firstDay, window.lastDay, grouping);
    scene.eventCount = summary.eventCount;

    std::sort(summary.activity.begin(), summary.activity.end(), [](const ActorActivity &x, const ActorActivity &y) {
        return x.count != y.count ? x.count > y.count : x.actor < y.actor;
    });
    for (const ActorActivity &activity : summary.activity) {
        const Actor &actor = store.actor(activity.actor);
        const ActorIndex state = store.stateGroup(activity.actor);
        if (store.actor(state).kind == ActorKind::State)
            scene.involvedCountries.insert(store.actor(state).id);

        const bool placed = activity.actor < places.size() && places[activity.actor].isPlaced();
        if (mode == MapLayoutMode::Geography && !placed) {
            scene.unplaced.append(QCoreApplication::translate("dyad::MapScene", "%1 (%L2)").arg(actor.name).arg(activity.count));
            continue;
        }
        MapNode node;
        node.actor = activity.actor;
        node.label = actor.name.isEmpty() ? actor.id : actor.name;
        node.kind = actor.kind;
        node.count = activity.count;
        node.meanTone = activity.meanTone;
        if (placed)
            node.position = NaturalEarthProjection::project(places[activity.actor].point);
        scene.nodeOfActor.insert(node.actor, qsizetype(scene.nodes.size()));
        scene.maxNodeCount = std::max(scene.maxNodeCount, node.count);
        scene.nodes.push_back(node);
    }
    if (mode == MapLayoutMode::Geography) {
        for (MapNode &node : scene.nodes) {
            const ActorPlace &place = places[node.actor];
            if (place.basis == ActorPlace::Basis::OfState)
                node.anchorNode = scene.nodeOfActor.value(place.anchor, -1);
        }
    }
    for (const Relation &relation : summary.relations) {
        if (scene.nodeOfActor.contains(relation.a) && scene.nodeOfActor.contains(relation.b)) {
            scene.maxRelationCount = std::max(scene.maxRelationCount, relation.count);
            scene.relations.push_back(relation);
        }
    }
    return scene;
}

} // namespace dyad
