// Building TimelineLanes: one pass over the filtered rows (which arrive in start order)
// files each event into its lanes, then the per-lane prefix sums are laid down.
#include "lanes.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>

namespace dyad {

namespace {

constexpr qsizetype maximumBuckets = 32768;
constexpr qsizetype maximumPeriods = 2048;

int spanClassOf(qint32 days)
{
    return days <= 1 ? 0 : std::bit_width(quint32(days - 1));
}

quint64 pairKey(ActorIndex a, ActorIndex b)
{
    return (quint64(std::min(a, b)) << 32) | std::max(a, b);
}

QString actorLabel(const Actor &actor)
{
    return actor.name.isEmpty() ? actor.id : actor.name;
}

} // namespace

class TimelineLanesBuilder
{
public:
    TimelineLanesBuilder(const EventStore &store, std::span<const EventRow> rows, TimelineLanes &lanes)
        : m_store(store), m_rows(rows), m_lanes(lanes)
    {
    }

    void run()
    {
        layOutGrids();
        countGroups();
        for (size_t i = 0; i < m_rows.size(); ++i)
            fileRow(m_rows[i]);
        finishLane(m_lanes.m_overall, m_overallTone, true);
        orderLanes();
    }

private:
    void layOutGrids()
    {
        qint32 first = 0;
        qint32 last = 0;
        if (!m_rows.empty()) {
            first = m_store.startDay(m_rows.front());
            last = first;
            for (EventRow row : m_rows)
                last = std::max(last, m_store.lastDay(row));
        }
        const qint64 days = qint64(last) - first + 1;
        m_lanes.m_bucketOrigin = first;
        m_lanes.m_bucketDays = qint32(std::max<qint64>(1, (days + maximumBuckets - 1) / maximumBuckets));
        m_lanes.m_bucketCount = qsizetype((days + m_lanes.m_bucketDays - 1) / m_lanes.m_bucketDays);

        // Months when there are few enough, otherwise the finest year step that fits.
        TickStep step{TickStep::Unit::Month, 1};
        for (const TickStep &candidate : allTickSteps()) {
            if (candidate.unit != TickStep::Unit::Month && candidate.unit != TickStep::Unit::Year)
                continue;
            if (candidate.unit == TickStep::Unit::Month && candidate.count != 1)
                continue;
            step = candidate;
            if (double(days) / shortestTickInterval(candidate) < double(maximumPeriods))
                break;
        }
        m_lanes.m_periodStep = step;
        const Tick firstTick = tickAtOrBefore(step, first);
        for (const Tick &tick : generateTicks(step, firstTick.day, last))
            m_lanes.m_periodStarts.push_back(tick.day);
        m_lanes.m_periodStarts.push_back(tickAfter(step, last).day);
        m_periodCount = m_lanes.m_periodStarts.size() - 1;
        m_overallTone.assign(m_periodCount * 2, 0.0);
    }

    // Which group each actor counts toward, and how many filtered events each group has
    // (a dyad lane names its busier side first: "TUR – RUS" in Turkish data).
    void countGroups()
    {
        m_groupEvents.assign(size_t(m_store.actorCount()), 0);
        if (m_lanes.m_mode != LaneMode::Dyad)
            return;
        for (EventRow row : m_rows) {
            collectGroups(row);
            for (ActorIndex group : m_groups)
                ++m_groupEvents[group];
        }
    }

    void collectGroups(EventRow row)
    {
        m_groups.clear();
        for (ActorIndex actor : m_store.participants(row)) {
            const ActorIndex group = m_store.stateGroup(actor);
            if (std::find(m_groups.begin(), m_groups.end(), group) == m_groups.end())
                m_groups.push_back(group);
        }
    }

