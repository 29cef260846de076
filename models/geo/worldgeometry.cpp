#include "worldgeometry.h"

#include "antimeridian.h"
#include "countrycodes.h"
#include "projection.h"
#include "topojson.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cmath>

namespace dyad {

namespace {

// Natural Earth shapes that carry no ISO 3166-1 numeric id, by their Natural Earth name, and
// the alpha-3 code Dyad attributes them to; empty: drawn as land of no state.
// docs/map-data.md argues each choice.
struct Attribution
{
    QStringView naturalEarthName;
    QStringView alpha3;
};
constexpr Attribution idlessShapes[] = {
    {u"N. Cyprus", u"CYP"},
    {u"Somaliland", u"SOM"},
    {u"Kosovo", u"XKX"},
    {u"Indian Ocean Ter.", u"AUS"},
    {u"Siachen Glacier", u""},
};

QString alpha3Of(const CountryShape &shape, const CountryCodes &codes)
{
    if (!shape.numericId.isEmpty())
        return codes.alpha3FromNumeric(shape.numericId);
    for (const Attribution &attribution : idlessShapes) {
        if (attribution.naturalEarthName == shape.name)
            return codes.canonicalAlpha3(attribution.alpha3);
    }
    return {};
}

double signedArea(const QPolygonF &ring)
{
    double twiceArea = 0;
    for (qsizetype i = 0, n = ring.size(); i < n; ++i) {
        const QPointF &a = ring[i];
        const QPointF &b = ring[(i + 1) % n];
        twiceArea += a.x() * b.y() - b.x() * a.y();
    }
    return twiceArea / 2;
}

QPointF areaCentroid(const QPolygonF &ring)
{
    double twiceArea = 0;
    double x = 0;
    double y = 0;
    for (qsizetype i = 0, n = ring.size(); i < n; ++i) {
        const QPointF &a = ring[i];
        const QPointF &b = ring[(i + 1) % n];
        const double cross = a.x() * b.y() - b.x() * a.y();
        twiceArea += cross;
        x += (a.x() + b.x()) * cross;
        y += (a.y() + b.y()) * cross;
    }
    if (std::abs(twiceArea) < 1e-12)
        return ring.boundingRect().center();
    return QPointF(x / (3 * twiceArea), y / (3 * twiceArea));
}

// A point of the ring's interior on the horizontal line through `near`: the middle of the
// widest stretch of that line inside the ring, for crescent-shaped land whose centroid falls
// outside it.
QPointF interiorPointNear(const QPolygonF &ring, QPointF near)
{
    std::vector<double> crossings;
    for (qsizetype i = 0, n = ring.size(); i < n; ++i) {
        const QPointF &a = ring[i];
        const QPointF &b = ring[(i + 1) % n];
        if ((a.y() > near.y()) != (b.y() > near.y()))
            crossings.push_back(a.x() + (near.y() - a.y()) * (b.x() - a.x()) / (b.y() - a.y()));
    }
    std::sort(crossings.begin(), crossings.end());
    QPointF best = near;
    double widest = -1;
    for (size_t i = 0; i + 1 < crossings.size(); i += 2) {
        if (crossings[i + 1] - crossings[i] > widest) {
            widest = crossings[i + 1] - crossings[i];
            best = QPointF((crossings[i] + crossings[i + 1]) / 2, near.y());
        }
    }
    return best;
}

QRectF unitedBounds(const QList<QPolygonF> &rings)
{
    QRectF bounds;
    for (const QPolygonF &ring : rings)
        bounds = bounds.isNull() ? ring.boundingRect() : bounds.united(ring.boundingRect());
    return bounds;
}

void completeGeometry(CountryGeometry &country)
{
    QList<QPolygonF> flatRings;
    for (const QPolygonF &ring : std::as_const(country.rings))
        flatRings.append(splitAtAntimeridian(ring));
    country.rings = std::move(flatRings);

    qsizetype largest = -1;
    double largestArea = -1;
    country.projectedRings.reserve(country.rings.size());
    country.projectedRingBounds.reserve(country.rings.size());
    for (const QPolygonF &ring : std::as_const(country.rings)) {
        QPolygonF projected;
        projected.reserve(ring.size());
        for (const QPointF &point : ring)
            projected.append(NaturalEarthProjection::project(point.x(), point.y()));
        const double area = std::abs(signedArea(projected));
        if (area > largestArea) {
            largestArea = area;
            largest = country.projectedRings.size();
        }
        country.projectedRingBounds.append(projected.boundingRect());
        country.projectedRings.append(std::move(projected));
    }
    country.bounds = unitedBounds(country.rings);
    country.projectedBounds = unitedBounds(country.projectedRings);
    if (largest < 0)
        return;
    const QPolygonF &mainRing = country.projectedRings[largest];
    country.mainBounds = country.rings[largest].boundingRect();
    country.projectedMainBounds = mainRing.boundingRect();
    QPointF center = areaCentroid(mainRing);
    if (!mainRing.containsPoint(center, Qt::OddEvenFill))
        center = interiorPointNear(mainRing, center);
    const QPointF fallback = country.mainBounds.center();
    country.centroid = NaturalEarthProjection::unproject(center).value_or(GeoPoint{fallback.y(), fallback.x()});
}

} // namespace

bool WorldGeometry::load(const CountryCodes &codes, QString *error)
{
    QFile file(resourcePath());
    if (!file.open(QIODevice::ReadOnly)) {
        *this = WorldGeometry();
        if (error)
            *error = QCoreApplication::translate("WorldGeometry", "Cannot read the world map %1: %2")
                         .arg(resourcePath(), file.errorString());
        return false;
    }
    return loadTopoJson(file.readAll(), codes, error);
}

bool WorldGeometry::loadTopoJson(const QByteArray &json, const CountryCodes &codes, QString *error)
{
    *this = WorldGeometry();
    TopoJsonDecoding decoded = decodeTopoJson(json, QStringLiteral("countries"));
    if (!decoded.ok()) {
        if (error)
            *error = decoded.error;
        return false;
    }
    QList<CountryGeometry> landOfNoState;
    for (CountryShape &shape : decoded.shapes) {
        const QString alpha3 = alpha3Of(shape, codes);
        if (alpha3.isEmpty()) {
            CountryGeometry land;
            land.name = shape.name;
            land.rings = std::move(shape.rings);
            landOfNoState.append(std::move(land));
            continue;
        }
        auto found = m_byAlpha3.constFind(alpha3);
        if (found == m_byAlpha3.constEnd()) {
            found = m_byAlpha3.insert(alpha3, m_countries.size());
            CountryGeometry state;
            state.alpha3 = alpha3;
            state.name = codes.englishName(alpha3);
            m_countries.append(std::move(state));
        }
        m_countries[*found].rings.append(std::move(shape.rings));
    }
    m_countries.append(std::move(landOfNoState));
    for (CountryGeometry &country : m_countries)
        completeGeometry(country);
    return true;
}

const CountryGeometry *WorldGeometry::country(QStringView alpha3) const
{
    const auto found = m_byAlpha3.constFind(alpha3.toString());
    return found == m_byAlpha3.constEnd() ? nullptr : &m_countries[*found];
}

std::optional<GeoPoint> WorldGeometry::centroid(QStringView alpha3) const
{
    const CountryGeometry *geometry = country(alpha3);
    return geometry ? std::optional(geometry->centroid) : std::nullopt;
}

QRectF WorldGeometry::bounds(QStringView alpha3) const
{
    const CountryGeometry *geometry = country(alpha3);
    return geometry ? geometry->bounds : QRectF();
}

const CountryGeometry *WorldGeometry::countryAt(QPointF projected) const
{
    for (const CountryGeometry &country : m_countries) {
        if (!country.projectedBounds.contains(projected))
            continue;
        // Even-odd over all rings, so a point in a hole (Lesotho inside South Africa) is outside.
        bool inside = false;
        for (qsizetype i = 0; i < country.projectedRings.size(); ++i) {
            if (country.projectedRingBounds[i].contains(projected)
                && country.projectedRings[i].containsPoint(projected, Qt::OddEvenFill))
                inside = !inside;
        }
        if (inside)
            return &country;
    }
    return nullptr;
}

const CountryGeometry *WorldGeometry::countryAt(GeoPoint point) const
{
    return countryAt(NaturalEarthProjection::project(point));
}

} // namespace dyad
