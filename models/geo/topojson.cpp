#include "topojson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <vector>

namespace dyad {

namespace {

// Hostile input could make a small file expand into billions of points (one long arc used by
// many rings) or recurse without end; real world maps stay far below both limits.
constexpr qsizetype maximumPoints = 20'000'000;
constexpr int maximumNesting = 32;

QString translated(const char *text)
{
    return QCoreApplication::translate("TopoJson", text);
}

std::optional<qint64> integerValue(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || number != std::floor(number) || std::abs(number) > 1e15)
        return std::nullopt;
    return qint64(number);
}

class Decoder
{
public:
    bool readTransform(const QJsonObject &topology);
    bool readArcs(const QJsonArray &arcs);
    bool readGeometry(const QJsonObject &geometry, int depth);

    QList<CountryShape> m_shapes;
    QString m_error;

private:
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }
    bool appendRing(const QJsonValue &arcIndexes, QList<QPolygonF> &rings);
    bool appendPolygon(const QJsonValue &ringList, QList<QPolygonF> &rings);

    std::vector<QPolygonF> m_arcs;
    double m_scaleX = 1;
    double m_scaleY = 1;
    double m_translateX = 0;
    double m_translateY = 0;
    bool m_quantized = false;
    qsizetype m_pointCount = 0;
};

bool Decoder::readTransform(const QJsonObject &topology)
{
    const QJsonValue transform = topology.value(u"transform");
    if (transform.isUndefined() || transform.isNull())
        return true;
    const QJsonArray scale = transform[u"scale"].toArray();
    const QJsonArray translate = transform[u"translate"].toArray();
    if (scale.size() != 2 || translate.size() != 2 || !scale[0].isDouble() || !scale[1].isDouble()
        || !translate[0].isDouble() || !translate[1].isDouble())
        return fail(translated("The map data has a malformed transform."));
    m_scaleX = scale[0].toDouble();
    m_scaleY = scale[1].toDouble();
    m_translateX = translate[0].toDouble();
    m_translateY = translate[1].toDouble();
    m_quantized = true;
    return true;
}

bool Decoder::readArcs(const QJsonArray &arcs)
{
    m_arcs.reserve(size_t(arcs.size()));
    for (const QJsonValue &arcValue : arcs) {
        const QJsonArray positions = arcValue.toArray();
        const auto malformed = [this] {
            return fail(translated("Arc %1 of the map data is malformed.").arg(m_arcs.size()));
        };
        if (positions.size() < 2)
            return malformed();
        QPolygonF arc;
        arc.reserve(positions.size());
        double x = 0;
        double y = 0;
        for (const QJsonValue &positionValue : positions) {
            const QJsonArray position = positionValue.toArray();
            if (position.size() < 2 || !position[0].isDouble() || !position[1].isDouble())
                return malformed();
            if (m_quantized) {
                x += position[0].toDouble();  // delta-encoded from the previous position
                y += position[1].toDouble();
                arc.append(QPointF(x * m_scaleX + m_translateX, y * m_scaleY + m_translateY));
            } else {
                arc.append(QPointF(position[0].toDouble(), position[1].toDouble()));
            }
        }
        m_arcs.push_back(std::move(arc));
    }
    return true;
}

