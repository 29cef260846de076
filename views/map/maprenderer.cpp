#include "maprenderer.h"

#include "maplegend_p.h"

#include "geo/worldgeometry.h"
#include "timeline/colorscale.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace dyad {

namespace {

constexpr double smallestNodeRadius = 3.5;
constexpr double nodeRadiusRange = 10;
constexpr double thinnestArc = 1.0;
constexpr double arcWidthRange = 8;

double nodeRadius(const MapNode &node, quint32 maxCount)
{
    const double share = maxCount > 0 ? std::sqrt(double(node.count) / double(maxCount)) : 0;
    const double radius = smallestNodeRadius + nodeRadiusRange * share;
    return node.anchorNode >= 0 ? radius * 0.75 : radius;
}

double distance(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
    return distance(p, a + ab * t);
}

// People and bodies without a home stand in a ring around their state.
void placeSatellites(const MapScene &scene, std::vector<MapFrame::NodeItem> &items)
{
    QHash<qsizetype, int> placedAround;
    for (size_t i = 0; i < scene.nodes.size(); ++i) {
        const qsizetype anchor = scene.nodes[i].anchorNode;
        if (anchor < 0)
            continue;
        const int index = placedAround[anchor]++;
        const int ring = index / 8;
        const double angle = -std::numbers::pi / 3 + (index % 8) * (std::numbers::pi / 4) + ring * std::numbers::pi / 8;
        const double reach = items[size_t(anchor)].radius + items[i].radius + 3 + ring * 14;
        items[i].center = items[size_t(anchor)].center + QPointF(std::cos(angle), std::sin(angle)) * reach;
    }
}

// Nodes sharing a spot (NATO and the EU in Brussels) are pushed apart until they only touch.
void separateOverlaps(std::vector<MapFrame::NodeItem> &items)
{
    for (int pass = 0; pass < 8; ++pass) {
        bool moved = false;
        for (size_t i = 0; i < items.size(); ++i) {
            for (size_t j = i + 1; j < items.size(); ++j) {
                QPointF delta = items[j].center - items[i].center;
                const double minimum = items[i].radius + items[j].radius + 1.5;
                double gap = std::hypot(delta.x(), delta.y());
                if (gap >= minimum)
                    continue;
                if (gap < 1e-6) {
                    const double angle = double(j) * 2.39996;  // the golden angle spreads many on one spot
                    delta = QPointF(std::cos(angle), std::sin(angle));
                    gap = 1;
                }
                const QPointF push = delta / gap * ((minimum - std::max(gap, 1e-6 * minimum)) / 2);
                items[i].center -= push;
                items[j].center += push;
                moved = true;
            }
        }
        if (!moved)
            break;
    }
}

// Labels go right, left, above or below their node, most active actors first; a label that
// fits nowhere is left out rather than drawn over another.
void placeLabels(const MapScene &scene, std::vector<MapFrame::NodeItem> &items, const QRectF &rect, const QFontMetricsF &metrics)
{
    std::vector<QRectF> taken;
    taken.reserve(items.size() * 2);
    for (const auto &item : items)
        taken.push_back(QRectF(item.center - QPointF(item.radius, item.radius), QSizeF(2 * item.radius, 2 * item.radius)));
    for (size_t i = 0; i < items.size(); ++i) {
        const QSizeF size(metrics.horizontalAdvance(scene.nodes[i].label) + 4, metrics.height());
        const QPointF c = items[i].center;
        const double r = items[i].radius + 2;
        const QRectF candidates[] = {
            QRectF(QPointF(c.x() + r, c.y() - size.height() / 2), size),
            QRectF(QPointF(c.x() - r - size.width(), c.y() - size.height() / 2), size),
            QRectF(QPointF(c.x() - size.width() / 2, c.y() - r - size.height()), size),
            QRectF(QPointF(c.x() - size.width() / 2, c.y() + r), size),
        };
        for (const QRectF &candidate : candidates) {
            if (!rect.contains(candidate))
                continue;
            const bool free = std::none_of(taken.begin(), taken.end(), [&](const QRectF &other) {
                return other.intersects(candidate.adjusted(1, 1, -1, -1));
            });
            if (free) {
                items[i].labelRect = candidate;
                taken.push_back(candidate);
                break;
            }
        }
    }
}

// A quadratic curve as a short polyline: a polyline is several times cheaper to stroke with
// antialiasing than a curve, and a segment per 25 pixels looks smooth.
// Draws a flattened curve as separate line segments. With a wide antialiased pen the raster
// engine rasterises each line directly, about four times faster than stroking the polyline
// with joins; the pen is opaque, so the segments' overlaps do not show, and the curve turns
// a few degrees per segment, so the gaps at the joints stay below a quarter of a pixel.
void drawSegments(QPainter *painter, const QPolygonF &curve)
{
    QVarLengthArray<QLineF, 32> lines;
    for (qsizetype k = 1; k < curve.size(); ++k)
        lines.append(QLineF(curve[k - 1], curve[k]));
    painter->drawLines(lines.data(), int(lines.size()));
}

QPolygonF arcPath(QPointF from, QPointF to)
{
    const QPointF along = to - from;
    const double length = std::hypot(along.x(), along.y());
    if (length < 1)
        return {};
    // Bulge upward (or leftward for a vertical pair): arcs read like flight paths.
    QPointF normal(along.y() / length, -along.x() / length);
    if (normal.y() > 0 || (std::abs(normal.y()) < 1e-9 && normal.x() > 0))
        normal = -normal;
    const QPointF control = (from + to) / 2 + normal * (0.2 * length);
    const int segments = std::clamp(int(length / 25), 6, 48);
    QPolygonF points;
    points.reserve(segments + 1);
    for (int i = 0; i <= segments; ++i) {
        const double t = double(i) / segments;
        points.append((1 - t) * (1 - t) * from + 2 * (1 - t) * t * control + t * t * to);
    }
    return points;
}

} // namespace

