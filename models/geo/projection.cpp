#include "projection.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace dyad {

namespace {

using std::numbers::pi;
constexpr double degree = pi / 180;

// Polynomial coefficients of the Natural Earth projection, from its authors' paper:
// x = λ (A0 + A1 φ² + A2 φ⁴ + A3 φ¹⁰ + A4 φ¹²),  y = B0 φ + B1 φ³ + B2 φ⁷ + B3 φ⁹ + B4 φ¹¹.
constexpr double A0 = 0.8707, A1 = -0.131979, A2 = -0.013791, A3 = 0.003971, A4 = -0.001529;
constexpr double B0 = 1.007226, B1 = 0.015085, B2 = -0.044475, B3 = 0.028874, B4 = -0.005916;

double widthFactor(double phi)
{
    const double p2 = phi * phi;
    const double p4 = p2 * p2;
    const double p10 = p4 * p4 * p2;
    return A0 + A1 * p2 + A2 * p4 + A3 * p10 + A4 * p10 * p2;
}

double northing(double phi)
{
    const double p2 = phi * phi;
    const double p6 = p2 * p2 * p2;
    return phi * (B0 + B1 * p2 + p6 * (B2 + B3 * p2 + B4 * p2 * p2));
}

// dy/dφ; positive over the whole range, so y(φ) is monotonic and Newton's method converges.
double northingSlope(double phi)
{
    const double p2 = phi * phi;
    const double p6 = p2 * p2 * p2;
    return B0 + 3 * B1 * p2 + p6 * (7 * B2 + 9 * B3 * p2 + 11 * B4 * p2 * p2);
}

const double maximumNorthing = northing(pi / 2);

} // namespace

QPointF NaturalEarthProjection::project(GeoPoint point)
{
    const double phi = std::clamp(point.latitude, -90.0, 90.0) * degree;
    const double lambda = point.longitude * degree;
    return QPointF(lambda * widthFactor(phi), -northing(phi));
}

std::optional<GeoPoint> NaturalEarthProjection::unproject(QPointF projected)
{
    constexpr double tolerance = 1e-12;
    const double y = -projected.y();
    if (!std::isfinite(y) || !std::isfinite(projected.x()) || std::abs(y) > maximumNorthing + tolerance)
        return std::nullopt;
    double phi = std::clamp(y / B0, -pi / 2, pi / 2);
    for (int i = 0; i < 50; ++i) {
        const double step = (northing(phi) - y) / northingSlope(phi);
        phi = std::clamp(phi - step, -pi / 2, pi / 2);
        if (std::abs(step) < 1e-15)
            break;
    }
    const double lambda = projected.x() / widthFactor(phi);
    if (std::abs(lambda) > pi + tolerance)
        return std::nullopt;
    return GeoPoint{phi / degree, std::clamp(lambda, -pi, pi) / degree};
}

QRectF NaturalEarthProjection::worldRect()
{
    const double halfWidth = pi * widthFactor(0);  // the equator is the widest parallel
    return QRectF(QPointF(-halfWidth, -maximumNorthing), QPointF(halfWidth, maximumNorthing));
}

void MapViewport::setScale(double pixelsPerUnit)
{
    if (std::isfinite(pixelsPerUnit))
        m_scale = std::clamp(pixelsPerUnit, m_minimumScale, m_maximumScale);
}

void MapViewport::setScaleRange(double minimum, double maximum)
{
    if (!(minimum > 0) || !(maximum >= minimum) || !std::isfinite(maximum))
        return;
    m_minimumScale = minimum;
    m_maximumScale = maximum;
    m_scale = std::clamp(m_scale, m_minimumScale, m_maximumScale);
}

QPointF MapViewport::toScreen(QPointF projected) const
{
    return (projected - m_center) * m_scale + QPointF(m_size.width() / 2, m_size.height() / 2);
}

QPointF MapViewport::toProjected(QPointF screen) const
{
    return (screen - QPointF(m_size.width() / 2, m_size.height() / 2)) / m_scale + m_center;
}

std::optional<GeoPoint> MapViewport::toGeo(QPointF screen) const
{
    return NaturalEarthProjection::unproject(toProjected(screen));
}

QTransform MapViewport::transform() const
{
    const QPointF offset = QPointF(m_size.width() / 2, m_size.height() / 2) - m_center * m_scale;
    return QTransform(m_scale, 0, 0, m_scale, offset.x(), offset.y());
}

QRectF MapViewport::visibleRect() const
{
    return QRectF(toProjected(QPointF(0, 0)), toProjected(QPointF(m_size.width(), m_size.height())));
}

void MapViewport::zoomAround(QPointF screenPos, double factor)
{
    if (!(factor > 0) || !std::isfinite(factor))
        return;
    const QPointF anchor = toProjected(screenPos);
    setScale(m_scale * factor);
    m_center = anchor - (screenPos - QPointF(m_size.width() / 2, m_size.height() / 2)) / m_scale;
}

void MapViewport::panBy(QPointF screenDelta)
{
    m_center -= screenDelta / m_scale;
}

void MapViewport::fitTo(const QRectF &projectedRect, QSizeF widgetSize, double margin)
{
    m_size = widgetSize;
    const QRectF rect = projectedRect.normalized();
    m_center = rect.center();
    const double availableWidth = std::max(widgetSize.width() - 2 * margin, 1.0);
    const double availableHeight = std::max(widgetSize.height() - 2 * margin, 1.0);
    double scale = std::numeric_limits<double>::infinity();
    if (rect.width() > 0)
        scale = availableWidth / rect.width();
    if (rect.height() > 0)
        scale = std::min(scale, availableHeight / rect.height());
    setScale(scale);  // a single point keeps the current scale
}

} // namespace dyad
