#pragma once

#include "core/eventstore.h"
#include "periods.h"

#include <optional>
#include <span>
#include <vector>

namespace dyad {

// A pair of actors at state level, stored in a fixed order so that (TUR, RUS) and
// (RUS, TUR) are the same dyad. People and bodies count toward their state.
class Dyad
{
public:
    Dyad() = default;
    Dyad(ActorIndex a, ActorIndex b)
        : m_first(std::min(a, b))
        , m_second(std::max(a, b))
    {
    }

    ActorIndex first() const { return m_first; }
    ActorIndex second() const { return m_second; }
    friend bool operator==(const Dyad &, const Dyad &) = default;
    friend auto operator<=>(const Dyad &, const Dyad &) = default;

private:
    ActorIndex m_first = 0;
    ActorIndex m_second = 0;
};

// Events per period and category. Periods without events are present, as zeros.
struct ActivityTable
{
    qsizetype categoryCount = 0;
    std::vector<quint32> counts;        // period * categoryCount + category
    std::vector<quint32> totals;        // per period
    std::vector<quint32> coarselyDated; // per period: events dated only to a longer span than the period

    quint32 count(qsizetype period, CategoryIndex category) const
    {
        return counts[size_t(period * categoryCount + category)];
    }
};

// Mean tone of one dyad's events per period; a period without events has no mean (a gap).
struct ToneSeries
{
    Dyad dyad;
    std::vector<quint32> counts;   // per period
    std::vector<double> toneSums;  // per period

    std::optional<double> mean(qsizetype period) const
    {
        const quint32 n = counts[size_t(period)];
        if (n == 0)
            return std::nullopt;
        return toneSums[size_t(period)] / n;
    }
};

struct TrendAggregate
{
    PeriodAxis axis;
    ActivityTable activity;
    std::vector<ToneSeries> tones;  // one per requested dyad, in the order asked
};

struct DyadCount
{
    Dyad dyad;
    quint32 events = 0;
};

struct ActorCount
{
    ActorIndex actor = 0;  // a state group: people count toward their state
    quint32 events = 0;
};

// The rows (a sorted subset of the store's rows, e.g. the filtered rows) whose start day
// lies in [firstDay, lastDay]: a binary search, no copy.
std::span<const EventRow> rowsStartingIn(const EventStore &store, std::span<const EventRow> rows, qint32 firstDay,
                                         qint32 lastDay);

// Counts every row by the period of its start day (so a month- or year-precision event lands
// in the period of its first day) and category, and the mean tone of each dyad's events:
// an event belongs to a dyad when both of its states take part. One pass over the rows.
TrendAggregate aggregateTrends(const EventStore &store, std::span<const EventRow> rows, const PeriodAxis &axis,
                               std::span<const Dyad> dyads);

// True when both states of the dyad take part in the event (directly or through their people).
bool involves(const EventStore &store, EventRow row, const Dyad &dyad);

// Dyads by number of events among rows, most frequent first (ties by actor order).
// With statesOnly, both sides must be states (organisations and armed groups left out).
std::vector<DyadCount> rankDyads(const EventStore &store, std::span<const EventRow> rows, qsizetype limit,
                                 bool statesOnly = false);

// The default dyads for a chart: the most frequent state pairs, topped up with other pairs
// when there are fewer than `count` state pairs.
std::vector<Dyad> defaultDyads(const EventStore &store, std::span<const EventRow> rows, qsizetype count);

// State groups (and bodies of no state) by number of events among rows, most first;
// `excluded` groups are left out (those the filter already names).
std::vector<ActorCount> rankActors(const EventStore &store, std::span<const EventRow> rows, qsizetype limit,
                                   std::span<const ActorIndex> excluded = {});

// The mean tone over each period and `radius` periods either side, weighted by events (the
// sum of tones over the sum of counts): a steadier line through sparse months. A period whose
// neighbourhood has no events has no value.
std::vector<std::optional<double>> centredMeans(const ToneSeries &series, qsizetype radius);

// "Turkey – Russia"
QString dyadDisplayName(const EventStore &store, const Dyad &dyad);

} // namespace dyad
