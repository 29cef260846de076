#include "forcelayout.h"


#include <algorithm>
#include <cmath>
#include <numbers>

namespace dyad {

namespace {

constexpr double initialTemperature = 0.1;
constexpr double cooling = 0.97;
// Nodes closer than this are treated as this close, so two nodes on one spot still part.
constexpr double minimumDistance = 1e-4;

// The golden-angle spiral: evenly spread starting points that need no random numbers.
QPointF spiralPoint(qsizetype index, qsizetype count)
{
    const double radius = std::sqrt((double(index) + 0.5) / double(std::max<qsizetype>(count, 1)));
    const double angle = double(index) * std::numbers::pi * (3.0 - std::sqrt(5.0));
    return {radius * std::cos(angle), radius * std::sin(angle)};
}

} // namespace

void ForceLayout::setGraph(qsizetype nodeCount, std::span<const Link> links,
                           std::span<const std::optional<QPointF>> previousPositions)
{
    m_links.clear();
    for (const Link &link : links) {
        if (link.a != link.b && link.a >= 0 && link.b >= 0 && link.a < nodeCount && link.b < nodeCount)
            m_links.push_back(link);
    }
    m_positions.assign(size_t(nodeCount), QPointF());
    m_displacement.assign(size_t(nodeCount), QPointF());
    // The ideal edge length fills the [-1, 1] square with the nodes' share of the area.
    m_idealDistance = std::sqrt(4.0 / double(std::max<qsizetype>(nodeCount, 1))) * 0.6;

    std::vector<bool> known(size_t(nodeCount), false);
    qsizetype knownCount = 0;
    for (qsizetype i = 0; i < nodeCount && i < qsizetype(previousPositions.size()); ++i) {
        if (previousPositions[size_t(i)]) {
            m_positions[size_t(i)] = *previousPositions[size_t(i)];
            known[size_t(i)] = true;
            ++knownCount;
        }
    }
    // Newcomers start beside a placed neighbour when they have one.
    for (qsizetype i = 0; i < nodeCount; ++i) {
        if (known[size_t(i)])
            continue;
        m_positions[size_t(i)] = spiralPoint(i, nodeCount);
        for (const Link &link : m_links) {
            const qsizetype other = link.a == i ? link.b : link.b == i ? link.a : -1;
            if (other >= 0 && known[size_t(other)]) {
                m_positions[size_t(i)] = m_positions[size_t(other)] + spiralPoint(i, nodeCount) * (m_idealDistance * 0.5);
                break;
            }
        }
    }
    // A graph mostly laid out before needs a gentle nudge, a new one a full run.
    const double knownShare = nodeCount > 0 ? double(knownCount) / double(nodeCount) : 0;
    m_temperature = initialTemperature * (1.0 - 0.8 * knownShare);
    m_settledTemperature = initialTemperature * 0.002;
}

bool ForceLayout::step(int iterations)
{
    for (int i = 0; i < iterations && !isSettled(); ++i)
        iterate();
    return !isSettled();
}

void ForceLayout::iterate()
{
    const size_t count = m_positions.size();
    const double k = m_idealDistance;
    const double k2 = k * k;
    std::fill(m_displacement.begin(), m_displacement.end(), QPointF());

    // Every pair repels: k²/d. Quadratic, which is fine for the few hundred actors a map shows.
    for (size_t i = 0; i < count; ++i) {
        for (size_t j = i + 1; j < count; ++j) {
            QPointF delta = m_positions[i] - m_positions[j];
            double distance = std::hypot(delta.x(), delta.y());
            if (distance < minimumDistance) {
                delta = spiralPoint(qsizetype(i + j), qsizetype(count)) * minimumDistance;
                distance = minimumDistance;
            }
            const QPointF push = delta / distance * (k2 / distance);
            m_displacement[i] += push;
            m_displacement[j] -= push;
        }
    }
    // Links attract: d²/k, scaled by the logarithm of their weight so one busy pair does not
    // collapse onto itself.
    for (const Link &link : m_links) {
        const QPointF delta = m_positions[size_t(link.a)] - m_positions[size_t(link.b)];
        const double distance = std::max(std::hypot(delta.x(), delta.y()), minimumDistance);
        const QPointF pull = delta / distance * (distance * distance / k) * (1.0 + std::log1p(std::max(link.weight, 0.0)) * 0.5);
        m_displacement[size_t(link.a)] -= pull;
        m_displacement[size_t(link.b)] += pull;
    }
    // A weak pull to the middle keeps unlinked parts of the graph from drifting away.
    for (size_t i = 0; i < count; ++i)
        m_displacement[i] -= m_positions[i] * (0.05 * std::hypot(m_positions[i].x(), m_positions[i].y()) / k);

    for (size_t i = 0; i < count; ++i) {
        const QPointF &move = m_displacement[i];
        const double length = std::hypot(move.x(), move.y());
        if (length > 0)
            m_positions[i] += move / length * std::min(length, m_temperature);
    }
    m_temperature *= cooling;
    center();
}

void ForceLayout::center()
{
    if (m_positions.empty())
        return;
    QPointF mean;
    for (const QPointF &position : m_positions)
        mean += position;
    mean /= double(m_positions.size());
    for (QPointF &position : m_positions)
        position -= mean;
}

} // namespace dyad
