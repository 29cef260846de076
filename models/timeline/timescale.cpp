#include "timescale.h"

#include <algorithm>
#include <cmath>

namespace dyad {

TimeWindow DayRange::toWindow() const
{
    const auto first = qint32(std::floor(begin));
    const auto last = std::max(first, qint32(std::ceil(end)) - 1);
    return {first, last};
}

DayRange DayRange::fromWindow(TimeWindow window)
{
    if (!window.isValid())
        return {};
    return {double(window.firstDay), double(window.lastDay) + 1};
}

DayRangeLimits DayRangeLimits::forExtent(TimeWindow extent)
{
    DayRangeLimits limits;
    const DayRange range = DayRange::fromWindow(extent);
    limits.extentBegin = range.begin;
    limits.extentEnd = range.end;
    // Room to see the whole data with a margin, and at least a few years.
    limits.maximumSpan = std::max(range.span() * 1.5, 4 * 365.25);
    return limits;
}

DayRange clampRange(DayRange range, const DayRangeLimits &limits)
{
    const double span = std::clamp(range.span(), limits.minimumSpan, limits.maximumSpan);
    const double centre = std::clamp(range.centre(), limits.extentBegin, limits.extentEnd);
    return {centre - span / 2, centre + span / 2};
}

DayRange zoomRange(DayRange range, double anchorDay, double factor, const DayRangeLimits &limits)
{
    if (factor <= 0 || !range.isValid())
        return range;
    const double span = std::clamp(range.span() / factor, limits.minimumSpan, limits.maximumSpan);
    // The anchor keeps its fraction of the window, so it stays under the cursor.
    const double fraction = (anchorDay - range.begin) / range.span();
    DayRange zoomed{anchorDay - fraction * span, anchorDay - fraction * span + span};
    const double centre = zoomed.centre();
    if (centre < limits.extentBegin || centre > limits.extentEnd)
        zoomed = clampRange(zoomed, limits);
    return zoomed;
}

DayRange panRange(DayRange range, double days, const DayRangeLimits &limits)
{
    DayRange panned{range.begin + days, range.end + days};
    const double centre = panned.centre();
    if (centre < limits.extentBegin)
        return {range.begin + limits.extentBegin - range.centre(), range.end + limits.extentBegin - range.centre()};
    if (centre > limits.extentEnd)
        return {range.begin + limits.extentEnd - range.centre(), range.end + limits.extentEnd - range.centre()};
    return panned;
}

TimeScale::TimeScale(DayRange range, double left, double width)
    : m_range(range.isValid() ? range : DayRange{range.begin, range.begin + 1})
    , m_left(left)
    , m_width(std::max(width, 1.0))
    , m_pixelsPerDay(m_width / m_range.span())
{
}

qint32 TimeScale::wholeDayAtX(double x) const
{
    return qint32(std::floor(dayAtX(x)));
}

} // namespace dyad
