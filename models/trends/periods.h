#pragma once

#include "core/date.h"
#include "session/timewindow.h"

#include <QString>

#include <vector>

namespace dyad {

// The bins a trend chart counts in. Weeks start on Monday; quarters on 1 January, April,
// July and October. Everything is in Julian days, so BCE and far-past dates bin correctly.
enum class PeriodUnit : quint8 { Week, Month, Quarter, Year };

// The unit that gives a readable number of bars for a window of this many days:
// weeks up to about a year and a half, months up to fifteen years, years beyond.
PeriodUnit periodUnitForSpan(qint32 days);

qint32 periodStartOf(PeriodUnit unit, qint32 day);
qint32 nextPeriodStart(PeriodUnit unit, qint32 periodStart);

// True when an event dated with this precision cannot be placed inside one period of the
// unit (a year-precision event in a monthly chart); it is still counted by its start day.
bool isCoarserThan(DatePrecision precision, PeriodUnit unit);

// "week", "month", ... for titles such as "events per month".
QString periodUnitDisplayName(PeriodUnit unit);
// "Week of 3 Feb 2020", "Feb 2020", "Q1 2020", "2020", "44 BCE".
QString periodDisplayName(PeriodUnit unit, qint32 periodStart);

// The periods that cover a window: boundaries[i] is the first day of period i and the
// last entry is the first day after the last period, so there are count() + 1 entries.
class PeriodAxis
{
public:
    PeriodAxis() = default;
    PeriodAxis(PeriodUnit unit, TimeWindow window);

    PeriodUnit unit() const { return m_unit; }
    qsizetype count() const { return m_boundaries.empty() ? 0 : qsizetype(m_boundaries.size()) - 1; }
    const std::vector<qint32> &boundaries() const { return m_boundaries; }
    qint32 firstDay(qsizetype period) const { return m_boundaries[size_t(period)]; }
    qint32 lastDay(qsizetype period) const { return m_boundaries[size_t(period) + 1] - 1; }
    TimeWindow span() const;
    // The period containing day, or -1 outside the axis.
    qsizetype periodOf(qint32 day) const;
    QString displayName(qsizetype period) const { return periodDisplayName(m_unit, firstDay(period)); }

    friend bool operator==(const PeriodAxis &, const PeriodAxis &) = default;

private:
    PeriodUnit m_unit = PeriodUnit::Month;
    std::vector<qint32> m_boundaries;
};

} // namespace dyad
