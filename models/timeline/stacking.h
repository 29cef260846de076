#pragma once

#include <QRectF>

#include <limits>
#include <span>
#include <unordered_map>
#include <vector>

namespace dyad {

// One event's horizontal extent in pixels: its mark, and its mark with its label.
struct StackItem
{
    double left = 0;
    double markRight = 0;
    double labelRight = 0;  // == markRight when there is no label
};

struct StackPlacement
{
    int row = -1;           // -1: no row had room (the lane overflows)
    bool labelled = false;  // the label got room of its own
};

// First fit over items sorted by left edge: each item takes the first row with room for its
// mark, and claims room for its label too unless that would leave the next item no row.
// An item no row has room for overflows. Rows keep `gap` pixels between neighbours.
// Items at least `wideFrom` pixels wide (long spans reaching across the view) are placed
// last, in whatever room the others left, so they never crowd out the events of the moment.
std::vector<StackPlacement> stackItems(std::span<const StackItem> items, int rowCount, double gap,
                                       double wideFrom = std::numeric_limits<double>::infinity());

// Rejects a label that would overlap one already placed (or an obstacle): labels are hidden,
// never drawn over each other. A coarse grid keeps each test close to constant time.
class LabelPlacer
{
public:
    explicit LabelPlacer(double cellSize = 64);

    bool intersects(const QRectF &rect) const;
    // Places rect if it overlaps nothing placed so far; returns whether it did.
    bool tryPlace(const QRectF &rect);
    // Reserves rect unconditionally (a selected event's label, an axis title).
    void block(const QRectF &rect);
    const std::vector<QRectF> &placed() const { return m_rects; }
    void clear();

private:
    template<typename Visit>
    void forEachCell(const QRectF &rect, Visit visit) const;

    double m_cellSize;
    std::vector<QRectF> m_rects;
    std::unordered_map<quint64, std::vector<quint32>> m_cells;  // cell -> indexes into m_rects
};

} // namespace dyad
