// Pointer input: wheel and pinch zoom, drag to pan with inertia, Shift+drag to zoom to a
// range, clicks and double-clicks on events, the overview brush, lane headers, tooltips.
#include "timelineview.h"

#include "itemmodels/eventselectionmodel.h"
#include "session/session.h"

#include <QApplication>
#include <QMenu>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace dyad {

namespace {

constexpr double brushGripPixels = 5;
constexpr double kineticMinimumSpeed = 0.02;  // pixels per millisecond
constexpr double kineticDecayMs = 325;

} // namespace

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        showToolTip(help->pos(), help->globalPos());
        return true;
    }
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1 + gesture->value(), frame().scale.dayAtX(gesture->position().x()));
            return true;
        }
    }
    return QWidget::event(event);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    stopKinetic();
    const TimelineFrame &f = frame();
    const QPointF pos = event->position();
    const QPoint angle = event->angleDelta();
    if (f.headerRect.contains(pos) || (event->modifiers() & Qt::AltModifier)) {
        const int delta = angle.y() != 0 ? angle.y() : angle.x();
        m_scrollBar->setValue(m_scrollBar->value() - int(delta / 120.0 * 3 * f.rowHeight));
        event->accept();
        return;
    }
    if (std::abs(angle.x()) > std::abs(angle.y())) {
        // A horizontal swipe pans.
        const double pixels = !event->pixelDelta().isNull() ? event->pixelDelta().x() : angle.x() / 120.0 * 60;
        setVisibleRange(panRange(m_options.range, -pixels / f.scale.pixelsPerDay(), limits()));
        event->accept();
        return;
    }
    // 120 units (one notch) zooms by 2^(1/4); touchpads send smaller steps for a smooth zoom.
    const double factor = std::pow(2.0, angle.y() / 480.0);
    const bool onOverview = f.overviewRect.contains(pos);
    zoomBy(factor, onOverview ? std::nullopt : std::optional<double>(f.scale.dayAtX(pos.x())));
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    stopKinetic();
    const TimelineFrame &f = frame();
    const QPointF pos = event->position();
    m_pressPos = pos;
    m_lastPos = pos;
    m_pressRange = m_options.range;
    m_pressModifiers = event->modifiers();
    m_moveClock.start();
    m_velocity = 0;
    if (event->button() != Qt::LeftButton) {
        if (m_linkFrom)
            cancelLink();
        QWidget::mousePressEvent(event);
        return;
    }
    if (m_linkFrom) {
        // Picking the target of "Link to Another Event...": this click ends it either way.
        finishLink(pos, event->globalPosition().toPoint());
        m_drag = Drag::None;
        return;
    }
    if (f.overviewRect.adjusted(0, -3, 0, 3).contains(pos)) {
        beginOverviewDrag(pos);
        return;
    }
    if (f.headerRect.contains(pos)) {
        const qsizetype slot = f.slotAtY(pos.y(), m_options.scrollY);
        if (slot < 0)
            return;
        const LaneSlot &laneSlot = f.slots[size_t(slot)];
        const QString id = currentLanes().lane(laneSlot.lane).id;
        m_focusLaneId = id;
        if (pos.x() < f.headerRect.left() + 20) {
            arrangement().setCollapsed(id, !laneSlot.collapsed);
        } else {
            m_drag = Drag::Lane;
            m_dragSlot = slot;
        }
        invalidateFrame();
        return;
    }
    if (!f.isOnTimeArea(pos))
        return;
    if (event->modifiers() & Qt::AltModifier) {
        if (const qsizetype item = f.itemAt(pos); item >= 0) {
            m_drag = Drag::Link;
            beginLink(f.items[size_t(item)].key);
            m_linkPointer = pos;
            return;
        }
    }
    if (event->modifiers() & Qt::ShiftModifier) {
        m_drag = Drag::RubberBand;
        m_dragAnchorDay = f.scale.dayAtX(pos.x());
        m_options.rubberBand = DayRange{m_dragAnchorDay, m_dragAnchorDay};
        invalidateFrame();
        return;
    }
    m_drag = Drag::Pending;
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_drag == Drag::None || m_drag == Drag::Link) {
        updateHover(pos);
        if (m_linkFrom) {
            m_linkPointer = pos;
            setCursor(Qt::CrossCursor);
            update();
        }
        return;
    }
    const TimelineFrame &f = frame();
    switch (m_drag) {
    case Drag::Pending:
        if ((pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            break;
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
        [[fallthrough]];
    case Drag::Pan: {
        const double pixelsPerDay = f.scale.width() / m_pressRange.span();
        setVisibleRange(panRange(m_pressRange, -(pos.x() - m_pressPos.x()) / pixelsPerDay, limits()));
        const double elapsed = std::max<qint64>(1, m_moveClock.restart());
        // Smoothed, so one jittery sample does not fling the view.
        m_velocity = 0.6 * ((pos.x() - m_lastPos.x()) / elapsed) + 0.4 * m_velocity;
        break;
    }
    case Drag::RubberBand: {
        const double day = f.scale.dayAtX(std::clamp(pos.x(), f.lanesRect.left(), f.lanesRect.right()));
        m_options.rubberBand = DayRange{std::min(day, m_dragAnchorDay), std::max(day, m_dragAnchorDay)};
        invalidateFrame();
        break;
    }
    case Drag::BrushMove:
    case Drag::BrushLeft:
    case Drag::BrushRight:
    case Drag::Overview:
        dragOverview(pos);
        break;
    case Drag::Lane: {
        setCursor(Qt::SizeVerCursor);
        // Show where the lane would land: the top edge of the lane under the pointer.
        const qsizetype target = f.slotAtY(pos.y(), m_options.scrollY);
        if (target >= 0)
            m_laneDropY = f.lanesRect.top() + f.slots[size_t(target)].top - m_options.scrollY
                        + (target > m_dragSlot ? f.slots[size_t(target)].height : 0);
        update();
        break;
    }
    case Drag::None:
    case Drag::Link:
        break;
    }
    m_lastPos = pos;
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    const TimelineFrame &f = frame();
    switch (m_drag) {
    case Drag::Pending: {
        const qsizetype item = f.itemAt(pos);
        if (item >= 0) {
            const FrameItem &hit = f.items[size_t(item)];
            selectRow(hit.row, f.lanes[hit.visibleLane].lane);
        } else {
            const qsizetype lane = f.visibleLaneAt(pos);
            if (lane >= 0)
                m_focusLaneId = currentLanes().lane(f.lanes[size_t(lane)].lane).id;
            if (m_selection)
                m_selection->clear();
            invalidateFrame();
        }
        break;
    }
    case Drag::Pan:
        if (m_moveClock.elapsed() < 80 && std::abs(m_velocity) > 0.3)
            startKinetic();
        break;
    case Drag::RubberBand:
        if (m_options.rubberBand && m_options.rubberBand->span() * f.scale.pixelsPerDay() >= 5)
            setVisibleRange(*m_options.rubberBand);
        m_options.rubberBand.reset();
        invalidateFrame();
        break;
    case Drag::Lane:
        if (std::abs(pos.y() - m_pressPos.y()) >= QApplication::startDragDistance())
            finishLaneDrag(pos);
        break;
    case Drag::Link:
        if ((pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
            finishLink(pos, event->globalPosition().toPoint());
        else
            cancelLink();
        break;
    default:
        break;
    }
    m_drag = Drag::None;
    m_laneDropY.reset();
    unsetCursor();
    update();
    updateHover(pos);
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const TimelineFrame &f = frame();
    const QPointF pos = event->position();
    const qsizetype item = f.itemAt(pos);
    if (item >= 0) {
        // Copies: selecting lays the frame out again.
        const FrameItem hit = f.items[size_t(item)];
        selectRow(hit.row, f.lanes[hit.visibleLane].lane);
        zoomToEvent(hit.row);
        Q_EMIT activated(hit.key);
    } else if (f.isOnTimeArea(pos)) {
        zoomBy(2, f.scale.dayAtX(pos.x()));
    }
    m_drag = Drag::None;
}

void TimelineView::leaveEvent(QEvent *event)
{
    setHovered(std::nullopt);
    if (m_hoveredDay) {
        m_hoveredDay.reset();
        Q_EMIT hoveredDayChanged(std::nullopt);
    }
    QWidget::leaveEvent(event);
}

void TimelineView::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    invalidateFrame();
}

void TimelineView::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    invalidateFrame();
}

void TimelineView::setHovered(std::optional<EventKey> key)
{
    if (key == m_options.hoveredKey)
        return;
    m_options.hoveredKey = key;
    invalidateFrame();
}

void TimelineView::updateHover(QPointF pos)
{
    const TimelineFrame &f = frame();
    const qsizetype item = f.itemAt(pos);
    setHovered(item >= 0 ? std::optional<EventKey>(f.items[size_t(item)].key) : std::nullopt);
    const TimelineFrame &current = frame();
    if (current.overviewRect.adjusted(0, -3, 0, 3).contains(pos)) {
        const bool onGrip = std::abs(pos.x() - current.brush.left()) <= brushGripPixels
                         || std::abs(pos.x() - current.brush.right()) <= brushGripPixels;
        setCursor(onGrip ? Qt::SizeHorCursor : Qt::ArrowCursor);
    } else if (item >= 0) {
        setCursor(Qt::PointingHandCursor);
    } else {
        unsetCursor();
    }
    std::optional<qint32> day;
    if (current.isOnTimeArea(pos))
        day = current.scale.wholeDayAtX(pos.x());
    if (day != m_hoveredDay) {
        m_hoveredDay = day;
        Q_EMIT hoveredDayChanged(day ? std::optional<Date>(Date::fromJulianDay(*day)) : std::nullopt);
    }
}

void TimelineView::beginOverviewDrag(QPointF pos)
{
    const TimelineFrame &f = frame();
    if (std::abs(pos.x() - f.brush.left()) <= brushGripPixels) {
        m_drag = Drag::BrushLeft;
    } else if (std::abs(pos.x() - f.brush.right()) <= brushGripPixels) {
        m_drag = Drag::BrushRight;
    } else {
        m_drag = Drag::BrushMove;
        if (!f.brush.contains(pos)) {
            // Jump there first, then keep dragging the brush from where it now is.
            const double day = f.overviewScale.dayAtX(pos.x());
            const double span = m_options.range.span();
            setVisibleRange({day - span / 2, day + span / 2});
            m_pressRange = m_options.range;
        }
    }
}

void TimelineView::dragOverview(QPointF pos)
{
    const TimeScale &overview = frame().overviewScale;
    const DayRangeLimits bounds = limits();
    switch (m_drag) {
    case Drag::BrushMove:
        setVisibleRange(panRange(m_pressRange, (pos.x() - m_pressPos.x()) / overview.pixelsPerDay(), bounds));
        break;
    case Drag::BrushLeft: {
        const double begin = std::min(overview.dayAtX(pos.x()), m_pressRange.end - bounds.minimumSpan);
        setVisibleRange({begin, m_pressRange.end});
        break;
    }
    case Drag::BrushRight: {
        const double end = std::max(overview.dayAtX(pos.x()), m_pressRange.begin + bounds.minimumSpan);
        setVisibleRange({m_pressRange.begin, end});
        break;
    }
    default:
        break;
    }
}

void TimelineView::finishLaneDrag(QPointF pos)
{
    const TimelineFrame &f = frame();
    if (m_dragSlot < 0 || size_t(m_dragSlot) >= f.slots.size())
        return;
    qsizetype target = f.slotAtY(pos.y(), m_options.scrollY);
    if (target < 0)
        target = pos.y() < f.lanesRect.top() ? 0 : qsizetype(f.slots.size()) - 1;
    const TimelineLanes &lanes = currentLanes();
    arrangement().moveLane(lanes, lanes.lane(f.slots[size_t(m_dragSlot)].lane).id, target);
    m_dragSlot = -1;
    invalidateFrame();
}

void TimelineView::zoomToEvent(EventRow row)
{
    const EventStore &store = m_session->store();
    const double first = store.startDay(row);
    const double end = store.lastDay(row) + 1.0;
    const double span = std::max((end - first) * 1.6, 10.0);
    const double centre = (first + end) / 2;
    setVisibleRange({centre - span / 2, centre + span / 2});
}

void TimelineView::startKinetic()
{
    m_kineticClock.start();
    m_kineticTimer.start();
}

void TimelineView::stopKinetic()
{
    m_kineticTimer.stop();
    m_velocity = 0;
}

void TimelineView::kineticStep()
{
    const double elapsed = std::max<qint64>(1, m_kineticClock.restart());
    const double pixels = m_velocity * elapsed;
    setVisibleRange(panRange(m_options.range, -pixels / frame().scale.pixelsPerDay(), limits()));
    m_velocity *= std::exp(-elapsed / kineticDecayMs);
    if (std::abs(m_velocity) < kineticMinimumSpeed)
        stopKinetic();
}

void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    const TimelineFrame &f = frame();
    if (!f.headerRect.contains(event->pos())) {
        if (const qsizetype item = f.itemAt(event->pos()); item >= 0)
            return eventMenu(f.items[size_t(item)].key, event->globalPos());
        const std::vector<LinkArc> arcs = m_renderer.linkArcs(f);
        if (const qsizetype arc = linkArcAt(arcs, event->pos()); arc >= 0) {
            const EventLink link = m_session->annotations().links().value(arcs[size_t(arc)].link.index);
            return arcMenu(link, event->globalPos());
        }
        return QWidget::contextMenuEvent(event);
    }
    const qsizetype slot = f.slotAtY(event->pos().y(), m_options.scrollY);
    if (slot >= 0)
        headerMenu(slot, event->globalPos());
}

