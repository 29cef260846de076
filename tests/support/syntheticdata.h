#pragma once

#include "core/datasetinfo.h"
#include "core/eventstore.h"

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

} // namespace dyad::testing
