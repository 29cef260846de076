#include "density.h"

#include <algorithm>
#include <limits>

namespace dyad {

namespace {

void walkStartCounts(const Lane &lane, double begin, double binDays, std::span<float> counts)
{
    const auto bins = qsizetype(counts.size());
    const double end = binEdge(begin, binDays, bins);
    const auto firstDay = qint32(std::ceil(begin));
    for (const LaneSpanClass &spanClass : lane.classes) {
        auto it = std::lower_bound(spanClass.starts.begin(), spanClass.starts.end(), firstDay);
        for (; it != spanClass.starts.end() && double(*it) < end; ++it) {
            const double start = *it;
            auto bin = std::clamp(qsizetype((start - begin) / binDays), qsizetype(0), bins - 1);
            // Floating point may put an event a bin off at an exact edge; settle it on the edges.
            while (bin + 1 < bins && start >= binEdge(begin, binDays, bin + 1))
                ++bin;
            while (bin > 0 && start < binEdge(begin, binDays, bin))
                --bin;
            counts[size_t(bin)] += 1;
        }
    }
}

} // namespace

void binStartCounts(const TimelineLanes &lanes, const Lane &lane, double begin, double binDays,
                    std::span<float> counts)
{
    std::fill(counts.begin(), counts.end(), 0.0f);
    if (counts.empty() || binDays <= 0)
        return;
    const std::vector<quint32> &prefix = lane.buckets.prefix;
    const qint32 bucketDays = lanes.bucketDays();
    if (prefix.empty() || binDays < bucketDays) {
        walkStartCounts(lane, begin, binDays, counts);
        return;
    }
    const double origin = lanes.bucketOrigin();
    const auto last = qint64(prefix.size() - 1);
    // prefix[i] counts events starting before origin + i * bucketDays; an edge e maps to
    // the first bucket boundary at or after it.
    const auto indexOf = [&](double edge) {
        const double bucket = std::ceil((edge - origin) / bucketDays);
        return size_t(std::clamp<double>(bucket, 0, double(last)));
    };
    size_t lower = indexOf(begin);
    for (size_t i = 0; i < counts.size(); ++i) {
        const size_t upper = indexOf(binEdge(begin, binDays, qsizetype(i) + 1));
        counts[i] = float(prefix[upper] - prefix[lower]);
        lower = upper;
    }
}

TickStep chooseTrendStep(const TimelineLanes &lanes, double pixelsPerDay, double minimumPixels)
{
    const TickStep base = lanes.periodStep();
    bool reachedBase = false;
    TickStep chosen = base;
    for (const TickStep &step : allTickSteps()) {
        if (step == base)
            reachedBase = true;
        if (!reachedBase || (step.unit == TickStep::Unit::Year && base.unit == TickStep::Unit::Year
                             && step.count % base.count != 0))
            continue;
        chosen = step;
        if (shortestTickInterval(step) * pixelsPerDay >= minimumPixels)
            break;
    }
    return chosen;
}

double meanToneBetween(const TimelineLanes &lanes, const Lane &lane, qint32 firstDay, qint32 endDay)
{
    const std::vector<qint32> &starts = lanes.periodStarts();
    if (starts.size() < 2 || lane.tone.countPrefix.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const auto indexOf = [&](qint32 day) {
        return size_t(std::lower_bound(starts.begin(), starts.end() - 1, day) - starts.begin());
    };
    const size_t from = indexOf(firstDay);
    const size_t to = indexOf(endDay);
    const quint32 count = lane.tone.countPrefix[to] - lane.tone.countPrefix[from];
    if (count == 0)
        return std::numeric_limits<double>::quiet_NaN();
    return (lane.tone.toneSumPrefix[to] - lane.tone.toneSumPrefix[from]) / count;
}

std::vector<TonePeriod> toneTrend(const TimelineLanes &lanes, const Lane &lane, TickStep step,
                                  qint32 firstDay, qint32 lastDay)
{
    std::vector<TonePeriod> periods;
    const std::vector<qint32> &starts = lanes.periodStarts();
    if (starts.size() < 2 || lane.tone.countPrefix.empty())
        return periods;
    // Only the periods the grid covers carry data.
    firstDay = std::max(firstDay, starts.front());
    lastDay = std::min(lastDay, starts.back() - 1);
    if (lastDay < firstDay)
        return periods;
    std::vector<Tick> ticks = generateTicks(step, tickAtOrBefore(step, firstDay).day, lastDay);
    ticks.push_back(tickAfter(step, ticks.back().day));
    periods.reserve(ticks.size() - 1);
    auto from = size_t(std::lower_bound(starts.begin(), starts.end() - 1, ticks.front().day) - starts.begin());
    for (size_t i = 0; i + 1 < ticks.size(); ++i) {
        const auto to = size_t(std::lower_bound(starts.begin() + qsizetype(from), starts.end() - 1, ticks[i + 1].day)
                               - starts.begin());
        TonePeriod period{ticks[i].day, ticks[i + 1].day, lane.tone.countPrefix[to] - lane.tone.countPrefix[from], 0};
        if (period.count > 0)
            period.meanTone = (lane.tone.toneSumPrefix[to] - lane.tone.toneSumPrefix[from]) / period.count;
        periods.push_back(period);
        from = to;
    }
    return periods;
}

} // namespace dyad