    void fileRow(EventRow row)
    {
        const qint32 start = m_store.startDay(row);
        const int spanClass = spanClassOf(m_store.lastDay(row) - start + 1);
        while (m_period + 1 < m_periodCount && m_lanes.m_periodStarts[m_period + 1] <= start)
            ++m_period;
        const double tone = double(m_store.tone(row));
        addTo(m_lanes.m_overall, m_overallTone, spanClass, start, row, tone);

        switch (m_lanes.m_mode) {
        case LaneMode::Category:
            addTo(laneForGroup(m_store.category(row)), spanClass, start, row, tone);
            break;
        case LaneMode::Actor:
            collectGroups(row);
            for (ActorIndex group : m_groups)
                addTo(laneForGroup(group), spanClass, start, row, tone);
            break;
        case LaneMode::Dyad:
            collectGroups(row);
            if (m_groups.size() == 1)
                addTo(laneForPair(m_groups[0], m_groups[0]), spanClass, start, row, tone);
            for (size_t i = 0; i < m_groups.size(); ++i) {
                for (size_t j = i + 1; j < m_groups.size(); ++j)
                    addTo(laneForPair(m_groups[i], m_groups[j]), spanClass, start, row, tone);
            }
            break;
        }
    }

    qint32 newLane(Lane lane)
    {
        m_lanes.m_lanes.push_back(std::move(lane));
        m_laneTone.emplace_back(m_periodCount * 2, 0.0);
        return qint32(m_lanes.m_lanes.size() - 1);
    }

    qint32 laneForGroup(quint32 group)
    {
        if (group >= m_lanes.m_laneOfGroup.size())
            m_lanes.m_laneOfGroup.resize(group + 1, -1);
        qint32 &lane = m_lanes.m_laneOfGroup[group];
        if (lane < 0) {
            Lane created;
            if (m_lanes.m_mode == LaneMode::Category) {
                created.id = m_store.categoryName(CategoryIndex(group));
                created.label = created.id;
                created.toolTip = created.id;
                created.categoryIndex = int(group);
            } else {
                const Actor &actor = m_store.actor(group);
                created.id = actor.id;
                created.label = actorLabel(actor);
                created.toolTip = actorLabel(actor);
            }
            lane = newLane(std::move(created));
        }
        return lane;
    }

    qint32 laneForPair(ActorIndex a, ActorIndex b)
    {
        const quint64 key = pairKey(a, b);
        if (key == m_lastPairKey)
            return m_lastPairLane;
        auto found = m_lanes.m_laneOfPair.find(key);
        if (found == m_lanes.m_laneOfPair.end()) {
            if (m_groupEvents[b] > m_groupEvents[a] || (m_groupEvents[b] == m_groupEvents[a] && b < a))
                std::swap(a, b);
            const Actor &first = m_store.actor(a);
            const Actor &second = m_store.actor(b);
            Lane created;
            if (a == b) {
                created.id = first.id;
                created.label = first.id;
                created.toolTip = QCoreApplication::translate("dyad::TimelineLanes", "%1 with no other party")
                                      .arg(actorLabel(first));
            } else {
                created.id = std::min(first.id, second.id) + u'|' + std::max(first.id, second.id);
                created.label = first.id + u" – " + second.id;
                created.toolTip = actorLabel(first) + u" – " + actorLabel(second);
            }
            found = m_lanes.m_laneOfPair.insert(key, newLane(std::move(created)));
        }
        m_lastPairKey = key;
        m_lastPairLane = *found;
        return *found;
    }

    void addTo(qint32 lane, int spanClass, qint32 start, EventRow row, double tone)
    {
        addTo(m_lanes.m_lanes[size_t(lane)], m_laneTone[size_t(lane)], spanClass, start, row, tone);
    }

    void addTo(Lane &lane, std::vector<double> &tone, int spanClass, qint32 start, EventRow row, double value)
    {
        if (size_t(spanClass) >= lane.classes.size()) {
            const size_t before = lane.classes.size();
            lane.classes.resize(size_t(spanClass) + 1);
            for (size_t c = before; c < lane.classes.size(); ++c)
                lane.classes[c].longestDays = qint32(1) << c;
        }
        LaneSpanClass &target = lane.classes[size_t(spanClass)];
        target.starts.push_back(start);
        target.rows.push_back(row);
        ++lane.eventCount;
        tone[m_period * 2] += 1;
        tone[m_period * 2 + 1] += value;
    }

