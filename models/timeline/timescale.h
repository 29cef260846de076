#pragma once

#include "session/timewindow.h"

#include <QtGlobal>

namespace dyad {

// A continuous stretch of time in Julian days: day D covers [D, D + 1). The timeline keeps
// its window in this form so zooming and panning are smooth; the session's TimeWindow is the
// whole days it covers.
struct DayRange
{
    double begin = 0;
    double end = 1;

    double span() const { return end - begin; }
    double centre() const { return (begin + end) / 2; }
    bool isValid() const { return end > begin; }
    TimeWindow toWindow() const;
    static DayRange fromWindow(TimeWindow window);
    friend bool operator==(const DayRange &, const DayRange &) = default;
};

// What the user may do to the window: never narrower than a day, never so wide that the
// data becomes a speck, never panned so far that the data leaves the screen.
struct DayRangeLimits
{
    double minimumSpan = 1;
    double maximumSpan = 1e7;
    double extentBegin = -1e9;  // the data's extent; the window's centre stays inside it
    double extentEnd = 1e9;

    static DayRangeLimits forExtent(TimeWindow extent);
};

DayRange clampRange(DayRange range, const DayRangeLimits &limits);
// Zooms by `factor` (> 1 zooms in) keeping `anchorDay` where it is on screen.
DayRange zoomRange(DayRange range, double anchorDay, double factor, const DayRangeLimits &limits);
DayRange panRange(DayRange range, double days, const DayRangeLimits &limits);

// Maps days to pixels over one horizontal extent.
class TimeScale
{
public:
    TimeScale() = default;
    TimeScale(DayRange range, double left, double width);

    DayRange range() const { return m_range; }
    double left() const { return m_left; }
    double width() const { return m_width; }
    double right() const { return m_left + m_width; }
    double pixelsPerDay() const { return m_pixelsPerDay; }

    double xOfDay(double day) const { return m_left + (day - m_range.begin) * m_pixelsPerDay; }
    double dayAtX(double x) const { return m_range.begin + (x - m_left) / m_pixelsPerDay; }
    // The whole day under x (Julian day number).
    qint32 wholeDayAtX(double x) const;

private:
    DayRange m_range;
    double m_left = 0;
    double m_width = 1;
    double m_pixelsPerDay = 1;
};

} // namespace dyad
