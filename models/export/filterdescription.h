#pragma once

#include "core/eventfilter.h"
#include "session/timewindow.h"

#include <QString>

namespace dyad {

class EventStore;

// A filter as a reader would say it, for captions and briefs: "Events involving Turkey and
// Russia (all of), 1 Jan 2020 – 31 Dec 2020, categories: diplomacy, text “S-400”". Actors
// are named by their display names in `store` (their ids when the store lacks them).
QString describeFilter(const EventFilter &filter, const EventStore &store);

// "1 Jan 2020 – 31 Dec 2020"; a single day once.
QString describeWindow(TimeWindow window);

// "A", "A and B", "A, B and C" (or with "or").
QString joinInWords(const QStringList &items, const QString &lastSeparator);

} // namespace dyad