    void finishLane(Lane &lane, const std::vector<double> &tone, bool dense)
    {
        for (LaneSpanClass &spanClass : lane.classes) {
            spanClass.starts.shrink_to_fit();
            spanClass.rows.shrink_to_fit();
        }
        lane.tone.countPrefix.assign(m_periodCount + 1, 0);
        lane.tone.toneSumPrefix.assign(m_periodCount + 1, 0.0);
        for (size_t p = 0; p < m_periodCount; ++p) {
            lane.tone.countPrefix[p + 1] = lane.tone.countPrefix[p] + quint32(tone[p * 2]);
            lane.tone.toneSumPrefix[p + 1] = lane.tone.toneSumPrefix[p] + tone[p * 2 + 1];
        }
        if (!dense)
            return;
        std::vector<quint32> &prefix = lane.buckets.prefix;
        prefix.assign(size_t(m_lanes.m_bucketCount) + 1, 0);
        for (const LaneSpanClass &spanClass : lane.classes) {
            for (qint32 start : spanClass.starts)
                ++prefix[size_t((start - m_lanes.m_bucketOrigin) / m_lanes.m_bucketDays) + 1];
        }
        for (size_t i = 1; i < prefix.size(); ++i)
            prefix[i] += prefix[i - 1];
    }

    // Busiest lanes first; lanes dense enough get day-bucket prefix sums. The threshold keeps
    // memory bounded: at most a few hundred lanes can be that busy.
    void orderLanes()
    {
        std::vector<Lane> &lanes = m_lanes.m_lanes;
        qsizetype memberships = 0;
        for (const Lane &lane : lanes)
            memberships += lane.eventCount;
        const qsizetype denseFrom = std::max<qsizetype>({m_lanes.m_bucketCount / 8, memberships / 256, 64});
        for (size_t i = 0; i < lanes.size(); ++i)
            finishLane(lanes[i], m_laneTone[i], lanes[i].eventCount >= denseFrom);
        m_laneTone.clear();

        std::vector<qint32> order(lanes.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = qint32(i);
        std::stable_sort(order.begin(), order.end(), [&](qint32 a, qint32 b) {
            const Lane &la = lanes[size_t(a)];
            const Lane &lb = lanes[size_t(b)];
            if (la.eventCount != lb.eventCount)
                return la.eventCount > lb.eventCount;
            return la.label < lb.label;
        });
        std::vector<qint32> newIndex(lanes.size());
        std::vector<Lane> sorted;
        sorted.reserve(lanes.size());
        for (size_t i = 0; i < order.size(); ++i) {
            newIndex[size_t(order[i])] = qint32(i);
            sorted.push_back(std::move(lanes[size_t(order[i])]));
        }
        lanes.swap(sorted);
        for (qint32 &lane : m_lanes.m_laneOfGroup) {
            if (lane >= 0)
                lane = newIndex[size_t(lane)];
        }
        for (auto it = m_lanes.m_laneOfPair.begin(); it != m_lanes.m_laneOfPair.end(); ++it)
            it.value() = newIndex[size_t(it.value())];
    }

    const EventStore &m_store;
    std::span<const EventRow> m_rows;
    TimelineLanes &m_lanes;
    size_t m_periodCount = 0;
    size_t m_period = 0;
    std::vector<double> m_overallTone;             // count, sum per period
    std::vector<std::vector<double>> m_laneTone;   // per lane: count, sum per period
    std::vector<quint32> m_groupEvents;
    std::vector<ActorIndex> m_groups;
    quint64 m_lastPairKey = ~quint64(0);
    qint32 m_lastPairLane = -1;
};

TimelineLanes TimelineLanes::build(const EventStore &store, std::span<const EventRow> rows, LaneMode mode)
{
    static std::atomic<quint64> builds{0};
    TimelineLanes lanes;
    lanes.m_mode = mode;
    lanes.m_serial = ++builds;
    TimelineLanesBuilder(store, rows, lanes).run();
    return lanes;
}

} // namespace dyad
