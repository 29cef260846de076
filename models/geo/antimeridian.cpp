#include "antimeridian.h"

#include <algorithm>
#include <cmath>

namespace dyad {

namespace {

constexpr double poleLatitude = 89.99;  // Natural Earth draws the pole at -89.999
constexpr double meridianStep = 1.0;    // degrees of latitude between points along the map's edge

bool onPoleLine(QPointF p)
{
    return std::abs(p.y()) >= poleLatitude;
}

bool crosses(QPointF a, QPointF b)
{
    // An edge along the pole line is the map's top or bottom edge, not a crossing.
    return std::abs(b.x() - a.x()) > 180 && !(onPoleLine(a) && onPoleLine(b));
}

double edgeOf(QPointF p)
{
    return p.x() > 0 ? 180.0 : -180.0;
}

// Where the edge a -> b (the short way round) meets the meridian.
double crossingLatitude(QPointF a, QPointF b)
{
    const double edge = edgeOf(a);
    const double unwrapped = b.x() + 2 * edge;  // b seen from a's side of the meridian
    const double span = unwrapped - a.x();
    if (span == 0)  // from -180 to 180: both ends are on the meridian
        return a.y();
    return a.y() + (edge - a.x()) / span * (b.y() - a.y());
}

// Points along the meridian at longitude `edge`, after `fromLatitude` up to and including `toLatitude`.
void appendAlongMeridian(QPolygonF &ring, double edge, double fromLatitude, double toLatitude)
{
    const int steps = std::max(1, int(std::ceil(std::abs(toLatitude - fromLatitude) / meridianStep)));
    for (int i = 1; i <= steps; ++i)
        ring.append(QPointF(edge, fromLatitude + (toLatitude - fromLatitude) * i / steps));
}

// A ring that goes round a pole crosses the meridian an odd number of times. Going down to the
// pole line at one crossing and back up on the other side turns it into a flat ring.
QPolygonF withPoleDetour(const QPolygonF &points, qsizetype crossingIndex)
{
    double latitudeSum = 0;
    for (const QPointF &p : points)
        latitudeSum += p.y();
    const double pole = latitudeSum < 0 ? -90.0 : 90.0;
    const qsizetype n = points.size();
    const QPointF a = points[(crossingIndex + n - 1) % n];
    const QPointF b = points[crossingIndex];
    const double latitude = crossingLatitude(a, b);

    QPolygonF ring;
    ring.reserve(n + 2 * qsizetype(180 / meridianStep) + 4);
    for (qsizetype i = crossingIndex; i < crossingIndex + n; ++i)
        ring.append(points[i % n]);
    ring.append(QPointF(edgeOf(a), latitude));
    appendAlongMeridian(ring, edgeOf(a), latitude, pole);
    ring.append(QPointF(-edgeOf(a), pole));
    appendAlongMeridian(ring, -edgeOf(a), pole, latitude);
    return ring;  // open: its last point joins its first
}

// Splits an open ring with an even number of crossings into closed rings, one per stretch
// between two crossings, each closed along the meridian.
QList<QPolygonF> splitAtCrossings(const QPolygonF &points)
{
    const qsizetype n = points.size();
    qsizetype first = 0;
    while (!crosses(points[(first + n - 1) % n], points[first]))
        ++first;

    QList<QPolygonF> rings;
    QPolygonF piece;
    const auto startPiece = [&](QPointF a, QPointF b) {
        piece.clear();
        piece.append(QPointF(-edgeOf(a), crossingLatitude(a, b)));
    };
    const auto finishPiece = [&](QPointF a, QPointF b) {
        const double edge = edgeOf(a);
        piece.append(QPointF(edge, crossingLatitude(a, b)));
        appendAlongMeridian(piece, edge, piece.last().y(), piece.first().y());
        rings.append(piece);
    };
    startPiece(points[(first + n - 1) % n], points[first]);
    for (qsizetype step = 0; step < n; ++step) {
        const QPointF current = points[(first + step) % n];
        const QPointF next = points[(first + step + 1) % n];
        piece.append(current);
        if (crosses(current, next)) {
            finishPiece(current, next);
            startPiece(current, next);
        }
    }
    return rings;
}

} // namespace

QList<QPolygonF> splitAtAntimeridian(const QPolygonF &ring)
{
    if (ring.isEmpty() || std::all_of(ring.begin(), ring.end(), onPoleLine))
        return {};
    QPolygonF points = ring;
    if (points.size() > 1 && points.first() == points.last())
        points.removeLast();
    const qsizetype n = points.size();
    qsizetype crossings = 0;
    qsizetype firstCrossing = -1;
    for (qsizetype i = 0; i < n; ++i) {
        if (crosses(points[(i + n - 1) % n], points[i])) {
            ++crossings;
            if (firstCrossing < 0)
                firstCrossing = i;
        }
    }
    if (crossings == 0)
        return {ring};
    if (crossings % 2 == 1) {
        points = withPoleDetour(points, firstCrossing);
        if (--crossings == 0) {
            points.append(points.first());
            return {points};
        }
    }
    return splitAtCrossings(points);
}

} // namespace dyad
