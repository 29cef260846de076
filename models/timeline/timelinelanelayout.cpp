// What one lane draws in a frame: density bins when its events are too many to draw one by
// one, marks stacked into rows with labels when they are few, a cross-fade in between, and
// in dyad mode the tone trend.
#include "timelinelayout.h"

#include "stacking.h"

#include <algorithm>
#include <cmath>

namespace dyad {

namespace {

constexpr double markGap = 3;
constexpr double labelGap = 3;
constexpr double maximumLabelWidth = 260;
constexpr double minimumLabelWidth = 56;
constexpr double trendMinimumPixels = 8;
constexpr double toneBinMinimumPixels = 3;

struct MarkGeometry
{
    FrameItem::Kind kind = FrameItem::Kind::Point;
    double left = 0;
    double right = 0;
    double labelWidth = 0;
    bool labelTruncated = false;  // the title is wider than the room a label may take
    bool labelInside = false;
};

} // namespace

void TimelineLayoutEngine::layOutLaneContent(TimelineFrame &frame, VisibleLane &visible,
                                             const EventStore &store, const TimelineLanes &lanes,
                                             const Metrics &m, const TimelineRenderOptions &options) const
{
    const Lane &lane = lanes.lane(visible.lane);
    const TimeScale &scale = frame.scale;
    const DayRange range = scale.range();
    const auto firstDay = qint32(std::floor(range.begin));
    const auto lastDay = qint32(std::ceil(range.end)) - 1;
    visible.eventsInWindow = lane.countStarting(firstDay, lastDay);

    if (visible.collapsed) {
        visible.densityOpacity = 1;
    } else {
        // How many marks the lane can hold without overplotting: rows times width over the
        // room one mark needs. Below half of it, marks; above it, density; between, a blend.
        const double capacity = m.rowsPerLane * scale.width() / (2 * m.markRadius + 2 * markGap);
        const double n = double(visible.eventsInWindow);
        const double t = std::clamp((n - capacity / 2) / (capacity / 2), 0.0, 1.0);
        visible.densityOpacity = float(t);
        visible.markOpacity = float(1 - t);
    }

    if (visible.densityOpacity > 0) {
        const size_t bins = frame.densityBins;
        visible.densityBegin = frame.density.size();
        frame.density.resize(frame.density.size() + bins);
        const std::span<float> counts(frame.density.data() + visible.densityBegin, bins);
        binStartCounts(lanes, lane, frame.densityOrigin, frame.densityBinDays, counts);
        if (options.colorMode == ColorMode::Tone) {
            // Each bin takes the mean tone of the finest period at least a few pixels wide.
            frame.densityTone.resize(frame.density.size(), std::numeric_limits<float>::quiet_NaN());
            const TickStep step = chooseTrendStep(lanes, scale.pixelsPerDay(), toneBinMinimumPixels);
            const std::vector<TonePeriod> periods = toneTrend(lanes, lane, step, qint32(frame.densityOrigin), lastDay);
            size_t p = 0;
            for (size_t bin = 0; bin < bins; ++bin) {
                const double day = frame.densityOrigin + (double(bin) + 0.5) * frame.densityBinDays;
                while (p < periods.size() && periods[p].endDay <= day)
                    ++p;
                if (p < periods.size() && periods[p].firstDay <= day && periods[p].count > 0)
                    frame.densityTone[visible.densityBegin + bin] = float(periods[p].meanTone);
            }
        }
    }

    if (!visible.trendRect.isEmpty()) {
        frame.trendStep = chooseTrendStep(lanes, scale.pixelsPerDay(), trendMinimumPixels);
        const std::vector<TonePeriod> periods = toneTrend(lanes, lane, frame.trendStep, firstDay, lastDay);
        visible.trendBegin = frame.trend.size();
        frame.trend.insert(frame.trend.end(), periods.begin(), periods.end());
        visible.trendEnd = frame.trend.size();
    }

    visible.itemBegin = frame.items.size();
    if (visible.markOpacity > 0)
        layOutMarks(frame, visible, store, lane, m, options);
    // The selected event stays visible at every zoom, drawn over the density.
    if (options.selectedKey && visible.markOpacity < 1) {
        const EventRow row = store.rowOfKey(*options.selectedKey);
        const bool alreadyLaidOut = std::any_of(frame.items.begin() + qsizetype(visible.itemBegin), frame.items.end(),
                                                [&](const FrameItem &item) { return item.row == row; });
        if (row != noRow && !alreadyLaidOut && lane.contains(row) && store.lastDay(row) >= firstDay
            && store.startDay(row) <= lastDay) {
            FrameItem item;
            item.row = row;
            item.key = *options.selectedKey;
            item.visibleLane = frame.lanes.size();
            item.selected = true;
            const double centre = scale.xOfDay(store.startDay(row) + 0.5);
            const double r = m.markRadius + 1;
            item.mark = QRectF(centre - r, visible.eventsRect.center().y() - r, 2 * r, 2 * r);
            frame.items.push_back(item);
        }
    }
    visible.itemEnd = frame.items.size();
}

void TimelineLayoutEngine::layOutMarks(TimelineFrame &frame, VisibleLane &visible, const EventStore &store,
                                       const Lane &lane, const Metrics &m,
                                       const TimelineRenderOptions &options) const
{
    const TimeScale &scale = frame.scale;
    const DayRange range = scale.range();
    const double r = m.markRadius;
    const double padDays = (r + 2) / scale.pixelsPerDay();
    m_scratchRows.clear();
    lane.collectOverlapping(store, qint32(std::floor(range.begin - padDays)),
                            qint32(std::ceil(range.end + padDays)), m_scratchRows);

    const QFontMetricsF fm(options.font);
    const double wideFrom = scale.width() / 2;
    std::vector<MarkGeometry> geometry(m_scratchRows.size());
    std::vector<StackItem> stack(m_scratchRows.size());
    for (size_t i = 0; i < m_scratchRows.size(); ++i) {
        const EventRow row = m_scratchRows[i];
        const qint32 start = store.startDay(row);
        MarkGeometry &g = geometry[i];
        g.kind = store.hasEnd(row) ? FrameItem::Kind::Span
               : store.startPrecision(row) != DatePrecision::Day ? FrameItem::Kind::Imprecise
                                                                 : FrameItem::Kind::Point;
        const double left = scale.xOfDay(start);
        const double right = scale.xOfDay(store.lastDay(row) + 1);
        if (g.kind == FrameItem::Kind::Point || right - left < 2 * r) {
            const double centre = g.kind == FrameItem::Kind::Point ? scale.xOfDay(start + 0.5) : (left + right) / 2;
            g.left = centre - r;
            g.right = centre + r;
        } else {
            g.left = left;
            g.right = right;
        }
    }
    // Labels are only measured where they have a chance: a lane with room to spare once the
    // spans reaching across the view are set aside.
    const auto narrow = std::count_if(geometry.begin(), geometry.end(),
                                      [&](const MarkGeometry &g) { return g.right - g.left < wideFrom; });
    const bool wantLabels = double(narrow) * 60 < m.rowsPerLane * scale.width();
    for (size_t i = 0; i < m_scratchRows.size(); ++i) {
        const EventRow row = m_scratchRows[i];
        MarkGeometry &g = geometry[i];
        const bool emphasised = (options.selectedKey && *options.selectedKey == store.key(row))
                             || (options.hoveredKey && *options.hoveredKey == store.key(row));
        if (wantLabels || emphasised) {
            const double full = titleWidth(store, row, fm);
            g.labelWidth = std::min(full, maximumLabelWidth);
            g.labelTruncated = full > maximumLabelWidth;
        }
        const double visibleBar = g.right - std::max(g.left, scale.left());
        g.labelInside = g.kind != FrameItem::Kind::Point && g.labelWidth > 0 && visibleBar >= g.labelWidth + 10;
        stack[i] = {g.left, g.right, g.labelInside || !wantLabels ? g.right : g.right + labelGap + g.labelWidth};
    }

    // Spans reaching across half the view are placed after the events of the moment. Labels
    // may claim room of their own only if that hides no mark: otherwise they make do with the
    // room the marks leave.
    std::vector<StackPlacement> placements = stackItems(stack, m.rowsPerLane, markGap, wideFrom);
    if (wantLabels) {
        std::vector<StackItem> marksOnly = stack;
        for (StackItem &item : marksOnly)
            item.labelRight = item.markRight;
        std::vector<StackPlacement> compact = stackItems(marksOnly, m.rowsPerLane, markGap, wideFrom);
        const auto overflowing = [](const std::vector<StackPlacement> &all) {
            return std::count_if(all.begin(), all.end(), [](const StackPlacement &p) { return p.row < 0; });
        };
        if (overflowing(compact) < overflowing(placements))
            placements = std::move(compact);
    }
    std::vector<double> nextLeft(size_t(m.rowsPerLane), std::numeric_limits<double>::infinity());
    const size_t first = frame.items.size();
    frame.items.resize(first + m_scratchRows.size());
    // Walk right to left so each unlabelled mark knows how much room its row leaves it.
    for (size_t i = m_scratchRows.size(); i-- > 0;) {
        const EventRow row = m_scratchRows[i];
        const MarkGeometry &g = geometry[i];
        const StackPlacement &place = placements[i];
        FrameItem &item = frame.items[first + i];
        item.row = row;
        item.key = store.key(row);
        item.visibleLane = frame.lanes.size();
        item.opacity = visible.markOpacity;
        item.selected = options.selectedKey && *options.selectedKey == item.key;
        item.hovered = options.hoveredKey && *options.hoveredKey == item.key;
        if (place.row < 0 && g.right - g.left >= wideFrom) {
            item.kind = FrameItem::Kind::Overflow;  // no tick for it: it is dropped below
            ++visible.overflow;
            continue;
        }
        if (place.row < 0) {
            item.kind = FrameItem::Kind::Overflow;
            const double centre = (g.left + g.right) / 2;
            item.mark = QRectF(centre - 1, visible.eventsRect.bottom() - 4, 2, 5);
            ++visible.overflow;
            continue;
        }
        item.kind = g.kind;
        const double rowTop = visible.eventsRect.top() + place.row * m.rowHeight;
        const double centreY = rowTop + m.rowHeight / 2;
        item.mark = g.kind == FrameItem::Kind::Point || g.right - g.left <= 2 * r + 0.5
            ? QRectF(g.left, centreY - r, g.right - g.left, 2 * r)
            : QRectF(g.left, rowTop + 3, g.right - g.left, m.rowHeight - 6);
        double &rowNext = nextLeft[size_t(place.row)];
        if (g.labelWidth > 0) {
            if (g.labelInside) {
                item.labelInside = true;
                item.label = QRectF(std::max(g.left, scale.left()) + 5, rowTop, g.labelWidth, m.rowHeight);
                item.labelElided = g.labelTruncated;
            } else {
                // The selection ring needs a few pixels more.
                const double labelLeft = g.right + labelGap + (item.selected || item.hovered ? 4 : 0);
                const double room = place.labelled ? g.labelWidth : std::min(g.labelWidth, rowNext - markGap - labelLeft);
                if (room >= std::min(minimumLabelWidth, g.labelWidth) || item.selected || item.hovered) {
                    const double width = item.selected || item.hovered ? g.labelWidth : room;
                    item.label = QRectF(labelLeft, rowTop, width, m.rowHeight);
                    item.labelElided = width < g.labelWidth || g.labelTruncated;
                }
            }
        }
        rowNext = g.left;
    }
    frame.items.erase(std::remove_if(frame.items.begin() + qsizetype(first), frame.items.end(),
                                     [](const FrameItem &item) { return item.mark.isNull(); }),
                      frame.items.end());
}

void TimelineLayoutEngine::placeLabels(TimelineFrame &frame) const
{
    // The selected and hovered events' labels come first and are never hidden; every other
    // label is dropped if it would overlap one already placed.
    LabelPlacer placer;
    for (FrameItem &item : frame.items) {
        if ((item.selected || item.hovered) && !item.label.isEmpty())
            placer.block(item.label);
    }
    for (FrameItem &item : frame.items) {
        if (item.selected || item.hovered || item.label.isEmpty())
            continue;
        if (!placer.tryPlace(item.label.adjusted(0, 1, 0, -1)))
            item.label = QRectF();
    }
}

double TimelineLayoutEngine::titleWidth(const EventStore &store, EventRow row, const QFontMetricsF &fm) const
{
    const EventKey key = store.key(row);
    if (const auto found = m_titleWidths.constFind(key); found != m_titleWidths.constEnd())
        return *found;
    if (m_titleWidths.size() > 200000)
        m_titleWidths.clear();
    const auto width = float(fm.horizontalAdvance(store.title(row)));
    m_titleWidths.insert(key, width);
    return width;
}

} // namespace dyad
