#include "timelinerenderer.h"

#include "session/session.h"
#include "timeline/colorscale.h"
#include "timelinepainting_p.h"

#include <QCoreApplication>
#include <QObject>
#include <QPainter>
#include <QPainterPath>

namespace dyad {

TimelineColors TimelineColors::fromPalette(const QPalette &palette)
{
    TimelineColors colors;
    colors.base = palette.color(QPalette::Base);
    colors.text = palette.color(QPalette::Text);
    colors.dark = colors.base.lightnessF() < 0.5;
    colors.alternate = mixColors(colors.base, colors.text, 0.025);
    colors.chrome = palette.color(QPalette::Window);
    colors.dimText = mixColors(colors.text, colors.base, 0.4);
    colors.grid = mixColors(colors.base, colors.text, 0.07);
    colors.strongGrid = mixColors(colors.base, colors.text, 0.2);
    colors.outside = mixColors(colors.base, colors.text, colors.dark ? 0.06 : 0.045);
    colors.density = mixColors(colors.text, colors.base, colors.dark ? 0.4 : 0.55);
    colors.highlight = palette.color(QPalette::Highlight);
    colors.highlightedText = palette.color(QPalette::HighlightedText);
    return colors;
}

QColor readableTextOn(const QColor &background)
{
    // Relative luminance, roughly: dark text on light fills, white on dark ones.
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.55 ? QColor(20, 20, 20) : QColor(255, 255, 255);
}

QColor itemColor(const TimelinePaintContext &context, EventRow row)
{
    if (context.options.colorMode == ColorMode::Tone)
        return toneColor(context.store.tone(row));
    return categoryColor(context.store.category(row));
}

TimelineRenderer::TimelineRenderer(const Session &session)
    : m_session(session)
    , m_watcher(std::make_unique<QObject>())
    , m_annotations(session)
{
    QObject::connect(&session, &Session::datasetReset, m_watcher.get(), [this] {
        invalidate();
        m_engine.clearCaches();
        m_labelCache.clear();
        m_annotations.invalidate();
        setEmphasizedActors({});  // actor indexes mean other actors now
    });
    QObject::connect(&session, &Session::filterChanged, m_watcher.get(), [this] { invalidate(); });
    const auto annotationsChanged = [this] { m_annotations.invalidate(); };
    QObject::connect(&session, &Session::annotationChanged, m_watcher.get(), annotationsChanged);
    QObject::connect(&session, &Session::linksChanged, m_watcher.get(), annotationsChanged);
    QObject::connect(&session, &Session::eventsEdited, m_watcher.get(), [this] {
        m_annotations.invalidate();
        setEmphasizedActors(m_emphasizedActors);  // new actors may belong to an emphasised state
    });
}

std::vector<LinkArc> TimelineRenderer::linkArcs(const TimelineFrame &frame) const
{
    return layOutLinkArcs(frame, m_annotations.links());
}

void TimelineRenderer::setEmphasizedActors(const QList<ActorIndex> &actors)
{
    m_emphasizedActors = actors;
    m_emphasizedFlags.clear();
    if (actors.isEmpty())
        return;
    const EventStore &store = m_session.store();
    m_emphasizedFlags.assign(size_t(store.actors().size()), false);
    for (ActorIndex index = 0; index < ActorIndex(m_emphasizedFlags.size()); ++index)
        m_emphasizedFlags[index] = actors.contains(index) || actors.contains(store.stateGroup(index));
}

TimelineRenderer::Emphasis TimelineRenderer::emphasisOf(EventRow row) const
{
    if (m_emphasizedFlags.empty())
        return Emphasis::Normal;
    return isEmphasizedRow(m_session.store(), row, m_emphasizedFlags) ? Emphasis::Emphasized : Emphasis::Dimmed;
}

bool isEmphasizedRow(const EventStore &store, EventRow row, const std::vector<bool> &flags)
{
    for (ActorIndex actor : store.participants(row)) {
        if (actor < flags.size() && flags[actor])
            return true;
    }
    return false;
}

bool TimelinePaintContext::isEmphasized(EventRow row) const
{
    return isEmphasizedRow(store, row, *emphasizedActors);
}

bool TimelinePaintContext::isLaneEmphasized(const Lane &lane) const
{
    if (lanes.mode() == LaneMode::Category)
        return true;  // a category lane mixes everyone's events
    for (QStringView id : QStringView(lane.id).split(u'|')) {
        const auto actor = store.actorIndex(id);
        if (actor && *actor < emphasizedActors->size() && (*emphasizedActors)[*actor])
            return true;
    }
    return false;
}

TimelineRenderer::~TimelineRenderer() = default;

void TimelineRenderer::invalidate()
{
    for (auto &lanes : m_lanes)
        lanes.reset();
}

const TimelineLanes &TimelineRenderer::lanes(LaneMode mode) const
{
    auto &cached = m_lanes[size_t(mode)];
    if (!cached)
        cached = TimelineLanes::build(m_session.store(), m_session.filteredRows(), mode);
    return *cached;
}

TimelineFrame TimelineRenderer::layout(const QRectF &rect, const TimelineRenderOptions &options) const
{
    return m_engine.layout(m_session.store(), lanes(options.laneMode), m_session.dataExtent(), rect, options);
}

void TimelineRenderer::paint(QPainter *painter, const QRectF &rect, const TimelineRenderOptions &options) const
{
    paintFrame(painter, layout(rect, options), options);
}

void TimelineRenderer::paintFrame(QPainter *painter, const TimelineFrame &frame,
                                  const TimelineRenderOptions &options) const
{
    painter->save();
    painter->setFont(options.font);
    if (m_spriteCache.size() > 4000)
        m_spriteCache.clear();
    if (m_labelFont != options.font || m_labelCache.size() > 20000) {
        m_labelCache.clear();
        m_labelFont = options.font;
    }
    const TimelinePaintContext context{painter, frame, options, m_session.store(), lanes(options.laneMode),
                                       TimelineColors::fromPalette(options.palette), QFontMetricsF(options.font),
                                       &m_labelCache, &m_spriteCache, &m_annotations, &m_emphasizedFlags};
    const std::vector<LinkArc> arcs = linkArcs(frame);
    painter->fillRect(frame.bounds, context.colors.base);
    painter->setClipRect(frame.lanesRect);
    paintLaneBackgrounds(context);
    paintGrid(context);
    paintDensity(context);
    paintAnnotatedDensity(context);
    paintTrends(context);
    paintHighlightHalos(context);
    paintItems(context);
    paintLabels(context);
    paintBadges(context);
    paintLinkArcs(context, arcs);
    if (options.rubberBand) {
        const double left = frame.scale.xOfDay(options.rubberBand->begin);
        const double right = frame.scale.xOfDay(options.rubberBand->end);
        QColor fill = context.colors.highlight;
        fill.setAlphaF(0.18f);
        painter->fillRect(QRectF(std::min(left, right), frame.lanesRect.top(), std::abs(right - left),
                                 frame.lanesRect.height()), fill);
    }
    painter->setClipping(false);
    paintLaneHeaders(context);
    paintAxis(context);
    paintLegend(context);
    if (options.showOverview)
        paintOverview(context);
    painter->restore();
}

void paintLaneBackgrounds(const TimelinePaintContext &context)
{
    const TimelineFrame &frame = context.frame;
    QPainter *painter = context.painter;
    for (const VisibleLane &lane : frame.lanes) {
        const QRectF rect(frame.lanesRect.left(), lane.rect.top(), frame.lanesRect.width(), lane.rect.height());
        if (lane.slot % 2 == 1)
            painter->fillRect(rect, context.colors.alternate);
    }
    // Before and after the data, a shade says "nothing recorded here".
    const QRectF area = frame.lanesRect;
    if (frame.dataBeginX > area.left())
        painter->fillRect(QRectF(area.left(), area.top(), frame.dataBeginX - area.left(), area.height()), context.colors.outside);
    if (frame.dataEndX < area.right())
        painter->fillRect(QRectF(frame.dataEndX, area.top(), area.right() - frame.dataEndX, area.height()), context.colors.outside);
    painter->setPen(QPen(context.colors.grid, 1));
    for (const VisibleLane &lane : frame.lanes)
        painter->drawLine(QPointF(area.left(), lane.rect.bottom() - 0.5), QPointF(area.right(), lane.rect.bottom() - 0.5));
}

void paintLaneHeaders(const TimelinePaintContext &context)
{
    const TimelineFrame &frame = context.frame;
    QPainter *painter = context.painter;
    const QRectF header = frame.headerRect;
    painter->save();
    painter->setClipRect(header);
    painter->fillRect(header, context.colors.chrome);
    QFont small = context.options.font;
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.85));
    const QFontMetricsF smallMetrics(small);
    for (const VisibleLane &visible : frame.lanes) {
        const Lane &lane = context.lanes.lane(visible.lane);
        const QRectF rect(header.left(), visible.rect.top(), header.width(), visible.rect.height());
        const bool focused = context.options.focusLane && *context.options.focusLane == visible.lane;
        if (focused) {
            QColor fill = context.colors.highlight;
            fill.setAlphaF(context.options.hasFocus ? 0.22f : 0.12f);
            painter->fillRect(rect, fill);
        }
        painter->setPen(QPen(context.colors.grid, 1));
        painter->drawLine(QPointF(rect.left(), rect.bottom() - 0.5), QPointF(rect.right(), rect.bottom() - 0.5));

        // The collapse arrow: pointing right when collapsed, down when open.
        const double lineHeight = context.metrics.height();
        const QPointF arrowCentre(rect.left() + 10, rect.top() + 3 + lineHeight / 2);
        QPainterPath arrow;
        if (visible.collapsed) {
            arrow.moveTo(arrowCentre + QPointF(-2.5, -4));
            arrow.lineTo(arrowCentre + QPointF(3, 0));
            arrow.lineTo(arrowCentre + QPointF(-2.5, 4));
        } else {
            arrow.moveTo(arrowCentre + QPointF(-4, -2.5));
            arrow.lineTo(arrowCentre + QPointF(4, -2.5));
            arrow.lineTo(arrowCentre + QPointF(0, 3));
        }
        arrow.closeSubpath();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->fillPath(arrow, context.colors.dimText);
        painter->setRenderHint(QPainter::Antialiasing, false);

        if (lane.categoryIndex >= 0 && context.options.colorMode == ColorMode::Category)
            painter->fillRect(QRectF(rect.right() - 4, rect.top() + 1, 3, rect.height() - 2), categoryColor(lane.categoryIndex));

        const QRectF nameRect(rect.left() + 20, rect.top() + 3, rect.width() - 26, lineHeight);
        painter->setPen(context.colors.text);
        painter->setFont(context.options.font);
        painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                          context.metrics.elidedText(lane.label, Qt::ElideRight, nameRect.width()));
        if (!visible.collapsed && rect.height() > 2.2 * lineHeight) {
            painter->setFont(small);
            painter->setPen(context.colors.dimText);
            const QString count = lane.eventCount == 1
                ? QCoreApplication::translate("dyad::TimelineRenderer", "1 event")
                : QCoreApplication::translate("dyad::TimelineRenderer", "%L1 events").arg(lane.eventCount);
            painter->drawText(QRectF(nameRect.left(), nameRect.bottom(), nameRect.width(), smallMetrics.height()),
                              Qt::AlignLeft | Qt::AlignVCenter, smallMetrics.elidedText(count, Qt::ElideRight, nameRect.width()));
            if (!visible.trendRect.isEmpty()) {
                painter->drawText(QRectF(nameRect.left(), visible.trendRect.top(), nameRect.width(), visible.trendRect.height()),
                                  Qt::AlignLeft | Qt::AlignVCenter,
                                  QCoreApplication::translate("dyad::TimelineRenderer", "tone"));
            }
        }
    }
    painter->setPen(QPen(context.colors.strongGrid, 1));
    painter->drawLine(QPointF(header.right() - 0.5, header.top()), QPointF(header.right() - 0.5, header.bottom()));
    painter->restore();
    if (frame.lanes.empty()) {
        painter->setPen(context.colors.dimText);
        painter->drawText(frame.lanesRect, Qt::AlignCenter,
                          QCoreApplication::translate("dyad::TimelineRenderer", "No events match the filter"));
    }
}

} // namespace dyad
