#pragma once

#include <QPointF>
#include <QtGlobal>

#include <optional>
#include <span>
#include <vector>

namespace dyad {

// A force-directed placement of a graph (Fruchterman and Reingold, 1991): linked nodes pull
// together, all nodes push apart, and a cooling temperature bounds each move so the layout
// settles. It runs in steps, so a view can animate it on a timer without ever blocking.
// Positions lie roughly within [-1, 1] on both axes. Deterministic for a given input.
class ForceLayout
{
public:
    struct Link
    {
        qsizetype a = 0;
        qsizetype b = 0;
        double weight = 1;  // heavier links pull harder (an event count, say)
    };

    // Replaces the graph. Nodes given a previous position keep it, so a layout that is
    // re-run after a small change of the graph moves little; the others start near the
    // nodes they link to, or on a spiral when they link to no placed node.
    void setGraph(qsizetype nodeCount, std::span<const Link> links,
                  std::span<const std::optional<QPointF>> previousPositions = {});

    // Runs up to `iterations` steps; false once the layout has settled.
    bool step(int iterations = 1);
    bool isSettled() const { return m_temperature <= m_settledTemperature || m_positions.size() < 2; }

    qsizetype nodeCount() const { return qsizetype(m_positions.size()); }
    const std::vector<QPointF> &positions() const { return m_positions; }

private:
    void iterate();
    void center();

    std::vector<QPointF> m_positions;
    std::vector<QPointF> m_displacement;
    std::vector<Link> m_links;
    double m_idealDistance = 0.2;
    double m_temperature = 0;
    double m_settledTemperature = 0;
};

} // namespace dyad
