#include "timelinelayout.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace dyad {

namespace {

constexpr double tickLabelPadding = 14;
constexpr double minimumMinorTickPixels = 6;
constexpr size_t maximumMinorTicks = 4000;
constexpr double minimumBinPixels = 2;

} // namespace

double TimelineLayoutEngine::Metrics::laneHeight(bool collapsed) const
{
    if (collapsed)
        return collapsedHeight;
    return 6 + rowsPerLane * rowHeight + (mode == LaneMode::Dyad ? trendHeight + 4 : 0) + 4;
}

void TimelineLayoutEngine::clearCaches() const
{
    m_titleWidths.clear();
    m_textWidths.clear();
    m_headerLanes = 0;
}

// The widest lane name, or event count in the headers' smaller font, measured once per set
// of lanes: a thousand dyad lanes are not measured every frame.
double TimelineLayoutEngine::headerTextWidth(const TimelineLanes &lanes, const QFont &font) const
{
    if (m_headerLanes == lanes.serial() && m_headerLanes != 0)
        return m_headerWidth;
    const QFontMetricsF fm(font);
    double widest = fm.horizontalAdvance(QStringLiteral("Overview"));
    qsizetype busiest = 0;
    for (qsizetype i = 0; i < lanes.size(); ++i) {
        widest = std::max(widest, fm.horizontalAdvance(lanes.lane(i).label));
        busiest = std::max(busiest, lanes.lane(i).eventCount);
    }
    QFont small = font;
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.85));
    widest = std::max(widest, QFontMetricsF(small).horizontalAdvance(QLocale().toString(busiest) + QStringLiteral(" events")));
    m_headerLanes = lanes.serial();
    m_headerWidth = widest;
    return widest;
}

TimelineLayoutEngine::Metrics TimelineLayoutEngine::metrics(const TimelineLanes &lanes,
                                                            const TimelineRenderOptions &options,
                                                            double width) const
{
    if (m_measuredFont != options.font) {
        clearCaches();
        m_measuredFont = options.font;
    }
    const QFontMetricsF fm(options.font);
    Metrics m;
    m.mode = lanes.mode();
    m.fontHeight = std::ceil(fm.height());
    m.rowHeight = m.fontHeight + 4;
    m.axisRowHeight = m.fontHeight + 6;
    m.markRadius = std::clamp(std::round(m.fontHeight * 0.28), 3.0, 7.0);
    m.trendHeight = std::round(std::max(30.0, m.fontHeight * 2.2));
    m.collapsedHeight = m.fontHeight + 6;
    m.rowsPerLane = lanes.mode() == LaneMode::Dyad ? 2 : 3;
    m.headerWidth = std::round(std::clamp(headerTextWidth(lanes, options.font) + 30, 90.0, std::max(90.0, width * 0.2)));
    return m;
}

TimelineFrame TimelineLayoutEngine::layout(const EventStore &store, const TimelineLanes &lanes,
                                           TimeWindow dataExtent, const QRectF &bounds,
                                           const TimelineRenderOptions &options) const
{
    TimelineFrame frame;
    frame.bounds = bounds;
    const Metrics m = metrics(lanes, options, bounds.width());
    const QFontMetricsF fm(options.font);
    const double axisHeight = 2 * m.axisRowHeight;
    const double legendHeight = options.showLegend ? m.fontHeight + 10 : 0;
    const double overviewHeight = options.showOverview ? std::round(std::max(36.0, m.fontHeight * 2.6)) : 0;
    const double timeLeft = bounds.left() + m.headerWidth;
    const double timeWidth = std::max(1.0, bounds.width() - m.headerWidth);
    const double lanesHeight = std::max(0.0, bounds.height() - axisHeight - legendHeight - overviewHeight);

    frame.axisRect = QRectF(timeLeft, bounds.top(), timeWidth, axisHeight);
    frame.lanesRect = QRectF(timeLeft, bounds.top() + axisHeight, timeWidth, lanesHeight);
    frame.headerRect = QRectF(bounds.left(), frame.lanesRect.top(), m.headerWidth, lanesHeight);
    frame.legendRect = QRectF(bounds.left(), frame.lanesRect.bottom(), bounds.width(), legendHeight);
    frame.overviewRect = options.showOverview
        ? QRectF(timeLeft, frame.legendRect.bottom() + 3, timeWidth, overviewHeight - 6)
        : QRectF();
    frame.rowHeight = m.rowHeight;
    frame.markRadius = m.markRadius;
    frame.scale = TimeScale(options.range, timeLeft, timeWidth);
    const DayRange data = DayRange::fromWindow(dataExtent);
    frame.dataBeginX = frame.scale.xOfDay(data.begin);
    frame.dataEndX = frame.scale.xOfDay(data.end);

    layOutAxis(frame, m, fm);
    layOutLanes(frame, store, lanes, m, options);
    if (options.showOverview)
        layOutOverview(frame, lanes, dataExtent);
    placeLabels(frame);
    return frame;
}

