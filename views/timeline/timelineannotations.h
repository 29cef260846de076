#pragma once

// What the timeline draws of the user's layer: badges on marks (note, tags, star,
// highlight) and arcs for links between events.

#include "core/eventstore.h"
#include "timeline/timelineframe.h"

#include <QColor>
#include <QHash>
#include <QPointF>
#include <QString>

#include <optional>
#include <vector>

namespace dyad {

class Session;

struct AnnotationBadges
{
    bool note = false;
    bool tags = false;
    bool starred = false;
    QColor highlight;  // invalid: none
};

// A link whose two events are both in the store.
struct ResolvedLink
{
    qsizetype index = 0;  // into AnnotationSet::links()
    EventKey from = 0;
    EventKey to = 0;
    QString type;
};

// The session's annotations by event key, resolved once and kept until they change: a frame
// then costs a hash lookup per mark, however many events carry notes.
class TimelineAnnotationIndex
{
public:
    explicit TimelineAnnotationIndex(const Session &session) : m_session(session) {}

    void invalidate() { m_built = false; }
    const QHash<EventKey, AnnotationBadges> &badges() const;
    const AnnotationBadges *badgesOf(EventKey key) const;
    const std::vector<ResolvedLink> &links() const;

private:
    void build() const;

    const Session &m_session;
    mutable bool m_built = false;
    mutable QHash<EventKey, AnnotationBadges> m_badges;
    mutable std::vector<ResolvedLink> m_links;
};

// A link drawn as a quadratic curve from one mark to another, bowed upwards.
struct LinkArc
{
    ResolvedLink link;
    size_t fromItem = 0;  // into TimelineFrame::items
    size_t toItem = 0;
    QPointF start;
    QPointF control;
    QPointF end;

    QPointF pointAt(double t) const;
    QPointF apex() const { return pointAt(0.5); }
    // The direction the curve arrives in at its end, normalised.
    QPointF endDirection() const;
    double distanceTo(QPointF pos) const;
};

// The arcs of the links whose two events both have a mark in the frame. When an event shows
// in several lanes, the two marks nearest to each other are joined.
std::vector<LinkArc> layOutLinkArcs(const TimelineFrame &frame, const std::vector<ResolvedLink> &links);
// The arc within tolerance pixels of pos, nearest first; -1 when none.
qsizetype linkArcAt(const std::vector<LinkArc> &arcs, QPointF pos, double tolerance = 4);

} // namespace dyad
