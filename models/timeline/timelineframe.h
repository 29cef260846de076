#pragma once

#include "core/eventstore.h"
#include "density.h"
#include "timescale.h"
#include "timeticks.h"

#include <QRectF>
#include <QString>

#include <optional>
#include <vector>

namespace dyad {

struct AxisTick
{
    double x = 0;
    double labelX = 0;  // where the label is centred
    QString label;
};

// One period on the axis's second row, with its label kept on screen while it is.
struct AxisPeriod
{
    double left = 0;
    double right = 0;
    double labelLeft = 0;
    QString label;  // empty when it does not fit
};

struct LaneSlot
{
    qsizetype lane = 0;  // index into TimelineLanes
    double top = 0;      // in content coordinates (before scrolling)
    double height = 0;
    bool collapsed = false;
};

// A lane that is on screen, with what this frame draws in it.
struct VisibleLane
{
    qsizetype lane = 0;
    size_t slot = 0;
    QRectF rect;         // the whole lane, header included
    QRectF eventsRect;   // where events and density go
    QRectF trendRect;    // dyad lanes: the tone trend strip; empty otherwise
    bool collapsed = false;
    qsizetype eventsInWindow = 0;
    float markOpacity = 0;     // marks and density cross-fade while zooming
    float densityOpacity = 0;
    size_t densityBegin = 0;   // bins in TimelineFrame::density
    size_t trendBegin = 0;     // periods in TimelineFrame::trend
    size_t trendEnd = 0;
    size_t itemBegin = 0;      // marks in TimelineFrame::items
    size_t itemEnd = 0;
    qsizetype overflow = 0;    // events no row had room for
};

struct FrameItem
{
    enum class Kind : quint8 { Point, Span, Imprecise, Overflow };
    EventRow row = noRow;
    EventKey key = 0;
    size_t visibleLane = 0;
    Kind kind = Kind::Point;
    bool selected = false;
    bool hovered = false;
    bool labelElided = false;
    bool labelInside = false;  // drawn on a span's bar
    float opacity = 1;
    QRectF mark;
    QRectF label;  // empty when the label is hidden
};

// One laid-out frame: everything the renderer paints and the widget hit-tests, computed
// from the lanes, the window and the pixel size. Work is proportional to pixels and to the
// events on screen, never to the size of the data.
struct TimelineFrame
{
    QRectF bounds;
    QRectF axisRect;
    QRectF headerRect;   // the lane names column, beside lanesRect
    QRectF lanesRect;    // the scrolling area where events are drawn
    QRectF legendRect;
    QRectF overviewRect;  // the overview's plotting area (right of the headers)
    double rowHeight = 0;
    double markRadius = 0;

    TimeScale scale;
    TickStep step;
    std::vector<AxisTick> ticks;
    std::vector<double> minorTicks;
    std::vector<AxisPeriod> periods;
    double dataBeginX = 0;
    double dataEndX = 0;

    std::vector<LaneSlot> slots;  // every lane, in display order
    double contentHeight = 0;
    std::vector<VisibleLane> lanes;
    // Density bins: whole days, a power of two of them, anchored on multiples of their size
    // so that panning never shifts which days share a bin.
    double densityOrigin = 0;
    double densityBinDays = 1;
    size_t densityBins = 0;
    std::vector<float> density;       // counts per bin, per visible lane with density
    std::vector<float> densityTone;   // mean tone per bin (NaN: none), when colouring by tone
    float densityMaximum = 0;         // the full bar height: a high percentile, so spikes clip
    TickStep trendStep;
    std::vector<TonePeriod> trend;
    std::vector<FrameItem> items;

    double binPixels = 2;  // the overview's bins
    TimeScale overviewScale;
    std::vector<float> overviewDensity;
    float overviewMaximum = 0;
    QRectF brush;

    // The topmost mark (or its label) within tolerance pixels of pos; -1 when none.
    qsizetype itemAt(QPointF pos, double tolerance = 3) const;
    // The visible lane under pos (header or events), or -1.
    qsizetype visibleLaneAt(QPointF pos) const;
    // Index into slots of the lane whose row y (widget coordinates) falls in, or -1.
    qsizetype slotAtY(double y, double scrollY) const;
    qsizetype itemOfKey(EventKey key) const;
    double densityBinX(size_t bin) const { return scale.xOfDay(densityOrigin + double(bin) * densityBinDays); }
    // The bin under x, or densityBins when outside.
    size_t densityBinAt(double x) const;
    bool isOnTimeArea(QPointF pos) const;
};

} // namespace dyad