double TimelineLayoutEngine::tickLabelWidth(TickStep step, qint32 firstDay, qint32 lastDay,
                                            const QFontMetricsF &fm) const
{
    double widest = 0;
    for (const QString &label : sampleTickLabels(step, firstDay, lastDay)) {
        auto found = m_textWidths.constFind(label);
        if (found == m_textWidths.constEnd())
            found = m_textWidths.insert(label, float(fm.horizontalAdvance(label)));
        widest = std::max(widest, double(*found));
    }
    return widest;
}

void TimelineLayoutEngine::layOutAxis(TimelineFrame &frame, const Metrics &, const QFontMetricsF &fm) const
{
    const TimeScale &scale = frame.scale;
    const auto firstDay = qint32(std::floor(scale.range().begin));
    const auto lastDay = qint32(std::ceil(scale.range().end));
    frame.step = chooseTickStep(scale.pixelsPerDay(), [&](TickStep step) {
        return tickLabelWidth(step, firstDay, lastDay, fm);
    }, tickLabelPadding);

    const TickStep step = frame.step;
    const bool centred = step.count == 1 && step.unit != TickStep::Unit::Week;
    std::vector<Tick> ticks = generateTicks(step, tickAtOrBefore(step, firstDay).day, lastDay);
    if (!ticks.empty())
        ticks.push_back(tickAfter(step, ticks.back().day));
    for (size_t i = 0; i + 1 < ticks.size(); ++i) {
        AxisTick tick;
        tick.x = scale.xOfDay(ticks[i].day);
        tick.label = tickLabel(step, ticks[i]);
        if (centred)
            tick.labelX = (tick.x + scale.xOfDay(ticks[i + 1].day)) / 2;
        else
            tick.labelX = tick.x + 4 + fm.horizontalAdvance(tick.label) / 2;
        frame.ticks.push_back(std::move(tick));
    }

    if (const auto minor = minorStep(step, scale.pixelsPerDay(), minimumMinorTickPixels)) {
        for (const Tick &tick : generateTicks(*minor, firstDay, lastDay)) {
            if (frame.minorTicks.size() >= maximumMinorTicks)
                break;
            frame.minorTicks.push_back(scale.xOfDay(tick.day));
        }
    }

    const auto enclosing = enclosingStep(step);
    if (!enclosing)
        return;
    Tick tick = tickAtOrBefore(*enclosing, firstDay);
    for (int guard = 0; tick.day <= lastDay && guard < 1000; ++guard) {
        const Tick next = tickAfter(*enclosing, tick.day);
        AxisPeriod period;
        period.left = scale.xOfDay(tick.day);
        period.right = scale.xOfDay(next.day);
        const QString label = periodLabel(*enclosing, tick, next);
        const double width = fm.horizontalAdvance(label);
        // The label sticks to the left edge while its period is on screen, and is pushed
        // off by the next period's label rather than overlapping it.
        double left = std::max(period.left, scale.left()) + 5;
        left = std::min(left, period.right - 5 - width);
        // Pushed off the left edge by the next period: hidden rather than cut.
        if (left >= period.left + 4 && left >= scale.left() + 2) {
            period.label = label;
            period.labelLeft = left;
        }
        frame.periods.push_back(std::move(period));
        tick = next;
    }
}

void TimelineLayoutEngine::layOutOverview(TimelineFrame &frame, const TimelineLanes &lanes,
                                          TimeWindow dataExtent) const
{
    DayRange extent = DayRange::fromWindow(dataExtent);
    const double margin = std::max(1.0, extent.span() * 0.01);
    extent = {extent.begin - margin, extent.end + margin};
    frame.overviewScale = TimeScale(extent, frame.overviewRect.left(), frame.overviewRect.width());
    const auto bins = size_t(std::ceil(frame.overviewRect.width() / frame.binPixels));
    frame.overviewDensity.assign(bins, 0.0f);
    binStartCounts(lanes, lanes.overall(), extent.begin, frame.binPixels / frame.overviewScale.pixelsPerDay(),
                   frame.overviewDensity);
    frame.overviewMaximum = frame.overviewDensity.empty()
        ? 0.0f : *std::max_element(frame.overviewDensity.begin(), frame.overviewDensity.end());

    const DayRange range = frame.scale.range();
    double left = std::clamp(frame.overviewScale.xOfDay(range.begin), frame.overviewRect.left(), frame.overviewRect.right());
    double right = std::clamp(frame.overviewScale.xOfDay(range.end), frame.overviewRect.left(), frame.overviewRect.right());
    if (right - left < 6) {
        const double centre = (left + right) / 2;
        left = centre - 3;
        right = centre + 3;
    }
    frame.brush = QRectF(left, frame.overviewRect.top(), right - left, frame.overviewRect.height());
}

