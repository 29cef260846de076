#include "lanes.h"

#include <algorithm>
#include <bit>

namespace dyad {

QString laneModeName(LaneMode mode)
{
    switch (mode) {
    case LaneMode::Actor:
        return QStringLiteral("actor");
    case LaneMode::Dyad:
        return QStringLiteral("dyad");
    case LaneMode::Category:
        return QStringLiteral("category");
    }
    return {};
}

std::optional<LaneMode> laneModeFromName(QStringView name)
{
    for (LaneMode mode : {LaneMode::Actor, LaneMode::Dyad, LaneMode::Category}) {
        if (name == laneModeName(mode))
            return mode;
    }
    return std::nullopt;
}

void Lane::collectOverlapping(const EventStore &store, qint32 firstDay, qint32 lastDay,
                              std::vector<EventRow> &out) const
{
    const size_t before = out.size();
    int classesUsed = 0;
    for (const LaneSpanClass &spanClass : classes) {
        const auto begin = std::lower_bound(spanClass.starts.begin(), spanClass.starts.end(),
                                            firstDay - spanClass.longestDays + 1);
        const auto end = std::upper_bound(begin, spanClass.starts.end(), lastDay);
        const size_t added = out.size();
        for (auto it = begin; it != end; ++it) {
            const EventRow row = spanClass.rows[size_t(it - spanClass.starts.begin())];
            if (store.lastDay(row) >= firstDay)
                out.push_back(row);
        }
        classesUsed += out.size() > added ? 1 : 0;
    }
    if (classesUsed > 1)
        std::sort(out.begin() + qsizetype(before), out.end());
}

qsizetype Lane::countStarting(qint32 firstDay, qint32 lastDay) const
{
    qsizetype count = 0;
    for (const LaneSpanClass &spanClass : classes) {
        const auto begin = std::lower_bound(spanClass.starts.begin(), spanClass.starts.end(), firstDay);
        count += std::upper_bound(begin, spanClass.starts.end(), lastDay) - begin;
    }
    return count;
}

bool Lane::contains(EventRow row) const
{
    return std::any_of(classes.begin(), classes.end(), [row](const LaneSpanClass &spanClass) {
        return std::binary_search(spanClass.rows.begin(), spanClass.rows.end(), row);
    });
}

EventRow Lane::previousRow(EventRow row) const
{
    EventRow best = noRow;
    for (const LaneSpanClass &spanClass : classes) {
        const auto it = std::lower_bound(spanClass.rows.begin(), spanClass.rows.end(), row);
        if (it != spanClass.rows.begin() && (best == noRow || *(it - 1) > best))
            best = *(it - 1);
    }
    return best;
}

EventRow Lane::nextRow(EventRow row) const
{
    EventRow best = noRow;
    for (const LaneSpanClass &spanClass : classes) {
        const auto it = std::upper_bound(spanClass.rows.begin(), spanClass.rows.end(), row);
        if (it != spanClass.rows.end())
            best = std::min(best, *it);
    }
    return best;
}

EventRow Lane::firstRow() const
{
    EventRow best = noRow;
    for (const LaneSpanClass &spanClass : classes) {
        if (!spanClass.rows.empty())
            best = std::min(best, spanClass.rows.front());
    }
    return best;
}

EventRow Lane::lastRow() const
{
    EventRow best = noRow;
    for (const LaneSpanClass &spanClass : classes) {
        if (!spanClass.rows.empty() && (best == noRow || spanClass.rows.back() > best))
            best = spanClass.rows.back();
    }
    return best;
}

qsizetype TimelineLanes::indexOfId(QStringView id) const
{
    for (size_t i = 0; i < m_lanes.size(); ++i) {
        if (m_lanes[i].id == id)
            return qsizetype(i);
    }
    return -1;
}

std::vector<qsizetype> TimelineLanes::lanesOfRow(const EventStore &store, EventRow row) const
{
    std::vector<qsizetype> lanes;
    const auto add = [&](qint32 lane) {
        if (lane >= 0 && std::find(lanes.begin(), lanes.end(), lane) == lanes.end()
            && m_lanes[size_t(lane)].contains(row))
            lanes.push_back(lane);
    };
    if (m_mode == LaneMode::Category) {
        const CategoryIndex category = store.category(row);
        if (category < m_laneOfGroup.size())
            add(m_laneOfGroup[category]);
    } else {
        std::vector<ActorIndex> groups;
        for (ActorIndex actor : store.participants(row)) {
            const ActorIndex group = store.stateGroup(actor);
            if (std::find(groups.begin(), groups.end(), group) == groups.end())
                groups.push_back(group);
        }
        if (m_mode == LaneMode::Actor) {
            for (ActorIndex group : groups)
                add(group < m_laneOfGroup.size() ? m_laneOfGroup[group] : -1);
        } else {
            const auto pair = [](ActorIndex a, ActorIndex b) {
                return (quint64(std::min(a, b)) << 32) | std::max(a, b);
            };
            if (groups.size() == 1)
                add(m_laneOfPair.value(pair(groups[0], groups[0]), -1));
            for (size_t i = 0; i < groups.size(); ++i) {
                for (size_t j = i + 1; j < groups.size(); ++j)
                    add(m_laneOfPair.value(pair(groups[i], groups[j]), -1));
            }
        }
    }
    std::sort(lanes.begin(), lanes.end());
    return lanes;
}

qsizetype TimelineLanes::memoryBytes() const
{
    const auto laneBytes = [](const Lane &lane) {
        qsizetype bytes = qsizetype(sizeof(Lane));
        for (const LaneSpanClass &spanClass : lane.classes)
            bytes += qsizetype(spanClass.starts.capacity() * sizeof(qint32) + spanClass.rows.capacity() * sizeof(EventRow));
        bytes += qsizetype(lane.buckets.prefix.capacity() * sizeof(quint32));
        bytes += qsizetype(lane.tone.countPrefix.capacity() * sizeof(quint32) + lane.tone.toneSumPrefix.capacity() * sizeof(double));
        return bytes;
    };
    qsizetype bytes = laneBytes(m_overall);
    for (const Lane &lane : m_lanes)
        bytes += laneBytes(lane);
    return bytes;
}

} // namespace dyad
