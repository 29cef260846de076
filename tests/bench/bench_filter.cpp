#include "benchsuites.h"

#include "session/session.h"

#include <QDate>

namespace dyad::bench {

void runFilterBenchmarks(Session &session, BenchReporter &report)
{
    const EventStore &store = session.store();
    std::size_t sink = 0;

    EventFilter country;
    country.actorIds = {QStringLiteral("TUR")};
    report.measure(QStringLiteral("filter_country"), 15, [&] { sink += runFilter(store, country).rows.size(); });

    EventFilter dyadPair;
    dyadPair.actorIds = {QStringLiteral("TUR"), QStringLiteral("RUS")};
    dyadPair.actorMatch = EventFilter::ActorMatch::AllOf;
    report.measure(QStringLiteral("filter_dyad_all_of"), 15, [&] { sink += runFilter(store, dyadPair).rows.size(); });

    EventFilter text;
    text.text = QStringLiteral("pipeline");
    report.measure(QStringLiteral("filter_text"), 15, [&] { sink += runFilter(store, text).rows.size(); });

    EventFilter window;
    window.fromDay = qint32(QDate(2020, 1, 1).toJulianDay());
    window.toDay = qint32(QDate(2020, 12, 31).toJulianDay());
    window.actorIds = {QStringLiteral("TUR")};
    report.measure(QStringLiteral("filter_country_one_year"), 15, [&] { sink += runFilter(store, window).rows.size(); });

    report.measure(QStringLiteral("filter_none"), 15, [&] { sink += runFilter(store, EventFilter()).rows.size(); });
    if (sink == 0)
        report.value(QStringLiteral("filter_matched_nothing"), 1);
}

} // namespace dyad::bench
