#pragma once

#include "core/geopoint.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>

namespace dyad {

class CountryCodes;

// The land of one state, or a piece of land Dyad attributes to no state. Lon/lat rectangles
// hold the longitude in x and the latitude in y (so their top() is the southern edge);
// projected ones are in NaturalEarthProjection coordinates (y grows southward).
// Fill the rings with Qt::OddEvenFill: holes (Lesotho in South Africa) are rings too.
struct CountryGeometry
{
    QString alpha3;  // empty: land of no state (the Siachen Glacier)
    QString name;    // English name from the code table; Natural Earth's for land of no state
    QList<QPolygonF> rings;              // lon/lat degrees, cut at the ±180° meridian
    QList<QPolygonF> projectedRings;     // the same rings, projected
    QList<QRectF> projectedRingBounds;   // one per ring, to skip rings outside the view
    QRectF bounds;                    // lon/lat, all rings
    QRectF mainBounds;                // lon/lat, the largest ring (France without its overseas land)
    QRectF projectedBounds;
    QRectF projectedMainBounds;
    // Where to put a state without a home location: the area-weighted centroid of the largest
    // ring, moved onto the land when the ring's shape puts it outside.
    GeoPoint centroid;
};

// The world's countries from Natural Earth's 50m shapes (world-atlas), keyed by ISO 3166-1
// alpha-3. Load it once and share it; it is immutable after loading. Shapes without an ISO
// code are attributed as docs/map-data.md explains (Northern Cyprus to CYP, Kosovo to XKX...).
class WorldGeometry
{
public:
    static QString resourcePath() { return QStringLiteral(":/geo/countries-50m.json"); }

    // On failure the geometry is left empty and error (if given) explains why.
    bool load(const CountryCodes &codes, QString *error = nullptr);
    bool loadTopoJson(const QByteArray &json, const CountryCodes &codes, QString *error = nullptr);

    bool isEmpty() const { return m_countries.isEmpty(); }
    // Every drawn piece of land: one entry per state, then land of no state.
    const QList<CountryGeometry> &countries() const { return m_countries; }
    // Lookups take the canonical alpha-3 code (CountryCodes::canonicalAlpha3); null when unknown.
    const CountryGeometry *country(QStringView alpha3) const;
    std::optional<GeoPoint> centroid(QStringView alpha3) const;
    QRectF bounds(QStringView alpha3) const;  // lon/lat; null rectangle when unknown
    // The country whose land contains a projected point; null over the sea.
    const CountryGeometry *countryAt(QPointF projected) const;
    const CountryGeometry *countryAt(GeoPoint point) const;

private:
    QList<CountryGeometry> m_countries;
    QHash<QString, qsizetype> m_byAlpha3;
};

} // namespace dyad
