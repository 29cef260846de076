#pragma once

#include <QtGlobal>

namespace dyad {

// A span of days, both ends included (Julian day numbers).
struct TimeWindow
{
    qint32 firstDay = 0;
    qint32 lastDay = -1;

    bool isValid() const { return lastDay >= firstDay; }
    qint32 days() const { return lastDay - firstDay + 1; }
    bool overlaps(qint32 first, qint32 last) const { return first <= lastDay && last >= firstDay; }
    friend bool operator==(const TimeWindow &, const TimeWindow &) = default;
};

} // namespace dyad
