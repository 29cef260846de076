// map_*: what the actor map computes and paints for a one-year window under a country filter.
// map_paint is one 1920x1080 frame as the widget paints it while the window moves (layout,
// arcs, nodes, labels, legend over the cached land); map_paint_land adds redrawing the land,
// as after a pan or zoom.
#include "benchsuites.h"

#include "aggregate/relations.h"
#include "geo/actorplacement.h"
#include "geo/worldgeometry.h"
#include "map/maprenderer.h"
#include "map/worldmapdata.h"
#include "session/session.h"

#include <QApplication>
#include <QDate>
#include <QImage>
#include <QPainter>

namespace dyad::bench {

void runMapBenchmarks(Session &session, BenchReporter &report)
{
    const EventStore &store = session.store();
    EventFilter filter;
    filter.actorIds = {QStringLiteral("TUR")};
    const qint32 from = qint32(QDate(2020, 1, 1).toJulianDay());
    const qint32 to = qint32(QDate(2020, 12, 31).toJulianDay());
    const FilterResult filtered = runFilter(store, filter);
    std::size_t sink = 0;
    report.measure(QStringLiteral("map_aggregate"), 15, [&] {
        sink += aggregateRelations(store, filtered.rows, from, to, RelationGrouping::ByState).relations.size();
    });
    report.measure(QStringLiteral("map_filter_and_aggregate"), 15, [&] {
        EventFilter windowed = filter;
        windowed.fromDay = from;
        windowed.toDay = to;
        const FilterResult rows = runFilter(store, windowed);
        sink += aggregateRelations(store, rows.rows, from, to, RelationGrouping::ByState).relations.size();
    });

    std::shared_ptr<const WorldGeometry> world;
    report.measureOnce(QStringLiteral("map_load_world"), [&] { world = sharedWorldGeometry(); });
    const std::vector<ActorPlace> places = placeActors(store, *world);
    const FilterResult all = runFilter(store, EventFilter());
    // Built outside measure(), which --only may skip: the paints below need it.
    MapScene scene = buildMapScene(store, all.rows, {from, to}, RelationGrouping::ByState, MapLayoutMode::Geography, places);
    report.measure(QStringLiteral("map_scene_all_actors_year"), 15, [&] {
        scene = buildMapScene(store, all.rows, {from, to}, RelationGrouping::ByState, MapLayoutMode::Geography, places);
    });
    report.value(QStringLiteral("map_scene_nodes"), double(scene.nodes.size()), QStringLiteral("nodes"));
    report.value(QStringLiteral("map_scene_relations"), double(scene.relations.size()), QStringLiteral("arcs"));

    // The frame a user sees with a country filter: Turkey and its partners over a year.
    const MapScene turkey = buildMapScene(store, filtered.rows, {from, to}, RelationGrouping::ByState, MapLayoutMode::Geography, places);
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const QRectF bounds(0, 0, image.width(), image.height());
    MapViewport viewport;
    viewport.setSize(bounds.size());
    viewport.fitTo(NaturalEarthProjection::worldRect(), bounds.size(), 20);
    MapRenderer renderer(world);
    MapPaintOptions options;
    options.palette = QApplication::palette();
    options.font = QApplication::font();
    const auto paint = [&](const MapScene &shown) {
        QPainter painter(&image);
        renderer.render(&painter, bounds, shown, viewport, options);
    };
    paint(turkey);  // fills the land cache, as the widget's first frame does
    report.measure(QStringLiteral("map_paint"), 30, [&] { paint(turkey); });
    report.measure(QStringLiteral("map_paint_all_actors"), 30, [&] { paint(scene); });
    report.measure(QStringLiteral("map_paint_land"), 15, [&] {
        viewport.panBy(QPointF(1, 0));  // a new viewport: the land is drawn again
        paint(turkey);
    });
    if (sink == 0)
        report.value(QStringLiteral("map_aggregate_found_nothing"), 1);
}

} // namespace dyad::bench
