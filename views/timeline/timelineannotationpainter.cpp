// The user's layer on the timeline: highlight halos under marks, note/tag/star badges on
// them, a dot per annotated event where a lane shows density, and arcs for links.
#include "annotations/annotation.h"
#include "core/eventstore.h"
#include "timeline/lanes.h"
#include "timelinepainting_p.h"

#include <QPainterPath>

#include <cmath>
#include <map>
#include <numbers>

namespace dyad {

namespace {

const QColor starColor(242, 176, 30);

// The square the badges sit around: the mark itself, or the start of a span's bar.
QRectF badgeAnchor(const TimelinePaintContext &context, const FrameItem &item)
{
    const QRectF &mark = item.mark;
    if (mark.width() <= mark.height() + 0.5)
        return mark;
    const double left = std::max(mark.left(), context.frame.lanesRect.left());
    return {left, mark.top(), mark.height(), mark.height()};
}

// The one colour that best says "annotated" when there is room for a dot only.
QColor accentOf(const TimelineColors &colors, const AnnotationBadges &badges)
{
    if (badges.highlight.isValid())
        return badges.highlight;
    if (badges.starred)
        return starColor;
    return colors.text;
}

QPainterPath starPath(QPointF centre, double radius)
{
    QPainterPath path;
    for (int i = 0; i < 10; ++i) {
        const double r = i % 2 ? radius * 0.45 : radius;
        const double angle = -std::numbers::pi / 2 + i * std::numbers::pi / 5;
        const QPointF point = centre + QPointF(std::cos(angle), std::sin(angle)) * r;
        if (i == 0)
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    path.closeSubpath();
    return path;
}

void drawStar(QPainter *painter, QPointF centre, double radius, const TimelineColors &colors)
{
    painter->setPen(QPen(colors.dark ? colors.base : starColor.darker(160), 0.8));
    painter->setBrush(starColor);
    painter->drawPath(starPath(centre, radius));
}

// A small page with a folded corner and two lines of "text".
void drawNote(QPainter *painter, QPointF centre, double size, const TimelineColors &colors)
{
    const double w = size * 0.8;
    const double h = size;
    const QRectF page(centre.x() - w / 2, centre.y() - h / 2, w, h);
    const double fold = w * 0.35;
    QPainterPath path;
    path.moveTo(page.topLeft());
    path.lineTo(page.right() - fold, page.top());
    path.lineTo(page.right(), page.top() + fold);
    path.lineTo(page.bottomRight());
    path.lineTo(page.bottomLeft());
    path.closeSubpath();
    painter->setPen(QPen(colors.text, 0.9));
    painter->setBrush(colors.dark ? colors.text.darker(130) : QColor(255, 252, 225));
    painter->drawPath(path);
    painter->setPen(QPen(colors.dark ? colors.base : colors.dimText, 0.8));
    painter->drawLine(QPointF(page.left() + 1.4, page.top() + h * 0.45), QPointF(page.right() - 1.4, page.top() + h * 0.45));
    painter->drawLine(QPointF(page.left() + 1.4, page.top() + h * 0.7), QPointF(page.right() - 1.4, page.top() + h * 0.7));
}

// A luggage tag pointing left, with its hole.
void drawTag(QPainter *painter, QPointF centre, double size, const TimelineColors &colors)
{
    const double w = size;
    const double h = size * 0.7;
    const QRectF body(centre.x() - w / 2, centre.y() - h / 2, w, h);
    QPainterPath path;
    path.moveTo(body.left(), centre.y());
    path.lineTo(body.left() + h / 2, body.top());
    path.lineTo(body.right(), body.top());
    path.lineTo(body.right(), body.bottom());
    path.lineTo(body.left() + h / 2, body.bottom());
    path.closeSubpath();
    const QColor fill = colors.dark ? QColor(120, 200, 190) : QColor(30, 120, 110);
    painter->setPen(QPen(colors.base, 0.8));
    painter->setBrush(fill);
    painter->drawPath(path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colors.base);
    painter->drawEllipse(QPointF(body.left() + h * 0.55, centre.y()), h * 0.13, h * 0.13);
}

double inlineBadgeSize(const TimelinePaintContext &context)
{
    return std::round(context.metrics.height() * 0.72);
}

int badgeCount(const AnnotationBadges &badges)
{
    return int(badges.note) + int(badges.tags) + int(badges.starred);
}

} // namespace

double inlineBadgeWidth(const TimelinePaintContext &context, const FrameItem &item)
{
    if (context.annotations->badges().isEmpty() || item.label.isEmpty() || item.labelInside
        || item.kind == FrameItem::Kind::Overflow)
        return 0;
    const AnnotationBadges *badges = context.annotations->badgesOf(item.key);
    const int count = badges ? badgeCount(*badges) : 0;
    return count == 0 ? 0 : count * (inlineBadgeSize(context) + 2) + 1;
}

QColor linkColor(const TimelineColors &colors, const QString &type)
{
    if (type == u"responds to")
        return colors.dark ? QColor(214, 150, 245) : QColor(136, 58, 170);
    if (type == u"leads to")
        return colors.dark ? QColor(110, 190, 245) : QColor(28, 100, 170);
    return colors.dark ? colors.text.darker(120) : colors.text.lighter(160);
}

// Calls paint(item, badges) for each laid-out event whose badges `wanted` accepts, with the
// painter at that event's opacity and antialiased; restores both afterwards.
template <typename Wanted, typename Paint>
void forEachAnnotatedItem(const TimelinePaintContext &context, Wanted wanted, Paint paint)
{
    if (context.annotations->badges().isEmpty())
        return;
    QPainter *painter = context.painter;
    painter->setRenderHint(QPainter::Antialiasing, true);
    const bool emphasis = context.emphasisActive();
    for (const FrameItem &item : context.frame.items) {
        if (item.kind == FrameItem::Kind::Overflow)
            continue;
        const AnnotationBadges *badges = context.annotations->badgesOf(item.key);
        if (!badges || !wanted(*badges))
            continue;
        painter->setOpacity(itemOpacity(context, item, emphasis && context.isEmphasized(item.row)));
        paint(item, *badges);
    }
    painter->setOpacity(1);
    painter->setRenderHint(QPainter::Antialiasing, false);
}

void paintHighlightHalos(const TimelinePaintContext &context)
{
    QPainter *painter = context.painter;
    forEachAnnotatedItem(
        context, [](const AnnotationBadges &badges) { return badges.highlight.isValid(); },
        [&](const FrameItem &item, const AnnotationBadges &badges) {
            const QRectF &mark = item.mark;
            const bool round = mark.width() <= mark.height() + 0.5;
            QColor soft = badges.highlight;
            soft.setAlphaF(0.35f);
            painter->setPen(Qt::NoPen);
            painter->setBrush(soft);
            const double glow = std::max(3.0, mark.height() * 0.45);
            const QRectF outer = mark.adjusted(-glow, -glow, glow, glow);
            if (round)
                painter->drawEllipse(outer);
            else
                painter->drawRoundedRect(outer, glow, glow);
            painter->setPen(QPen(badges.highlight, 2));
            painter->setBrush(Qt::NoBrush);
            const QRectF ring = mark.adjusted(-2.5, -2.5, 2.5, 2.5);
            if (round)
                painter->drawEllipse(ring);
            else
                painter->drawRoundedRect(ring, 3, 3);
        });
}

void paintBadges(const TimelinePaintContext &context)
{
    QPainter *painter = context.painter;
    forEachAnnotatedItem(
        context, [](const AnnotationBadges &badges) { return badges.note || badges.tags || badges.starred; },
        [&](const FrameItem &item, const AnnotationBadges &badges) {
            if (inlineBadgeWidth(context, item) > 0) {
                // Before the title, in the label's own room: legible, and never over another label.
                const double size = inlineBadgeSize(context);
                double x = item.label.left() + 1 + size / 2;
                const double y = item.label.center().y();
                if (badges.starred) {
                    drawStar(painter, QPointF(x, y), size * 0.55, context.colors);
                    x += size + 2;
                }
                if (badges.note) {
                    drawNote(painter, QPointF(x, y), size * 0.95, context.colors);
                    x += size + 2;
                }
                if (badges.tags)
                    drawTag(painter, QPointF(x, y), size, context.colors);
                return;
            }
            const QRectF anchor = badgeAnchor(context, item);
            // Too small or fading into density: one dot says "annotated".
            if (anchor.height() < 7 || item.opacity < 0.4f) {
                painter->setPen(QPen(context.colors.base, 0.8));
                painter->setBrush(accentOf(context.colors, badges));
                painter->drawEllipse(QPointF(anchor.right(), anchor.top()), 2.2, 2.2);
                return;
            }
            // No label to sit in: around the mark, on its corners.
            const double size = std::clamp(anchor.height() * 0.9, 7.0, 10.0);
            if (badges.note)
                drawNote(painter, QPointF(anchor.left() - size * 0.1, anchor.top() - size * 0.05), size, context.colors);
            if (badges.starred)
                drawStar(painter, QPointF(anchor.right() + size * 0.05, anchor.top()), size * 0.62, context.colors);
            if (badges.tags)
                drawTag(painter, QPointF(anchor.right() + size * 0.1, anchor.bottom()), size, context.colors);
        });
}

void paintAnnotatedDensity(const TimelinePaintContext &context)
{
    const auto &all = context.annotations->badges();
    if (all.isEmpty())
        return;
    const TimelineFrame &frame = context.frame;
    QPainter *painter = context.painter;
    const DayRange range = frame.scale.range();
    QFont small = context.options.font;
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.75));
    const QFontMetricsF smallMetrics(small);
    constexpr double bucketPixels = 10;
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setFont(small);
    for (const VisibleLane &visible : frame.lanes) {
        if (visible.densityOpacity <= 0)
            continue;
        const Lane &lane = context.lanes.lane(visible.lane);
        // Annotated events per 10 px, in start order of the buckets.
        std::map<qint64, std::pair<int, QColor>> buckets;
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            const EventRow row = context.store.rowOfKey(it.key());
            if (row == noRow || !lane.contains(row))
                continue;
            const double day = context.store.startDay(row) + 0.5;
            if (day < range.begin || day > range.end)
                continue;
            const auto bucket = qint64(std::floor((frame.scale.xOfDay(day) - frame.lanesRect.left()) / bucketPixels));
            auto &entry = buckets[bucket];
            if (entry.first == 0 || it->highlight.isValid() || (it->starred && entry.second == context.colors.text))
                entry.second = accentOf(context.colors, *it);
            ++entry.first;
        }
        painter->setOpacity(visible.densityOpacity);
        const double y = visible.eventsRect.top() + 4;
        for (const auto &[bucket, entry] : buckets) {
            const double x = frame.lanesRect.left() + (double(bucket) + 0.5) * bucketPixels;
            if (entry.first > 1 && !visible.collapsed) {
                // The count on a plate of its own: the bars under it may be any colour.
                const QString count = QString::number(entry.first);
                const QRectF plate(x, y - smallMetrics.height() / 2, 6 + smallMetrics.horizontalAdvance(count),
                                   smallMetrics.height());
                QColor fill = context.colors.base;
                fill.setAlphaF(0.9f);
                painter->setPen(Qt::NoPen);
                painter->setBrush(fill);
                painter->drawRoundedRect(plate, 3, 3);
                painter->setPen(context.colors.text);
                painter->drawText(plate.adjusted(5, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, count);
            }
            painter->setPen(QPen(context.colors.base, 1.5));
            painter->setBrush(entry.second);
            painter->drawEllipse(QPointF(x, y), 3.5, 3.5);
        }
    }
    painter->setFont(context.options.font);
    painter->setOpacity(1);
    painter->setRenderHint(QPainter::Antialiasing, false);
}

