#pragma once

#include "core/geopoint.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QTransform>

#include <optional>

namespace dyad {

// The Natural Earth projection (Šavrič, Jenny, Patterson and Jenny, 2011): a pseudocylindrical
// compromise that shows the whole world in a familiar shape and keeps mid-latitude regions
// such as the Black Sea and the Eastern Mediterranean little distorted.
// Projected coordinates are in Earth radii with the origin at (0°, 0°); x grows eastward and
// y grows SOUTHWARD, like screen coordinates, so projected rectangles are ordinary QRectFs.
struct NaturalEarthProjection
{
    // Latitudes are clamped to ±90°; longitudes are used as given (±180° is the map's edge).
    static QPointF project(GeoPoint point);
    static QPointF project(double longitude, double latitude) { return project(GeoPoint{latitude, longitude}); }
    // No value for points outside the map's outline.
    static std::optional<GeoPoint> unproject(QPointF projected);
    // The projected rectangle that holds the whole world.
    static QRectF worldRect();
};

// What part of the projected plane a widget of a given size shows: the projected point at the
// widget's centre and the scale in pixels per projected unit. A value type with no widget.
class MapViewport
{
public:
    QPointF center() const { return m_center; }
    double scale() const { return m_scale; }
    QSizeF size() const { return m_size; }
    double minimumScale() const { return m_minimumScale; }
    double maximumScale() const { return m_maximumScale; }

    void setCenter(QPointF projected) { m_center = projected; }
    void setScale(double pixelsPerUnit);  // clamped to the scale range
    void setSize(QSizeF widgetSize) { m_size = widgetSize; }
    void setScaleRange(double minimum, double maximum);

    QPointF toScreen(QPointF projected) const;
    QPointF toScreen(GeoPoint point) const { return toScreen(NaturalEarthProjection::project(point)); }
    QPointF toProjected(QPointF screen) const;
    std::optional<GeoPoint> toGeo(QPointF screen) const;
    // Projected to screen coordinates, for painting shapes projected once in advance.
    QTransform transform() const;
    // The projected rectangle the widget shows.
    QRectF visibleRect() const;

    // Scales by factor (clamped to the scale range) keeping the point under screenPos in place.
    void zoomAround(QPointF screenPos, double factor);
    void panBy(QPointF screenDelta);
    // Shows all of projectedRect in widgetSize, leaving margin pixels on each side.
    void fitTo(const QRectF &projectedRect, QSizeF widgetSize, double margin = 0);

    friend bool operator==(const MapViewport &, const MapViewport &) = default;

private:
    QPointF m_center;
    double m_scale = 100;
    QSizeF m_size;
    double m_minimumScale = 1;        // the world is then about five pixels wide
    double m_maximumScale = 1e6;      // about six metres per pixel
};

} // namespace dyad