void TimelineView::headerMenu(qsizetype slot, const QPoint &globalPos)
{
    const TimelineLanes &lanes = currentLanes();
    const TimelineFrame &f = frame();
    const QString id = lanes.lane(f.slots[size_t(slot)].lane).id;
    const bool collapsed = f.slots[size_t(slot)].collapsed;
    QMenu menu(this);
    menu.addAction(collapsed ? tr("Expand Lane") : tr("Collapse Lane"), this, [this, id, collapsed] {
        arrangement().setCollapsed(id, !collapsed);
        invalidateFrame();
    });
    menu.addAction(tr("Collapse Other Lanes"), this, [this, id] {
        const TimelineLanes &all = currentLanes();
        for (qsizetype i = 0; i < all.size(); ++i)
            arrangement().setCollapsed(all.lane(i).id, all.lane(i).id != id);
        invalidateFrame();
    });
    menu.addAction(tr("Expand All Lanes"), this, [this] {
        arrangement().collapsed.clear();
        invalidateFrame();
    });
    menu.addSeparator();
    menu.addAction(tr("Move to Top"), this, [this, id] {
        arrangement().moveLane(currentLanes(), id, 0);
        invalidateFrame();
    });
    menu.addAction(tr("Move Up"), this, [this, id, slot] {
        arrangement().moveLane(currentLanes(), id, std::max<qsizetype>(0, slot - 1));
        invalidateFrame();
    });
    menu.addAction(tr("Move Down"), this, [this, id, slot] {
        arrangement().moveLane(currentLanes(), id, slot + 1);
        invalidateFrame();
    });
    menu.addAction(tr("Reset Lane Order"), this, [this] {
        arrangement().order.clear();
        invalidateFrame();
    });
    menu.exec(globalPos);
}

} // namespace dyad
