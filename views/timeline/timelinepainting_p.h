#pragma once

// Internal to the timeline renderer: the colours and state one paint pass shares.

#include "timeline/timelineframe.h"
#include "timeline/timelineoptions.h"

#include <QColor>
#include <QFontMetricsF>
#include <QPainter>

namespace dyad {

class EventStore;
class TimelineLanes;

struct TimelineColors
{
    QColor base;        // the lanes' background
    QColor alternate;   // every other lane
    QColor chrome;      // axis, headers, overview
    QColor text;
    QColor dimText;
    QColor grid;
    QColor strongGrid;
    QColor outside;     // before and after the data
    QColor density;     // density without a colour of its own
    QColor highlight;
    QColor highlightedText;
    bool dark = false;

    static TimelineColors fromPalette(const QPalette &palette);
};

struct TimelinePaintContext
{
    QPainter *painter;
    const TimelineFrame &frame;
    const TimelineRenderOptions &options;
    const EventStore &store;
    const TimelineLanes &lanes;
    TimelineColors colors;
    QFontMetricsF metrics;
};

void paintAxis(const TimelinePaintContext &context);
void paintGrid(const TimelinePaintContext &context);
void paintOverview(const TimelinePaintContext &context);
void paintLaneBackgrounds(const TimelinePaintContext &context);
void paintLaneHeaders(const TimelinePaintContext &context);
void paintDensity(const TimelinePaintContext &context);
void paintTrends(const TimelinePaintContext &context);
void paintItems(const TimelinePaintContext &context);
void paintLabels(const TimelinePaintContext &context);
void paintLegend(const TimelinePaintContext &context);

QColor itemColor(const TimelinePaintContext &context, EventRow row);
QColor readableTextOn(const QColor &background);

} // namespace dyad