MapColors MapColors::fromPalette(const QPalette &palette)
{
    MapColors colors;
    const QColor base = palette.color(QPalette::Base);
    const bool dark = base.lightnessF() < 0.5;
    colors.sea = dark ? QColor(0x1c, 0x26, 0x30) : QColor(0xdc, 0xe7, 0xf0);
    colors.land = dark ? QColor(0x3a, 0x3f, 0x44) : QColor(0xf4, 0xf1, 0xea);
    colors.involvedLand = dark ? QColor(0x55, 0x5d, 0x48) : QColor(0xe6, 0xdf, 0xc6);
    colors.border = dark ? QColor(0x62, 0x6a, 0x72) : QColor(0xb9, 0xb4, 0xaa);
    colors.node = dark ? QColor(0xe8, 0xe8, 0xe8) : QColor(0x33, 0x3b, 0x45);
    colors.nodeOutline = dark ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white);
    colors.text = palette.color(QPalette::Text);
    colors.halo = base;
    colors.halo.setAlpha(200);
    colors.panel = base;
    colors.panel.setAlpha(225);
    colors.highlight = dark ? QColor(0xff, 0xc8, 0x3d) : QColor(0xe0, 0x8e, 0x00);
    return colors;
}

std::optional<qsizetype> MapFrame::nodeAt(QPointF point) const
{
    // Smallest first: a person beside a big state stays clickable.
    std::optional<qsizetype> best;
    for (size_t i = 0; i < nodes.size(); ++i) {
        if (distance(point, nodes[i].center) <= nodes[i].radius + 2 && (!best || nodes[i].radius < nodes[size_t(*best)].radius))
            best = qsizetype(i);
    }
    return best;
}

