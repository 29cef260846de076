#pragma once

#include "core/eventstore.h"
#include "timeticks.h"

#include <QString>

#include <span>
#include <vector>

namespace dyad {

enum class LaneMode : quint8 { Actor, Dyad, Category };

QString laneModeName(LaneMode mode);  // "actor", "dyad", "category": stable, for files
std::optional<LaneMode> laneModeFromName(QStringView name);

// The events of one lane, grouped by how many days they last (1, 2, 3-4, 5-8 ... days) and
// in start order inside each group: the events overlapping any window are then a binary
// search per group, however long the longest event.
struct LaneSpanClass
{
    qint32 longestDays = 1;
    std::vector<qint32> starts;
    std::vector<EventRow> rows;
};

// Counts per day bucket, as prefix sums: events starting in [a, b) is two reads.
struct DayBucketCounts
{
    std::vector<quint32> prefix;  // bucketCount + 1 entries; empty when the lane is sparse
};

// Counts and tone sums per period (months, or years for long data), as prefix sums: the
// mean tone of any run of periods is two reads.
struct PeriodTone
{
    std::vector<quint32> countPrefix;
    std::vector<double> toneSumPrefix;
};

struct Lane
{
    QString id;       // stable: "TUR", "RUS|TUR", "diplomacy"
    QString label;    // "Turkey", "TUR – RUS", "diplomacy"
    QString toolTip;  // full names
    int categoryIndex = -1;  // the category of a category lane
    qsizetype eventCount = 0;
    std::vector<LaneSpanClass> classes;
    DayBucketCounts buckets;
    PeriodTone tone;

    // Rows of the events overlapping [firstDay, lastDay], in start order.
    void collectOverlapping(const EventStore &store, qint32 firstDay, qint32 lastDay,
                            std::vector<EventRow> &out) const;
    // How many of the lane's events start in [firstDay, lastDay].
    qsizetype countStarting(qint32 firstDay, qint32 lastDay) const;
    // Rows are numbered in start order, so each class's rows are sorted and searchable.
    bool contains(EventRow row) const;
    // The lane's event before / after row in start order, or noRow.
    EventRow previousRow(EventRow row) const;
    EventRow nextRow(EventRow row) const;
    EventRow firstRow() const;
    EventRow lastRow() const;
};

// The filtered events laid out in lanes: by actor (a state with its people and bodies folded
// in), by dyad (one lane per pair of actors) or by category. Built when the filter or the
// mode changes, never while painting; holds the pre-aggregated counts the dense views draw.
class TimelineLanes
{
public:
    TimelineLanes() = default;
    static TimelineLanes build(const EventStore &store, std::span<const EventRow> rows, LaneMode mode);

    LaneMode mode() const { return m_mode; }
    qsizetype size() const { return qsizetype(m_lanes.size()); }
    bool isEmpty() const { return m_lanes.empty(); }
    const Lane &lane(qsizetype index) const { return m_lanes[size_t(index)]; }
    // Every filtered event once: what the overview strip shows.
    const Lane &overall() const { return m_overall; }
    qsizetype indexOfId(QStringView id) const;  // -1 when absent
    // The lanes an event appears in, in lane order.
    std::vector<qsizetype> lanesOfRow(const EventStore &store, EventRow row) const;

    // Day buckets: bucket i covers [bucketOrigin + i * bucketDays, ... + bucketDays).
    qint32 bucketOrigin() const { return m_bucketOrigin; }
    qint32 bucketDays() const { return m_bucketDays; }
    qsizetype bucketCount() const { return m_bucketCount; }
    // Period grid for tone: period i covers [periodStarts[i], periodStarts[i + 1]).
    TickStep periodStep() const { return m_periodStep; }
    const std::vector<qint32> &periodStarts() const { return m_periodStarts; }

    qsizetype memoryBytes() const;
    // Different for every build: lets caches tell a rebuilt set of lanes from the old one.
    quint64 serial() const { return m_serial; }

private:
    friend class TimelineLanesBuilder;

    LaneMode m_mode = LaneMode::Actor;
    quint64 m_serial = 0;
    std::vector<Lane> m_lanes;
    Lane m_overall;
    std::vector<qint32> m_laneOfGroup;  // actor and category modes: ActorIndex / CategoryIndex -> lane
    QHash<quint64, qint32> m_laneOfPair;  // dyad mode: (lower group << 32 | higher group) -> lane
    qint32 m_bucketOrigin = 0;
    qint32 m_bucketDays = 1;
    qsizetype m_bucketCount = 0;
    TickStep m_periodStep{TickStep::Unit::Month, 1};
    std::vector<qint32> m_periodStarts;
};

} // namespace dyad
