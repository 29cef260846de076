#pragma once

#include "mapscene.h"

#include "core/eventstore.h"
#include "geo/projection.h"

#include <QColor>
#include <QFont>
#include <QPolygonF>
#include <QPalette>
#include <QPixmap>
#include <QRectF>

#include <memory>
#include <optional>
#include <vector>

class QPainter;

namespace dyad {

class WorldGeometry;

struct MapColors
{
    QColor sea;
    QColor land;
    QColor involvedLand;
    QColor border;
    QColor node;
    QColor nodeOutline;
    QColor text;
    QColor halo;        // behind labels
    QColor panel;       // the legend's background
    QColor highlight;

    static MapColors fromPalette(const QPalette &palette);
};

// What changes from one paint to the next without changing the layout.
struct MapPaintOptions
{
    MapLayoutMode mode = MapLayoutMode::Geography;
    QPalette palette;
    QFont font;
    std::optional<qsizetype> hoveredNode;
    std::optional<qsizetype> hoveredRelation;
    QList<ActorIndex> selectedActors;     // the selected event's actors
    std::optional<GeoPoint> selectedPlace;
    bool legend = true;
    QString caption;                      // filter and window in words, for exports
    // Widgets reuse a pre-rendered land layer; exports to SVG or PDF draw it as vectors.
    bool cacheLand = true;
    // During a pan or zoom gesture the cached land may be moved and scaled instead of drawn
    // again; the widget repaints crisply when the gesture pauses.
    bool landMayLag = false;
};

// The scene laid out in a widget rectangle for one viewport: where each node, label and arc
// goes. The widget keeps it to hit-test what it painted.
struct MapFrame
{
    struct NodeItem
    {
        QPointF center;
        double radius = 0;
        QRectF labelRect;  // empty when the label did not fit
    };
    struct ArcItem
    {
        QPolygonF path;  // the curve, flattened to a few segments
        double width = 1;
        QColor color;
    };

    QRectF rect;
    std::vector<NodeItem> nodes;  // parallel to MapScene::nodes
    std::vector<ArcItem> arcs;    // parallel to MapScene::relations
    // Only the busiest pairs are drawn (and clickable); a hovered actor shows all of its own.
    size_t drawnArcCount = 0;

    std::optional<qsizetype> nodeAt(QPointF point) const;
    std::optional<qsizetype> arcAt(QPointF point) const;
};

// Paints the actor map: land, the relations as arcs (width by events, colour by mean tone),
// the actors and their labels, and a legend. The widget and the exports both paint with it.
class MapRenderer
{
public:
    // More arcs than this make a hairball, and each costs paint time: the rest are left out
    // (the legend says so) until the user narrows the filter or hovers an actor.
    static constexpr size_t arcLimit = 100;

    explicit MapRenderer(std::shared_ptr<const WorldGeometry> world);
    ~MapRenderer();

    const WorldGeometry &world() const { return *m_world; }

    MapFrame layout(const MapScene &scene, const MapViewport &viewport, const QRectF &rect, const QFont &font) const;
    void paint(QPainter *painter, const MapFrame &frame, const MapScene &scene,
               const MapViewport &viewport, const MapPaintOptions &options) const;
    // layout() and paint() in one call, for exports and benchmarks.
    void render(QPainter *painter, const QRectF &rect, const MapScene &scene,
                const MapViewport &viewport, const MapPaintOptions &options) const;

    // The rectangle that holds the scene's nodes, in projected (geography) or layout (network)
    // coordinates; empty for an empty scene.
    static QRectF sceneBounds(const MapScene &scene);

private:
    void paintLand(QPainter *painter, const QRectF &rect, const MapScene &scene, const MapViewport &viewport,
                   const MapColors &colors, const MapPaintOptions &options) const;
    void paintLandLayer(QPainter *painter, const QRectF &rect, const MapScene &scene, const MapViewport &viewport,
                        const MapColors &colors) const;
    void paintArcs(QPainter *painter, const MapFrame &frame, const MapScene &scene, const MapPaintOptions &options,
                   const MapColors &colors) const;
    void paintNodes(QPainter *painter, const MapFrame &frame, const MapScene &scene, const MapPaintOptions &options,
                    const MapColors &colors) const;
    void paintSelectedPlace(QPainter *painter, const QRectF &rect, const MapViewport &viewport, const MapPaintOptions &options,
                            const MapColors &colors) const;

    // The land as last drawn (countries with events shaded), reused while the viewport, the
    // size, the colours and the shaded countries stay the same.
    struct LandCache
    {
        QPixmap pixmap;
        MapViewport viewport;
        QRgb land = 0;
        QSet<QString> involved;
    };

    std::shared_ptr<const WorldGeometry> m_world;
    std::unique_ptr<LandCache> m_landCache;
};

} // namespace dyad
