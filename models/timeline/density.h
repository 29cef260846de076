#pragma once

#include "lanes.h"
#include "timeticks.h"

#include <cmath>
#include <span>
#include <vector>

namespace dyad {

// Bin i covers [begin + i * binDays, begin + (i + 1) * binDays): both the prefix-sum path
// and the walk over events use this one formula, so they agree exactly.
inline double binEdge(double begin, double binDays, qsizetype index)
{
    return begin + double(index) * binDays;
}

// How many of the lane's events start in each bin. Busy lanes read their day-bucket prefix
// sums (two reads per bin); quiet lanes, or bins finer than a bucket, walk the events.
void binStartCounts(const TimelineLanes &lanes, const Lane &lane, double begin, double binDays,
                    std::span<float> counts);

// The mean tone of the lane's events starting in one period; count 0 is a gap.
struct TonePeriod
{
    qint32 firstDay = 0;
    qint32 endDay = 0;  // exclusive
    quint32 count = 0;
    double meanTone = 0;
};

// The finest period the lanes' tone grid can give that is at least minimumPixels wide.
TickStep chooseTrendStep(const TimelineLanes &lanes, double pixelsPerDay, double minimumPixels);
// Mean tone per period of `step` over the periods touching [firstDay, lastDay].
std::vector<TonePeriod> toneTrend(const TimelineLanes &lanes, const Lane &lane, TickStep step,
                                  qint32 firstDay, qint32 lastDay);
// Mean tone of the events starting in [firstDay, endDay), read from the period grid
// (so exact only on period boundaries); NaN when there are none.
double meanToneBetween(const TimelineLanes &lanes, const Lane &lane, qint32 firstDay, qint32 endDay);

} // namespace dyad
