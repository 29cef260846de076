#pragma once

#include "timelineframe.h"
#include "timelineoptions.h"

#include <QFontMetricsF>
#include <QHash>

#include <optional>

namespace dyad {

// Lays out one frame of the timeline. Keeps what is costly to measure (label widths, tick
// label widths) between frames; everything else is recomputed per frame from the lanes'
// pre-aggregated counts and a binary search into the window.
class TimelineLayoutEngine
{
public:
    TimelineLayoutEngine() = default;

    TimelineFrame layout(const EventStore &store, const TimelineLanes &lanes, TimeWindow dataExtent,
                         const QRectF &bounds, const TimelineRenderOptions &options) const;

    // Forget measured text (the store or the font changed).
    void clearCaches() const;

    // Geometry of a lane, for scrolling and tests.
    struct Metrics
    {
        double fontHeight = 0;
        double rowHeight = 0;
        double axisRowHeight = 0;
        double markRadius = 0;
        double trendHeight = 0;
        double collapsedHeight = 0;
        double headerWidth = 0;
        int rowsPerLane = 3;
        double laneHeight(bool collapsed) const;
        LaneMode mode = LaneMode::Actor;
    };
    Metrics metrics(const TimelineLanes &lanes, const TimelineRenderOptions &options, double width) const;

private:
    void layOutAxis(TimelineFrame &frame, const Metrics &metrics, const QFontMetricsF &fm) const;
    void layOutOverview(TimelineFrame &frame, const TimelineLanes &lanes, TimeWindow dataExtent) const;
    void layOutLanes(TimelineFrame &frame, const EventStore &store, const TimelineLanes &lanes,
                     const Metrics &metrics, const TimelineRenderOptions &options) const;
    void layOutLaneContent(TimelineFrame &frame, VisibleLane &visible, const EventStore &store,
                           const TimelineLanes &lanes, const Metrics &metrics,
                           const TimelineRenderOptions &options) const;
    void layOutMarks(TimelineFrame &frame, VisibleLane &visible, const EventStore &store, const Lane &lane,
                     const Metrics &metrics, const TimelineRenderOptions &options) const;
    void placeLabels(TimelineFrame &frame) const;
    double headerTextWidth(const TimelineLanes &lanes, const QFont &font) const;
    double titleWidth(const EventStore &store, EventRow row, const QFontMetricsF &fm) const;
    double tickLabelWidth(TickStep step, qint32 firstDay, qint32 lastDay, const QFontMetricsF &fm) const;

    mutable QHash<EventKey, float> m_titleWidths;
    mutable QHash<QString, float> m_textWidths;
    mutable QFont m_measuredFont;
    mutable quint64 m_headerLanes = 0;  // serial of the lanes m_headerWidth was measured for
    mutable double m_headerWidth = 0;
    mutable std::vector<EventRow> m_scratchRows;
};

} // namespace dyad
