#pragma once

#include "timeline/lanes.h"
#include "timeline/timelineframe.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelineoptions.h"

#include <QFont>
#include <QHash>
#include <QImage>
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

private:
    const Session &m_session;
    std::unique_ptr<QObject> m_watcher;
    mutable std::array<std::optional<TimelineLanes>, 3> m_lanes;
    TimelineLayoutEngine m_engine;
    mutable QHash<quint64, QStaticText> m_labelCache;
    mutable QHash<quint64, QImage> m_spriteCache;
    mutable QFont m_labelFont;
};

} // namespace dyad
