#pragma once

#include <QByteArray>
#include <QList>
#include <QPolygonF>
#include <QString>

namespace dyad {

// One feature of a TopoJSON geometry collection, as closed rings of (longitude, latitude)
// in degrees: x is the longitude, y the latitude. Outer rings and holes are not told apart;
// fill with Qt::OddEvenFill.
struct CountryShape
{
    QString numericId;  // the feature's "id": an ISO 3166-1 numeric code in world-atlas; may be empty
    QString name;       // properties.name
    QList<QPolygonF> rings;
};

struct TopoJsonDecoding
{
    QList<CountryShape> shapes;
    QString error;  // empty on success; shapes is then complete

    bool ok() const { return error.isEmpty(); }
};

// Decodes the Polygon and MultiPolygon geometries of one object of a TopoJSON Topology
// (quantized or not; nested geometry collections are flattened). Other geometry types are
// skipped. Malformed input yields an error, never a crash.
TopoJsonDecoding decodeTopoJson(const QByteArray &json, const QString &objectName);

} // namespace dyad
