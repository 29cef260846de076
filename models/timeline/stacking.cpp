#include "stacking.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace dyad {

std::vector<StackPlacement> stackItems(std::span<const StackItem> items, int rowCount, double gap, double wideFrom)
{
    std::vector<StackPlacement> placements(items.size());
    const auto rows = size_t(std::max(rowCount, 0));
    std::vector<double> rowEnd(rows, -std::numeric_limits<double>::infinity());
    std::vector<std::vector<std::pair<double, double>>> taken(rows);
    const auto isWide = [&](const StackItem &item) { return item.markRight - item.left >= wideFrom; };
    const auto firstFreeRow = [&](double left, int skip) {
        for (size_t row = 0; row < rows; ++row) {
            if (int(row) != skip && rowEnd[row] + gap <= left)
                return int(row);
        }
        return -1;
    };
    for (size_t i = 0; i < items.size(); ++i) {
        const StackItem &item = items[i];
        if (isWide(item))
            continue;
        const int row = firstFreeRow(item.left, -1);
        if (row < 0)
            continue;
        placements[i].row = row;
        bool labelled = item.labelRight > item.markRight;
        // Claim the label's room only if the next event still finds a row: in a crowd the
        // marks keep their rows and the labels give way.
        size_t next = i + 1;
        while (next < items.size() && isWide(items[next]))
            ++next;
        if (labelled && next < items.size()) {
            const StackItem &following = items[next];
            const bool labelBlocksNext = item.labelRight + gap > following.left;
            if (labelBlocksNext && firstFreeRow(following.left, row) < 0 && item.markRight + gap <= following.left)
                labelled = false;
        }
        placements[i].labelled = labelled;
        rowEnd[size_t(row)] = labelled ? item.labelRight : item.markRight;
        taken[size_t(row)].emplace_back(item.left, rowEnd[size_t(row)]);
    }
    for (size_t i = 0; i < items.size(); ++i) {
        const StackItem &item = items[i];
        if (!isWide(item))
            continue;
        const double right = std::max(item.markRight, item.labelRight);
        for (size_t row = 0; row < rows; ++row) {
            const bool free = std::none_of(taken[row].begin(), taken[row].end(), [&](const auto &interval) {
                return interval.first < right + gap && item.left < interval.second + gap;
            });
            if (free) {
                placements[i].row = int(row);
                placements[i].labelled = item.labelRight > item.markRight;
                taken[row].emplace_back(item.left, right);
                break;
            }
        }
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
