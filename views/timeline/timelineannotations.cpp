#include "timelineannotations.h"

#include "session/session.h"

#include <QColor>

#include <algorithm>
#include <cmath>

namespace dyad {

namespace {

double length(QPointF v)
{
    return std::hypot(v.x(), v.y());
}

QPointF normalised(QPointF v)
{
    const double l = length(v);
    return l > 0 ? v / l : QPointF(1, 0);
}

// Where an arc attaches to a mark: a dot's centre, or the start of a span's bar.
QPointF anchorOf(const FrameItem &item, double *radius)
{
    const QRectF &mark = item.mark;
    *radius = mark.height() / 2;
    return {mark.left() + std::min(mark.width(), mark.height()) / 2, mark.center().y()};
}

} // namespace

void TimelineAnnotationIndex::build() const
{
    m_badges.clear();
    m_links.clear();
    const EventStore &store = m_session.store();
    const AnnotationSet &set = m_session.annotations();
    for (auto it = set.annotations().cbegin(); it != set.annotations().cend(); ++it) {
        const auto key = store.keyOfId(it.key());
        if (!key || it->isEmpty())
            continue;
        AnnotationBadges badges;
        badges.note = !it->note.trimmed().isEmpty();
        badges.tags = !it->tags.isEmpty();
        badges.starred = it->starred;
        if (!it->highlight.isEmpty())
            badges.highlight = QColor::fromString(it->highlight);
        m_badges.insert(*key, badges);
    }
    const QList<EventLink> &links = set.links();
    for (qsizetype i = 0; i < links.size(); ++i) {
        const auto from = store.keyOfId(links[i].fromEventId);
        const auto to = store.keyOfId(links[i].toEventId);
        if (from && to && *from != *to)
            m_links.push_back({i, *from, *to, links[i].type});
    }
    m_built = true;
}

const QHash<EventKey, AnnotationBadges> &TimelineAnnotationIndex::badges() const
{
    if (!m_built)
        build();
    return m_badges;
}

const AnnotationBadges *TimelineAnnotationIndex::badgesOf(EventKey key) const
{
    const auto &all = badges();
    const auto found = all.constFind(key);
    return found == all.constEnd() ? nullptr : &*found;
}

const std::vector<ResolvedLink> &TimelineAnnotationIndex::links() const
{
    if (!m_built)
        build();
    return m_links;
}

QPointF LinkArc::pointAt(double t) const
{
    const double u = 1 - t;
    return u * u * start + 2 * u * t * control + t * t * end;
}

QPointF LinkArc::endDirection() const
{
    return normalised(end - control);
}

double LinkArc::distanceTo(QPointF pos) const
{
    // Sampled: arcs are short and smooth, and this runs for a tooltip, not per frame.
    constexpr int steps = 32;
    double best = std::numeric_limits<double>::max();
    QPointF previous = start;
    for (int i = 1; i <= steps; ++i) {
        const QPointF next = pointAt(double(i) / steps);
        const QPointF segment = next - previous;
        const double segmentLength2 = QPointF::dotProduct(segment, segment);
        const double t = segmentLength2 > 0
            ? std::clamp(QPointF::dotProduct(pos - previous, segment) / segmentLength2, 0.0, 1.0) : 0.0;
        best = std::min(best, length(pos - (previous + t * segment)));
        previous = next;
    }
    return best;
}

std::vector<LinkArc> layOutLinkArcs(const TimelineFrame &frame, const std::vector<ResolvedLink> &links)
{
    std::vector<LinkArc> arcs;
    if (links.empty())
        return arcs;
    QHash<EventKey, std::vector<size_t>> itemsOfKey;
    for (const ResolvedLink &link : links) {
        itemsOfKey.insert(link.from, {});
        itemsOfKey.insert(link.to, {});
    }
    for (size_t i = 0; i < frame.items.size(); ++i) {
        const FrameItem &item = frame.items[i];
        if (item.kind == FrameItem::Kind::Overflow || item.mark.isEmpty())
            continue;
        if (auto found = itemsOfKey.find(item.key); found != itemsOfKey.end())
            found->push_back(i);
    }
    for (const ResolvedLink &link : links) {
        const std::vector<size_t> &fromItems = itemsOfKey[link.from];
        const std::vector<size_t> &toItems = itemsOfKey[link.to];
        double bestDistance = std::numeric_limits<double>::max();
        std::optional<std::pair<size_t, size_t>> best;
        for (size_t a : fromItems) {
            for (size_t b : toItems) {
                const double d = length(frame.items[a].mark.center() - frame.items[b].mark.center());
                if (d < bestDistance) {
                    bestDistance = d;
                    best = std::pair(a, b);
                }
            }
        }
        if (!best)
            continue;
        LinkArc arc;
        arc.link = link;
        arc.fromItem = best->first;
        arc.toItem = best->second;
        double fromRadius = 0;
        double toRadius = 0;
        const QPointF from = anchorOf(frame.items[arc.fromItem], &fromRadius);
        const QPointF to = anchorOf(frame.items[arc.toItem], &toRadius);
        const QPointF chord = to - from;
        const double chordLength = std::max(1.0, length(chord));
        // Bowed upwards whichever way the link points; the apex rises with the distance, but
        // stays inside the lanes: with no room above (the top lane), the arc bows downwards.
        QPointF normal(chord.y() / chordLength, -chord.x() / chordLength);
        if (normal.y() > 0)
            normal = -normal;
        const QPointF middle = (from + to) / 2;
        double rise = std::clamp(chordLength * 0.2, 14.0, 70.0);
        constexpr double edge = 6;
        const double lift = std::max(-normal.y(), 0.2);
        const double roomAbove = (middle.y() - frame.lanesRect.top() - edge) / lift;
        const double roomBelow = (frame.lanesRect.bottom() - edge - middle.y()) / lift;
        if (roomAbove < std::min(rise, 12.0) && roomBelow > roomAbove) {
            normal = -normal;
            rise = std::min(rise, roomBelow);
        } else {
            rise = std::min(rise, std::max(roomAbove, 4.0));
        }
        arc.control = middle + normal * (2 * rise);
        arc.start = from + normalised(arc.control - from) * (fromRadius + 1);
        // Clear of a highlight's ring, so the arrowhead shows.
        arc.end = to + normalised(arc.control - to) * (toRadius + 4);
        arcs.push_back(arc);
    }
    return arcs;
}

qsizetype linkArcAt(const std::vector<LinkArc> &arcs, QPointF pos, double tolerance)
{
    qsizetype best = -1;
    double bestDistance = tolerance;
    for (size_t i = 0; i < arcs.size(); ++i) {
        const double d = arcs[i].distanceTo(pos);
        if (d <= bestDistance) {
            bestDistance = d;
            best = qsizetype(i);
        }
    }
    return best;
}

} // namespace dyad