void paintLinkArcs(const TimelinePaintContext &context, const std::vector<LinkArc> &arcs)
{
    if (arcs.empty())
        return;
    const TimelineFrame &frame = context.frame;
    QPainter *painter = context.painter;
    QFont small = context.options.font;
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.8));
    const QFontMetricsF smallMetrics(small);
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setFont(small);
    const bool emphasis = context.emphasisActive();
    for (const LinkArc &arc : arcs) {
        const FrameItem &from = frame.items[arc.fromItem];
        const FrameItem &to = frame.items[arc.toItem];
        const float opacity = std::min(itemOpacity(context, from, emphasis && context.isEmphasized(from.row)),
                                       itemOpacity(context, to, emphasis && context.isEmphasized(to.row)));
        const bool focused = from.selected || to.selected || from.hovered || to.hovered;
        painter->setOpacity(focused ? 1.0 : std::max(0.3, 0.85 * opacity));
        const QColor color = linkColor(context.colors, arc.link.type);
        QPainterPath path(arc.start);
        path.quadTo(arc.control, arc.end);
        QPen pen(color, focused ? 2.2 : 1.6, arc.link.type == u"related to" ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);

        const QPointF direction = arc.endDirection();
        const QPointF normal(-direction.y(), direction.x());
        const double head = 8;
        QPainterPath arrow(arc.end);
        arrow.lineTo(arc.end - direction * head + normal * head * 0.45);
        arrow.lineTo(arc.end - direction * head - normal * head * 0.45);
        arrow.closeSubpath();
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPath(arrow);

        const QString label = linkTypeDisplayName(arc.link.type);
        const double width = smallMetrics.horizontalAdvance(label);
        if (std::abs(arc.end.x() - arc.start.x()) < width + 30 && !focused)
            continue;
        // On the curve's apex: inside the lanes whichever way the arc bows.
        const QPointF apex = arc.apex();
        const QRectF plate(apex.x() - width / 2 - 3, apex.y() - smallMetrics.height() / 2, width + 6, smallMetrics.height());
        QColor fill = context.colors.base;
        fill.setAlphaF(0.92f);
        painter->setPen(QPen(color, 1));
        painter->setBrush(fill);
        painter->drawRoundedRect(plate, 3, 3);
        painter->setPen(context.colors.dark ? color : color.darker(115));
        painter->drawText(plate, Qt::AlignCenter, label);
    }
    painter->setFont(context.options.font);
    painter->setOpacity(1);
    painter->setRenderHint(QPainter::Antialiasing, false);
}

} // namespace dyad
