#include "stacking.h"

#include <cmath>
#include <limits>

namespace dyad {

std::vector<StackPlacement> stackItems(std::span<const StackItem> items, int rowCount, double gap)
{
    std::vector<StackPlacement> placements(items.size());
    std::vector<double> rowEnd(size_t(std::max(rowCount, 0)), -std::numeric_limits<double>::infinity());
    const auto firstFreeRow = [&](double left, int skip) {
        for (size_t row = 0; row < rowEnd.size(); ++row) {
            if (int(row) != skip && rowEnd[row] + gap <= left)
                return int(row);
        }
        return -1;
    };
    for (size_t i = 0; i < items.size(); ++i) {
        const StackItem &item = items[i];
        const int row = firstFreeRow(item.left, -1);
        if (row < 0)
            continue;
        placements[i].row = row;
        bool labelled = item.labelRight > item.markRight;
        // Claim the label's room only if the next event still finds a row: in a crowd the
        // marks keep their rows and the labels give way.
        if (labelled && i + 1 < items.size()) {
            const StackItem &next = items[i + 1];
            const bool labelBlocksNext = item.labelRight + gap > next.left;
            if (labelBlocksNext && firstFreeRow(next.left, row) < 0 && item.markRight + gap <= next.left)
                labelled = false;
        }
        placements[i].labelled = labelled;
        rowEnd[size_t(row)] = labelled ? item.labelRight : item.markRight;
    }
    return placements;
}

LabelPlacer::LabelPlacer(double cellSize)
    : m_cellSize(cellSize)
{
}

template<typename Visit>
void LabelPlacer::forEachCell(const QRectF &rect, Visit visit) const
{
    const auto x0 = qint64(std::floor(rect.left() / m_cellSize));
    const auto x1 = qint64(std::floor(rect.right() / m_cellSize));
    const auto y0 = qint64(std::floor(rect.top() / m_cellSize));
    const auto y1 = qint64(std::floor(rect.bottom() / m_cellSize));
    for (qint64 y = y0; y <= y1; ++y) {
        for (qint64 x = x0; x <= x1; ++x)
            visit((quint64(quint32(y)) << 32) | quint32(x));
    }
}

bool LabelPlacer::intersects(const QRectF &rect) const
{
    bool hit = false;
    forEachCell(rect, [&](quint64 cell) {
        if (hit)
            return;
        const auto found = m_cells.find(cell);
        if (found == m_cells.end())
            return;
        for (quint32 index : found->second) {
            if (m_rects[index].intersects(rect)) {
                hit = true;
                return;
            }
        }
    });
    return hit;
}

bool LabelPlacer::tryPlace(const QRectF &rect)
{
    if (intersects(rect))
        return false;
    block(rect);
    return true;
}

void LabelPlacer::block(const QRectF &rect)
{
    const auto index = quint32(m_rects.size());
    m_rects.push_back(rect);
    forEachCell(rect, [&](quint64 cell) { m_cells[cell].push_back(index); });
}

void LabelPlacer::clear()
{
    m_rects.clear();
    m_cells.clear();
}

} // namespace dyad