std::optional<qsizetype> MapFrame::arcAt(QPointF point) const
{
    std::optional<qsizetype> best;
    double bestDistance = 0;
    for (size_t i = 0; i < drawnArcCount; ++i) {
        const QPolygonF &path = arcs[i].path;
        if (path.size() < 2 || !path.boundingRect().adjusted(-6, -6, 6, 6).contains(point))
            continue;
        for (qsizetype k = 1; k < path.size(); ++k) {
            const double d = distanceToSegment(point, path[k - 1], path[k]);
            if (d <= std::max(arcs[i].width / 2, 2.0) + 2 && (!best || d < bestDistance)) {
                best = qsizetype(i);
                bestDistance = d;
            }
        }
    }
    return best;
}

MapRenderer::MapRenderer(std::shared_ptr<const WorldGeometry> world)
    : m_world(std::move(world))
    , m_landCache(std::make_unique<LandCache>())
{
}

MapRenderer::~MapRenderer() = default;

QRectF MapRenderer::sceneBounds(const MapScene &scene)
{
    // Not QRectF::united(): it ignores rectangles of zero size, which single points are.
    if (scene.nodes.empty())
        return {};
    QPointF low = scene.nodes.front().position;
    QPointF high = low;
    for (const MapNode &node : scene.nodes) {
        low = QPointF(std::min(low.x(), node.position.x()), std::min(low.y(), node.position.y()));
        high = QPointF(std::max(high.x(), node.position.x()), std::max(high.y(), node.position.y()));
    }
    return QRectF(low, high);
}

MapFrame MapRenderer::layout(const MapScene &scene, const MapViewport &viewport, const QRectF &rect, const QFont &font) const
{
    MapFrame frame;
    frame.rect = rect;
    frame.nodes.resize(scene.nodes.size());
    for (size_t i = 0; i < scene.nodes.size(); ++i) {
        frame.nodes[i].center = viewport.toScreen(scene.nodes[i].position) + rect.topLeft();
        frame.nodes[i].radius = nodeRadius(scene.nodes[i], scene.maxNodeCount);
    }
    placeSatellites(scene, frame.nodes);
    separateOverlaps(frame.nodes);
    placeLabels(scene, frame.nodes, rect, QFontMetricsF(font));

    frame.arcs.resize(scene.relations.size());
    frame.drawnArcCount = std::min(scene.relations.size(), arcLimit);
    for (size_t i = 0; i < scene.relations.size(); ++i) {
        const Relation &relation = scene.relations[i];
        const QPointF from = frame.nodes[size_t(scene.nodeOfActor.value(relation.a))].center;
        const QPointF to = frame.nodes[size_t(scene.nodeOfActor.value(relation.b))].center;
        MapFrame::ArcItem &arc = frame.arcs[i];
        arc.path = arcPath(from, to);
        const double share = scene.maxRelationCount > 0 ? std::sqrt(double(relation.count) / double(scene.maxRelationCount)) : 0;
        arc.width = thinnestArc + arcWidthRange * share;
        arc.color = toneColor(relation.meanTone);
    }
    return frame;
}

void MapRenderer::render(QPainter *painter, const QRectF &rect, const MapScene &scene,
                         const MapViewport &viewport, const MapPaintOptions &options) const
{
    paint(painter, layout(scene, viewport, rect, options.font), scene, viewport, options);
}

void MapRenderer::paint(QPainter *painter, const MapFrame &frame, const MapScene &scene,
                        const MapViewport &viewport, const MapPaintOptions &options) const
{
    const MapColors colors = MapColors::fromPalette(options.palette);
    painter->save();
    painter->setClipRect(frame.rect);
    painter->setFont(options.font);
    if (options.mode == MapLayoutMode::Geography)
        paintLand(painter, frame.rect, scene, viewport, colors, options);
    else
        painter->fillRect(frame.rect, options.palette.color(QPalette::Base));

    painter->setRenderHint(QPainter::Antialiasing);
    paintArcs(painter, frame, scene, options, colors);
    if (options.mode == MapLayoutMode::Geography)
        paintSelectedPlace(painter, frame.rect, viewport, options, colors);
    paintNodes(painter, frame, scene, options, colors);
    if (options.legend)
        paintMapLegend(painter, frame.rect, scene, colors, options);
    painter->restore();
}

