#include "benchsuites.h"

#include "aggregate/relations.h"
#include "session/session.h"

#include <QDate>

namespace dyad::bench {

void runMapBenchmarks(Session &session, BenchReporter &report)
{
    // What the actor map computes for a one-year window under a country filter.
    const EventStore &store = session.store();
    EventFilter filter;
    filter.actorIds = {QStringLiteral("TUR")};
    const qint32 from = qint32(QDate(2020, 1, 1).toJulianDay());
    const qint32 to = qint32(QDate(2020, 12, 31).toJulianDay());
    const FilterResult filtered = runFilter(store, filter);
    std::size_t sink = 0;
    report.measure(QStringLiteral("map_aggregate"), 15, [&] {
        sink += aggregateRelations(store, filtered.rows, from, to, RelationGrouping::ByState).relations.size();
    });
    report.measure(QStringLiteral("map_filter_and_aggregate"), 15, [&] {
        EventFilter windowed = filter;
        windowed.fromDay = from;
        windowed.toDay = to;
        const FilterResult rows = runFilter(store, windowed);
        sink += aggregateRelations(store, rows.rows, from, to, RelationGrouping::ByState).relations.size();
    });
    if (sink == 0)
        report.value(QStringLiteral("map_aggregate_found_nothing"), 1);
}

} // namespace dyad::bench
