#pragma once

// Internal to the timeline renderer: the colours and state one paint pass shares.

#include "timeline/timelineframe.h"
#include "timeline/timelineoptions.h"
#include "timelineannotations.h"

#include <QColor>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QStaticText>

namespace dyad {

class EventStore;
class TimelineLanes;
struct Lane;

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
    // Laid-out label text by (event key, width bucket): drawing cached glyph runs is several
    // times cheaper than shaping each label every frame.
    QHash<quint64, QStaticText> *labelCache;
    // Pre-rendered round marks by (colour, filled or ring, size, pixel ratio): on a raster
    // device a blit is an order of magnitude cheaper than an anti-aliased ellipse.
    QHash<quint64, QImage> *spriteCache;
    const TimelineAnnotationIndex *annotations = nullptr;
    // By actor index, when some actors are emphasised; empty otherwise.
    const std::vector<bool> *emphasizedActors = nullptr;

    bool emphasisActive() const { return emphasizedActors && !emphasizedActors->empty(); }
    bool isEmphasized(EventRow row) const;
    bool isLaneEmphasized(const Lane &lane) const;
};

// How strongly what is not emphasised is drawn while some actors are.
inline constexpr float dimmedOpacity = 0.2f;
// A mark's opacity: its cross-fade, full when selected, hovered or emphasised, dimmed otherwise.
float itemOpacity(const TimelinePaintContext &context, const FrameItem &item, bool emphasized);
bool isEmphasizedRow(const EventStore &store, EventRow row, const std::vector<bool> &actorFlags);

// Draws a round mark filling `rect`: a sprite on raster devices, an ellipse on vector ones.
void drawRoundMark(const TimelinePaintContext &context, const QRectF &rect, const QColor &color, bool ring);

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
// The user's layer (timelineannotationpainter.cpp).
void paintHighlightHalos(const TimelinePaintContext &context);
void paintBadges(const TimelinePaintContext &context);
// The room at the start of an item's label that its badges take; 0 when they go on the mark.
double inlineBadgeWidth(const TimelinePaintContext &context, const FrameItem &item);
void paintAnnotatedDensity(const TimelinePaintContext &context);
void paintLinkArcs(const TimelinePaintContext &context, const std::vector<LinkArc> &arcs);
QColor linkColor(const TimelineColors &colors, const QString &type);

QColor itemColor(const TimelinePaintContext &context, EventRow row);
QColor readableTextOn(const QColor &background);

} // namespace dyad
