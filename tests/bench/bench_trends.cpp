#include "benchsuites.h"

#include "charts/trendspanel.h"
#include "itemmodels/eventselectionmodel.h"
#include "itemmodels/eventtablemodel.h"
#include "session/session.h"
#include "trends/trendaggregation.h"

#include <QImage>

namespace dyad::bench {

void runTrendBenchmarks(Session &session, BenchReporter &report)
{
    const EventStore &store = session.store();
    const std::vector<EventRow> &rows = session.filteredRows();
    std::size_t sink = 0;

    // What the Trends dock computes after a filter change: the default dyads...
    std::vector<Dyad> dyads;
    report.measure(QStringLiteral("chart_default_dyads"), 15, [&] { dyads = defaultDyads(store, rows, 2); });
    // ...then, after every filter or window change, activity and the two dyads' tone.
    const PeriodAxis monthly(PeriodUnit::Month, session.dataExtent());
    report.measure(QStringLiteral("chart_aggregate"), 15, [&] {
        sink += aggregateTrends(store, rows, monthly, dyads).activity.totals.size();
    });
    const PeriodAxis weekly(PeriodUnit::Week, session.dataExtent());
    report.measure(QStringLiteral("chart_aggregate_weekly"), 15, [&] {
        sink += aggregateTrends(store, rows, weekly, dyads).activity.totals.size();
    });
    report.measure(QStringLiteral("chart_top_actors"), 15, [&] { sink += rankActors(store, rows, 10).size(); });

    // The whole dock after a window change: aggregation plus rebuilding the Qt Charts series,
    // then one paint of the three charts.
    if (report.wants(QStringLiteral("chart_refresh_panel")) || report.wants(QStringLiteral("chart_paint_panel"))) {
        EventTableModel table(&session);
        EventSelectionModel selection(&table);
        TrendsPanel panel(&session, &table, &selection);
        panel.resize(1200, 400);
        report.measure(QStringLiteral("chart_refresh_panel"), 10, [&] { panel.refreshNow(); });
        QImage image(panel.size(), QImage::Format_ARGB32_Premultiplied);
        report.measure(QStringLiteral("chart_paint_panel"), 10, [&] { panel.render(&image); });
    }
    if (sink == 0)
        report.value(QStringLiteral("chart_aggregate_empty"), 1);
}

} // namespace dyad::bench
