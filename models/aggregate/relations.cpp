#include "relations.h"

#include <algorithm>

namespace dyad {

namespace {

// Open-addressing hash from a pair key (a << 32 | b) to its position in a vector of relations:
// no allocation per event and no node per pair.
class PairIndex
{
public:
    PairIndex() { m_slots.assign(1024, empty); }

    // The position stored for key, or `fresh` newly stored there.
    quint32 findOrInsert(quint64 key, quint32 fresh)
    {
        if (2 * (m_size + 1) > m_slots.size())
            grow();
        for (size_t slot = position(key);; slot = (slot + 1) & (m_slots.size() - 1)) {
            if (m_slots[slot].value == empty.value) {
                m_slots[slot] = {key, fresh};
                ++m_size;
                return fresh;
            }
            if (m_slots[slot].key == key)
                return m_slots[slot].value;
        }
    }

private:
    struct Slot
    {
        quint64 key;
        quint32 value;
    };
    static constexpr Slot empty{0, std::numeric_limits<quint32>::max()};

    size_t position(quint64 key) const
    {
        return size_t((key * 0x9E3779B97F4A7C15ull) >> 32) & (m_slots.size() - 1);
    }
    void grow()
    {
        std::vector<Slot> old(2 * m_slots.size(), empty);
        old.swap(m_slots);
        m_size = 0;
        for (const Slot &slot : old) {
            if (slot.value != empty.value)
                findOrInsert(slot.key, slot.value);
        }
    }

    std::vector<Slot> m_slots;
    size_t m_size = 0;
};

class Aggregator
{
public:
    Aggregator(const EventStore &store, RelationGrouping grouping)
        : m_store(store)
        , m_byState(grouping == RelationGrouping::ByState)
        , m_actorCounts(size_t(store.actorCount()), 0)
        , m_actorToneSums(size_t(store.actorCount()), 0.0)
    {
        m_members.reserve(16);
    }

    void add(EventRow row);
    RelationSummary finish();

private:
    const EventStore &m_store;
    const bool m_byState;
    std::vector<quint32> m_actorCounts;
    std::vector<double> m_actorToneSums;
    std::vector<Relation> m_relations;  // meanTone holds the sum of tones until finish()
    PairIndex m_index;
    std::vector<ActorIndex> m_members;  // of the current event, distinct, reused
    quint32 m_eventCount = 0;
};

void Aggregator::add(EventRow row)
{
    ++m_eventCount;
    const double tone = m_store.tone(row);
    m_members.clear();
    for (ActorIndex actor : m_store.participants(row)) {
        const ActorIndex member = m_byState ? m_store.stateGroup(actor) : actor;
        if (std::find(m_members.begin(), m_members.end(), member) == m_members.end())
            m_members.push_back(member);
    }
    for (ActorIndex member : m_members) {
        ++m_actorCounts[member];
        m_actorToneSums[member] += tone;
    }
    for (size_t i = 0; i < m_members.size(); ++i) {
        for (size_t j = i + 1; j < m_members.size(); ++j) {
            const ActorIndex a = std::min(m_members[i], m_members[j]);
            const ActorIndex b = std::max(m_members[i], m_members[j]);
            const quint32 fresh = quint32(m_relations.size());
            const quint32 position = m_index.findOrInsert(quint64(a) << 32 | b, fresh);
            if (position == fresh)
                m_relations.push_back(Relation{a, b});
            Relation &relation = m_relations[position];
            ++relation.count;
            relation.meanTone += tone;
            // Rows arrive in start order, so the newest goes first.
            relation.latest = {row, relation.latest[0], relation.latest[1]};
            relation.latestCount = quint8(std::min(relation.latestCount + 1, 3));
        }
    }
}

RelationSummary Aggregator::finish()
{
    RelationSummary summary;
    summary.eventCount = m_eventCount;
    for (Relation &relation : m_relations)
        relation.meanTone /= relation.count;
    std::sort(m_relations.begin(), m_relations.end(), [](const Relation &x, const Relation &y) {
        if (x.count != y.count)
            return x.count > y.count;
        return x.a != y.a ? x.a < y.a : x.b < y.b;
    });
    summary.relations = std::move(m_relations);
    for (size_t actor = 0; actor < m_actorCounts.size(); ++actor) {
        if (m_actorCounts[actor] > 0)
            summary.activity.push_back(
                {ActorIndex(actor), m_actorCounts[actor], m_actorToneSums[actor] / m_actorCounts[actor]});
    }
    return summary;
}

// Any event overlapping [fromDay, toDay] starts on or after this day.
qint32 earliestOverlappingStart(const EventStore &store, qint32 fromDay)
{
    return qint32(std::max<qint64>(qint64(fromDay) - store.longestSpanDays(), std::numeric_limits<qint32>::min()));
}

} // namespace

RelationSummary aggregateRelations(const EventStore &store, std::span<const EventRow> rows, qint32 fromDay,
                                   qint32 toDay, RelationGrouping grouping)
{
    Aggregator aggregator(store, grouping);
    if (fromDay > toDay)
        return aggregator.finish();
    const qint32 earliest = earliestOverlappingStart(store, fromDay);
    const auto begin = std::partition_point(rows.begin(), rows.end(),
                                            [&](EventRow row) { return store.startDay(row) < earliest; });
    const auto end = std::partition_point(begin, rows.end(),
                                          [&](EventRow row) { return store.startDay(row) <= toDay; });
    for (auto it = begin; it != end; ++it) {
        if (store.lastDay(*it) >= fromDay)
            aggregator.add(*it);
    }
    return aggregator.finish();
}

RelationSummary aggregateRelations(const EventStore &store, qint32 fromDay, qint32 toDay, RelationGrouping grouping)
{
    Aggregator aggregator(store, grouping);
    if (fromDay > toDay)
        return aggregator.finish();
    const EventRow end = store.firstRowStartingAfter(toDay);
    for (EventRow row = store.firstRowStartingFrom(earliestOverlappingStart(store, fromDay)); row < end; ++row) {
        if (store.lastDay(row) >= fromDay)
            aggregator.add(row);
    }
    return aggregator.finish();
}

} // namespace dyad
