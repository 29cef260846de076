#pragma once

#include "timeline/lanes.h"
#include "timeline/timelineframe.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelineoptions.h"
#include "timelineannotations.h"

#include <QFont>
#include <QHash>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QStaticText>

#include <array>
#include <memory>
#include <optional>

class QObject;
class QPainter;

namespace dyad {

class Session;

// Paints the timeline to any QPainter: the widget, an image for `--screenshot`, SVG or PDF.
// Lanes are built from the session's filtered events on first use and kept until the filter
// or the data change; each frame is then laid out and painted in time proportional to the
// pixels and the events on screen.
class TimelineRenderer
{
public:
    explicit TimelineRenderer(const Session &session);
    ~TimelineRenderer();
    Q_DISABLE_COPY_MOVE(TimelineRenderer)

    void paint(QPainter *painter, const QRectF &rect, const TimelineRenderOptions &options) const;

    // The two halves of paint(), for the widget, which hit-tests the frame it painted.
    TimelineFrame layout(const QRectF &rect, const TimelineRenderOptions &options) const;
    void paintFrame(QPainter *painter, const TimelineFrame &frame, const TimelineRenderOptions &options) const;

    // The lanes of a mode, built now if the filter changed since they were last built.
    const TimelineLanes &lanes(LaneMode mode) const;
    void invalidate();

    // The user's layer as the timeline shows it: badges by event, links resolved to events,
    // and the arcs of the links both of whose events have a mark in a frame.
    const TimelineAnnotationIndex &annotations() const { return m_annotations; }
    std::vector<LinkArc> linkArcs(const TimelineFrame &frame) const;

    // Events in which any of these actors take part (a state counts with its people and
    // bodies) are drawn emphasised and all others dimmed; an empty list ends it.
    enum class Emphasis { Normal, Emphasized, Dimmed };
    void setEmphasizedActors(const QList<ActorIndex> &actors);
    const QList<ActorIndex> &emphasizedActors() const { return m_emphasizedActors; }
    Emphasis emphasisOf(EventRow row) const;

private:
    const Session &m_session;
    std::unique_ptr<QObject> m_watcher;
    mutable std::array<std::optional<TimelineLanes>, 3> m_lanes;
    TimelineLayoutEngine m_engine;
    TimelineAnnotationIndex m_annotations;
    QList<ActorIndex> m_emphasizedActors;
    std::vector<bool> m_emphasizedFlags;  // by actor index: is, or belongs to, an emphasised actor
    mutable QHash<quint64, QStaticText> m_labelCache;
    mutable QHash<quint64, QImage> m_spriteCache;
    mutable QFont m_labelFont;
};

} // namespace dyad
