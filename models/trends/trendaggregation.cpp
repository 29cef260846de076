#include "trendaggregation.h"

#include <algorithm>
#include <array>
#include <bit>

namespace dyad {

namespace {

// A participant mask holds one bit per state that appears in the dyads of one pass.
using ActorMask = quint64;
constexpr qsizetype dyadsPerPass = 32;  // two states each at most: 64 bits

struct DyadPass
{
    std::vector<ActorMask> maskOfActor;  // per actor: the bit of its state group, or 0
    std::vector<ActorMask> needed;       // per dyad: both bits
};

DyadPass prepareDyads(const EventStore &store, std::span<const Dyad> dyads)
{
    DyadPass pass;
    std::vector<ActorIndex> groups;
    const auto bitOf = [&groups](ActorIndex group) {
        auto found = std::find(groups.begin(), groups.end(), group);
        if (found == groups.end())
            found = groups.insert(groups.end(), group);
        return ActorMask(1) << (found - groups.begin());
    };
    for (const Dyad &dyad : dyads)
        pass.needed.push_back(bitOf(dyad.first()) | bitOf(dyad.second()));
    pass.maskOfActor.assign(size_t(store.actorCount()), 0);
    for (ActorIndex actor = 0; actor < ActorIndex(store.actorCount()); ++actor) {
        const auto group = std::find(groups.begin(), groups.end(), store.stateGroup(actor));
        if (group != groups.end())
            pass.maskOfActor[actor] = ActorMask(1) << (group - groups.begin());
    }
    return pass;
}

// One pass over rows in start order: activity (when asked) and the tones of up to 32 dyads.
void accumulate(const EventStore &store, std::span<const EventRow> rows, const PeriodAxis &axis,
                ActivityTable *activity, std::span<const Dyad> dyads, std::span<ToneSeries> tones)
{
    const DyadPass pass = prepareDyads(store, dyads);
    const std::array<bool, 3> coarse = {isCoarserThan(DatePrecision::Day, axis.unit()),
                                        isCoarserThan(DatePrecision::Month, axis.unit()),
                                        isCoarserThan(DatePrecision::Year, axis.unit())};
    const std::vector<qint32> &boundaries = axis.boundaries();
    const qsizetype categories = activity ? activity->categoryCount : 0;
    size_t period = 0;
    qint32 next = boundaries[1];
    for (const EventRow row : rows) {
        const qint32 day = store.startDay(row);
        while (day >= next)
            next = boundaries[++period + 1];
        if (activity) {
            ++activity->counts[period * size_t(categories) + store.category(row)];
            ++activity->totals[period];
            activity->coarselyDated[period] += coarse[size_t(store.startPrecision(row))];
        }
        if (dyads.empty())
            continue;
        ActorMask present = 0;
        for (const ActorIndex actor : store.participants(row))
            present |= pass.maskOfActor[actor];
        if (std::popcount(present) < 2)
            continue;
        for (size_t d = 0; d < pass.needed.size(); ++d) {
            if ((present & pass.needed[d]) == pass.needed[d]) {
                ++tones[d].counts[period];
                tones[d].toneSums[period] += store.tone(row);
            }
        }
    }
}

} // namespace

std::span<const EventRow> rowsStartingIn(const EventStore &store, std::span<const EventRow> rows, qint32 firstDay,
                                         qint32 lastDay)
{
    const auto startsBefore = [&store](EventRow row, qint32 day) { return store.startDay(row) < day; };
    const auto begin = std::lower_bound(rows.begin(), rows.end(), firstDay, startsBefore);
    const auto end = lastDay < firstDay ? begin : std::lower_bound(begin, rows.end(), lastDay + 1, startsBefore);
    return rows.subspan(size_t(begin - rows.begin()), size_t(end - begin));
}

TrendAggregate aggregateTrends(const EventStore &store, std::span<const EventRow> rows, const PeriodAxis &axis,
                               std::span<const Dyad> dyads)
{
    TrendAggregate result;
    result.axis = axis;
    const auto periods = size_t(axis.count());
    ActivityTable &activity = result.activity;
    activity.categoryCount = store.categories().size();
    activity.counts.assign(periods * size_t(activity.categoryCount), 0);
    activity.totals.assign(periods, 0);
    activity.coarselyDated.assign(periods, 0);
    for (const Dyad &dyad : dyads)
        result.tones.push_back({dyad, std::vector<quint32>(periods, 0), std::vector<double>(periods, 0.0)});
    if (periods == 0)
        return result;

    const TimeWindow span = axis.span();
    const std::span<const EventRow> inside = rowsStartingIn(store, rows, span.firstDay, span.lastDay);
    qsizetype done = 0;
    do {
        const qsizetype chunk = std::min(dyadsPerPass, qsizetype(dyads.size()) - done);
        accumulate(store, inside, axis, done == 0 ? &activity : nullptr, dyads.subspan(size_t(done), size_t(chunk)),
                   std::span(result.tones).subspan(size_t(done), size_t(chunk)));
        done += chunk;
    } while (done < qsizetype(dyads.size()));
    return result;
}

std::vector<std::optional<double>> centredMeans(const ToneSeries &series, qsizetype radius)
{
    const auto periods = qsizetype(series.counts.size());
    std::vector<std::optional<double>> means(static_cast<size_t>(periods));
    // A sliding window over the sums: add the period entering on the right, drop the one leaving on the left.
    quint64 count = 0;
    double sum = 0;
    for (qsizetype p = 0; p < std::min(radius, periods); ++p) {
        count += series.counts[size_t(p)];
        sum += series.toneSums[size_t(p)];
    }
    for (qsizetype p = 0; p < periods; ++p) {
        if (const qsizetype entering = p + radius; entering < periods) {
            count += series.counts[size_t(entering)];
            sum += series.toneSums[size_t(entering)];
        }
        if (const qsizetype leaving = p - radius - 1; leaving >= 0) {
            count -= series.counts[size_t(leaving)];
            sum -= series.toneSums[size_t(leaving)];
        }
        if (count > 0)
            means[size_t(p)] = sum / double(count);
    }
    return means;
}

} // namespace dyad