void TimelineLayoutEngine::layOutLanes(TimelineFrame &frame, const EventStore &store,
                                       const TimelineLanes &lanes, const Metrics &m,
                                       const TimelineRenderOptions &options) const
{
    double top = 0;
    for (qsizetype index : options.arrangement.arrange(lanes)) {
        const bool collapsed = options.arrangement.isCollapsed(lanes.lane(index).id);
        const double height = m.laneHeight(collapsed);
        frame.slots.push_back({index, top, height, collapsed});
        top += height;
    }
    frame.contentHeight = top;
    const DayRange range = frame.scale.range();
    const double rawBinDays = minimumBinPixels / frame.scale.pixelsPerDay();
    frame.densityBinDays = rawBinDays <= 1 ? 1 : std::exp2(std::ceil(std::log2(rawBinDays)));
    frame.densityOrigin = std::floor(range.begin / frame.densityBinDays) * frame.densityBinDays;
    frame.densityBins = size_t(std::ceil((range.end - frame.densityOrigin) / frame.densityBinDays));
    const QRectF &area = frame.lanesRect;
    const double scroll = std::clamp(options.scrollY, 0.0, std::max(0.0, top - area.height()));
    for (size_t s = 0; s < frame.slots.size(); ++s) {
        const LaneSlot &slot = frame.slots[s];
        const double y = area.top() + slot.top - scroll;
        if (y + slot.height <= area.top() || y >= area.bottom())
            continue;
        VisibleLane visible;
        visible.lane = slot.lane;
        visible.slot = s;
        visible.collapsed = slot.collapsed;
        visible.rect = QRectF(frame.bounds.left(), y, frame.bounds.width(), slot.height);
        if (slot.collapsed) {
            visible.eventsRect = QRectF(area.left(), y + 3, area.width(), slot.height - 6);
        } else {
            visible.eventsRect = QRectF(area.left(), y + 6, area.width(), m.rowsPerLane * m.rowHeight);
            if (m.mode == LaneMode::Dyad)
                visible.trendRect = QRectF(area.left(), visible.eventsRect.bottom() + 2, area.width(), m.trendHeight);
        }
        layOutLaneContent(frame, visible, store, lanes, m, options);
        frame.lanes.push_back(visible);
    }
    // Bars are scaled to a high percentile of the bins, not the single busiest: a day holding
    // every event dated only to its month or year would otherwise flatten all the rest.
    std::vector<float> busy;
    for (const VisibleLane &visible : frame.lanes) {
        if (visible.collapsed || visible.densityOpacity <= 0)
            continue;
        for (size_t i = 0; i < frame.densityBins; ++i) {
            if (const float count = frame.density[visible.densityBegin + i]; count > 0)
                busy.push_back(count);
        }
    }
    if (!busy.empty()) {
        const auto at = busy.begin() + qsizetype(double(busy.size() - 1) * 0.97);
        std::nth_element(busy.begin(), at, busy.end());
        frame.densityMaximum = std::max(*at, 1.0f);
    }
}

size_t TimelineFrame::densityBinAt(double x) const
{
    const double bin = std::floor((scale.dayAtX(x) - densityOrigin) / densityBinDays);
    return bin < 0 || bin >= double(densityBins) ? densityBins : size_t(bin);
}

qsizetype TimelineFrame::itemAt(QPointF pos, double tolerance) const
{
    if (!lanesRect.contains(pos))
        return -1;
    qsizetype best = -1;
    double bestDistance = std::numeric_limits<double>::max();
    for (size_t i = items.size(); i-- > 0;) {
        const FrameItem &item = items[i];
        const QRectF hit = item.mark.adjusted(-tolerance, -tolerance, tolerance, tolerance);
        if (hit.contains(pos) || (!item.label.isEmpty() && item.label.contains(pos))) {
            // Prefer the mark whose centre is nearest: neighbours may share the tolerance.
            const double distance = std::abs(item.mark.center().x() - pos.x()) + std::abs(item.mark.center().y() - pos.y());
            const double score = hit.contains(pos) ? distance : distance + 1000;
            if (score < bestDistance) {
                best = qsizetype(i);
                bestDistance = score;
            }
        }
    }
    return best;
}

qsizetype TimelineFrame::visibleLaneAt(QPointF pos) const
{
    if (pos.y() < lanesRect.top() || pos.y() >= lanesRect.bottom())
        return -1;
    for (size_t i = 0; i < lanes.size(); ++i) {
        if (lanes[i].rect.top() <= pos.y() && pos.y() < lanes[i].rect.bottom())
            return qsizetype(i);
    }
    return -1;
}

qsizetype TimelineFrame::slotAtY(double y, double scrollY) const
{
    const double content = y - lanesRect.top() + scrollY;
    const auto it = std::upper_bound(slots.begin(), slots.end(), content,
                                     [](double value, const LaneSlot &slot) { return value < slot.top; });
    if (it == slots.begin())
        return -1;
    const auto index = qsizetype(it - slots.begin()) - 1;
    return content < slots[size_t(index)].top + slots[size_t(index)].height ? index : -1;
}

qsizetype TimelineFrame::itemOfKey(EventKey key) const
{
    for (size_t i = 0; i < items.size(); ++i) {
        if (items[i].key == key && items[i].kind != FrameItem::Kind::Overflow)
            return qsizetype(i);
    }
    return -1;
}

bool TimelineFrame::isOnTimeArea(QPointF pos) const
{
    return pos.x() >= lanesRect.left() && pos.x() < lanesRect.right() && pos.y() >= axisRect.top()
        && pos.y() < lanesRect.bottom();
}

} // namespace dyad
