#pragma once

#include "core/datasetinfo.h"
#include "core/eventstore.h"

#include <QHash>

namespace dyad::testing {

// A deterministic, realistic-looking dataset: ~200 actors (states, their leaders and
// ministries, organisations, armed groups), events from 1979 to 2025 with 10 % date
// ranges, month- and year-precision dates, several categories, tones and sources.
struct SyntheticOptions
{
    qsizetype events = 1'000'000;
    quint32 seed = 20201229;
};

EventStore generateSyntheticStore(const SyntheticOptions &options);
DatasetInfo syntheticInfo();

// A store's events by id: two stores with the same events compare equal whatever their order.
QHash<QString, Event> eventsById(const EventStore &store);

} // namespace dyad::testing
