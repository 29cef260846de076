#pragma once

#include "benchreporter.h"

namespace dyad {
class Session;
}

namespace dyad::bench {

// Each area of Dyad adds one suite; benchmain.cpp runs them in order on one dataset.
void runFilterBenchmarks(Session &session, BenchReporter &report);
void runFirstFrameBenchmark(BenchReporter &report);
// chart_aggregate and friends: what the Trends dock computes after a filter or window change.
void runTrendBenchmarks(Session &session, BenchReporter &report);
// session_save, session_open: the .dyad file of the whole store.
void runSessionBenchmarks(Session &session, BenchReporter &report);
// map_aggregate: actor pairs over a year under a country filter.
void runMapBenchmarks(Session &session, BenchReporter &report);
// import_gdelt: a generated GDELT 2.0 file into a new store, against the sqlite3 shell's .import.
void runImportBenchmarks(BenchReporter &report);
// timeline_paint_* and timeline_zoom_step: one 1920x1080 frame of the timeline.
void runTimelineBenchmarks(Session &session, BenchReporter &report);

} // namespace dyad::bench
