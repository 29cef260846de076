#pragma once

#include "session/timewindow.h"

#include <QString>

#include <vector>

namespace dyad {

struct TimeTick
{
    qint32 day = 0;  // Julian day the tick sits on
    QString label;   // "2016", "Apr", "4 Apr"; a year tick is labelled with the year alone
    bool major = false;  // a year start among month ticks, or a month start among week ticks
};

// Round calendar positions for labelling a time axis over window: whole weeks, months,
// quarters or years (1, 2, 5, 10, ... years), the finest step giving at most maxTicks.
std::vector<TimeTick> timeTicks(TimeWindow window, int maxTicks);

} // namespace dyad