void MapRenderer::paintLand(QPainter *painter, const QRectF &rect, const MapScene &scene, const MapViewport &viewport,
                            const MapColors &colors, const MapPaintOptions &options) const
{
    if (!options.cacheLand) {
        paintLandLayer(painter, rect, scene, viewport, colors);
        return;
    }
    const qreal ratio = painter->device()->devicePixelRatioF();
    const QSize pixels = (rect.size() * ratio).toSize();
    LandCache &cache = *m_landCache;
    const bool sameLook = cache.pixmap.size() == pixels && cache.pixmap.devicePixelRatio() == ratio
                          && cache.land == colors.land.rgba() && cache.involved == scene.involvedCountries;
    if (sameLook && !(cache.viewport == viewport) && options.landMayLag) {
        // Mid-gesture: move and scale the last land instead of drawing it again.
        painter->save();
        painter->fillRect(rect, colors.sea);
        painter->translate(rect.topLeft());
        painter->setTransform(cache.viewport.transform().inverted() * viewport.transform(), true);
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawPixmap(QPointF(0, 0), cache.pixmap);
        painter->restore();
        return;
    }
    if (!sameLook || !(cache.viewport == viewport)) {
        cache.pixmap = QPixmap(pixels);
        cache.pixmap.setDevicePixelRatio(ratio);
        QPainter layer(&cache.pixmap);
        paintLandLayer(&layer, QRectF(QPointF(0, 0), rect.size()), scene, viewport, colors);
        cache.viewport = viewport;
        cache.land = colors.land.rgba();
        cache.involved = scene.involvedCountries;
    }
    painter->drawPixmap(rect.topLeft(), cache.pixmap);
}

void MapRenderer::paintLandLayer(QPainter *painter, const QRectF &rect, const MapScene &scene, const MapViewport &viewport,
                                 const MapColors &colors) const
{
    painter->save();
    painter->fillRect(rect, colors.sea);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(rect.topLeft());
    painter->setTransform(viewport.transform(), true);
    QPen border(colors.border, 0.6);
    border.setCosmetic(true);
    painter->setPen(border);
    const QRectF visible = viewport.visibleRect();
    const double onePixel = 1.0 / viewport.scale();
    // Ring by ring: rings off screen or smaller than a pixel cost nothing, and a polygon is
    // cheaper to fill than a path.
    for (const CountryGeometry &country : m_world->countries()) {
        if (!country.projectedBounds.intersects(visible))
            continue;
        const bool involved = !country.alpha3.isEmpty() && scene.involvedCountries.contains(country.alpha3);
        painter->setBrush(involved ? colors.involvedLand : colors.land);
        for (qsizetype ring = 0; ring < country.projectedRings.size(); ++ring) {
            const QRectF &bounds = country.projectedRingBounds[ring];
            if ((bounds.width() < onePixel && bounds.height() < onePixel) || !bounds.intersects(visible))
                continue;
            painter->drawPolygon(country.projectedRings[ring], Qt::OddEvenFill);
        }
    }
    painter->restore();
}

void MapRenderer::paintArcs(QPainter *painter, const MapFrame &frame, const MapScene &scene, const MapPaintOptions &options,
                            const MapColors &colors) const
{
    const std::optional<ActorIndex> hoveredActor =
        options.hoveredNode ? std::optional(scene.nodes[size_t(*options.hoveredNode)].actor) : std::nullopt;
    const bool anyHover = options.hoveredNode || options.hoveredRelation;
    painter->setBrush(Qt::NoBrush);
    // Thick arcs first (relations come busiest first), so thin ones on top stay visible.
    for (size_t i = 0; i < frame.arcs.size(); ++i) {
        const Relation &relation = scene.relations[i];
        const bool touchesHovered = hoveredActor && (relation.a == *hoveredActor || relation.b == *hoveredActor);
        if (i >= frame.drawnArcCount && !touchesHovered)
            continue;
        const MapFrame::ArcItem &arc = frame.arcs[i];
        const bool emphasised = options.hoveredRelation ? *options.hoveredRelation == qsizetype(i) : touchesHovered;
        const bool selected = options.selectedActors.contains(relation.a) && options.selectedActors.contains(relation.b);
        if (selected) {
            painter->setPen(QPen(colors.highlight, arc.width + 4, Qt::SolidLine, Qt::RoundCap));
            drawSegments(painter, arc.path);
        }
        if (anyHover && !emphasised) {
            // Faded: a hairline, which is also the cheapest thing to draw.
            QColor faded = arc.color;
            faded.setAlphaF(0.35f);
            QPen hairline(faded, 1);
            hairline.setCosmetic(true);
            painter->setPen(hairline);
            painter->drawPolyline(arc.path);
        } else {
            // Opaque: antialiased wide lines with alpha cost several times more to rasterise.
            painter->setPen(QPen(arc.color, arc.width, Qt::SolidLine, Qt::FlatCap));
            drawSegments(painter, arc.path);
        }
    }
}