bool Decoder::appendRing(const QJsonValue &arcIndexes, QList<QPolygonF> &rings)
{
    const QJsonArray indexes = arcIndexes.toArray();
    if (!arcIndexes.isArray() || indexes.isEmpty())
        return fail(translated("A ring of the map data has no arcs."));
    QPolygonF ring;
    for (const QJsonValue &indexValue : indexes) {
        const std::optional<qint64> index = integerValue(indexValue);
        if (!index)
            return fail(translated("A ring of the map data has an arc index that is not an integer."));
        const bool reversed = *index < 0;
        const qint64 arcIndex = reversed ? ~*index : *index;  // ~i is arc i walked backwards
        if (arcIndex >= qint64(m_arcs.size()))
            return fail(translated("A ring refers to arc %1, but the map data has %2 arcs.")
                            .arg(arcIndex)
                            .arg(m_arcs.size()));
        const QPolygonF &arc = m_arcs[size_t(arcIndex)];
        m_pointCount += arc.size();
        if (m_pointCount > maximumPoints)
            return fail(translated("The map data is too large."));
        // Consecutive arcs share their junction point: keep it once.
        const qsizetype skip = ring.isEmpty() ? 0 : 1;
        if (reversed) {
            for (qsizetype i = arc.size() - 1 - skip; i >= 0; --i)
                ring.append(arc[i]);
        } else {
            for (qsizetype i = skip; i < arc.size(); ++i)
                ring.append(arc[i]);
        }
    }
    rings.append(std::move(ring));
    return true;
}

bool Decoder::appendPolygon(const QJsonValue &ringList, QList<QPolygonF> &rings)
{
    if (!ringList.isArray())
        return fail(translated("A polygon of the map data is malformed."));
    for (const QJsonValue &ring : ringList.toArray()) {
        if (!appendRing(ring, rings))
            return false;
    }
    return true;
}

bool Decoder::readGeometry(const QJsonObject &geometry, int depth)
{
    if (depth > maximumNesting)
        return fail(translated("The map data nests geometry collections too deeply."));
    const QString type = geometry.value(u"type").toString();
    if (type == u"GeometryCollection") {
        const QJsonValue members = geometry.value(u"geometries");
        if (!members.isArray())
            return fail(translated("A geometry collection of the map data has no geometries."));
        for (const QJsonValue &member : members.toArray()) {
            if (!member.isObject())
                return fail(translated("A geometry of the map data is not an object."));
            if (!readGeometry(member.toObject(), depth + 1))
                return false;
        }
        return true;
    }
    if (type != u"Polygon" && type != u"MultiPolygon")
        return true;  // points and lines have no area to draw

    CountryShape shape;
    const QJsonValue id = geometry.value(u"id");
    if (id.isString())
        shape.numericId = id.toString();
    else if (const std::optional<qint64> number = integerValue(id))
        shape.numericId = QStringLiteral("%1").arg(*number, 3, 10, QLatin1Char('0'));
    shape.name = geometry.value(u"properties")[u"name"].toString();

    const QJsonValue arcs = geometry.value(u"arcs");
    if (!arcs.isArray())
        return fail(translated("The shape \"%1\" of the map data has no arcs.").arg(shape.name));
    if (type == u"Polygon") {
        if (!appendPolygon(arcs, shape.rings))
            return false;
    } else {
        for (const QJsonValue &polygon : arcs.toArray()) {
            if (!appendPolygon(polygon, shape.rings))
                return false;
        }
    }
    m_shapes.append(std::move(shape));
    return true;
}

} // namespace

TopoJsonDecoding decodeTopoJson(const QByteArray &json, const QString &objectName)
{
    TopoJsonDecoding result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = translated("The map data is not valid JSON: %1").arg(parseError.errorString());
        return result;
    }
    const QJsonObject topology = document.object();
    if (topology.value(u"type").toString() != u"Topology") {
        result.error = translated("The map data is not a TopoJSON topology.");
        return result;
    }
    const QJsonValue object = topology.value(u"objects")[objectName];
    if (!object.isObject()) {
        result.error = translated("The map data has no object named \"%1\".").arg(objectName);
        return result;
    }
    if (!topology.value(u"arcs").isArray()) {
        result.error = translated("The map data has no arcs.");
        return result;
    }

    Decoder decoder;
    if (decoder.readTransform(topology) && decoder.readArcs(topology.value(u"arcs").toArray())
        && decoder.readGeometry(object.toObject(), 0)) {
        result.shapes = std::move(decoder.m_shapes);
    } else {
        result.error = decoder.m_error;
    }
    return result;
}

} // namespace dyad