void MapRenderer::paintNodes(QPainter *painter, const MapFrame &frame, const MapScene &scene, const MapPaintOptions &options,
                             const MapColors &colors) const
{
    const QFontMetricsF metrics(options.font);
    for (size_t i = 0; i < frame.nodes.size(); ++i) {
        const MapFrame::NodeItem &item = frame.nodes[i];
        const MapNode &node = scene.nodes[i];
        const QRectF box(item.center - QPointF(item.radius, item.radius), QSizeF(2 * item.radius, 2 * item.radius));
        const bool selected = options.selectedActors.contains(node.actor);
        const bool hovered = options.hoveredNode == qsizetype(i);
        if (selected || hovered) {
            painter->setPen(QPen(colors.highlight, 3));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(box.adjusted(-3, -3, 3, 3));
        }
        painter->setPen(QPen(colors.nodeOutline, 1.5));
        switch (node.kind) {
        case ActorKind::State:
            painter->setBrush(colors.node);
            painter->drawEllipse(box);
            break;
        case ActorKind::Organisation:
        case ActorKind::Company:
            painter->setBrush(colors.node);
            painter->drawRoundedRect(box, item.radius * 0.3, item.radius * 0.3);
            break;
        default:  // people, armed groups and others: a ring
            painter->setBrush(colors.nodeOutline);
            painter->drawEllipse(box);
            painter->setPen(QPen(colors.node, std::max(1.5, item.radius * 0.45)));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(box.adjusted(item.radius * 0.25, item.radius * 0.25, -item.radius * 0.25, -item.radius * 0.25));
            break;
        }
    }
    for (size_t i = 0; i < frame.nodes.size(); ++i) {
        QRectF label = frame.nodes[i].labelRect;
        const bool hovered = options.hoveredNode == qsizetype(i);
        if (label.isEmpty() && !hovered)
            continue;
        if (label.isEmpty()) {
            const QPointF c = frame.nodes[i].center;
            label = QRectF(QPointF(c.x() + frame.nodes[i].radius + 2, c.y() - metrics.height() / 2),
                           QSizeF(metrics.horizontalAdvance(scene.nodes[i].label) + 4, metrics.height()));
        }
        painter->setPen(Qt::NoPen);
        painter->setBrush(colors.halo);
        painter->drawRoundedRect(label, 3, 3);
        painter->setPen(colors.text);
        painter->drawText(label, Qt::AlignCenter, scene.nodes[i].label);
    }
}

void MapRenderer::paintSelectedPlace(QPainter *painter, const QRectF &rect, const MapViewport &viewport, const MapPaintOptions &options,
                                     const MapColors &colors) const
{
    if (!options.selectedPlace)
        return;
    const QPointF at = viewport.toScreen(*options.selectedPlace) + rect.topLeft();
    QPolygonF diamond({at + QPointF(0, -7), at + QPointF(7, 0), at + QPointF(0, 7), at + QPointF(-7, 0)});
    painter->setPen(QPen(colors.nodeOutline, 1.5));
    painter->setBrush(colors.highlight);
    painter->drawPolygon(diamond);
}

} // namespace dyad
