// Keyboard navigation (Left/Right between events of a lane, Up/Down between lanes, Shift
// pans, +/- zoom, Home/End, F fits), keeping the selection on screen, and tooltips.
#include "timelineview.h"

#include "itemmodels/eventselectionmodel.h"
#include "session/session.h"

#include <QKeyEvent>
#include <QLocale>
#include <QScrollBar>
#include <QToolTip>

#include <cmath>

namespace dyad {

namespace {

// The lane's first event at or after row (rows are in start order).
EventRow laneRowFrom(const Lane &lane, EventRow row)
{
    return row == 0 ? lane.firstRow() : lane.nextRow(row - 1);
}

// The lane's event starting nearest to day.
EventRow nearestLaneRow(const EventStore &store, const Lane &lane, qint32 day)
{
    const EventRow from = store.firstRowStartingFrom(day);
    const EventRow after = laneRowFrom(lane, from);
    const EventRow before = lane.previousRow(from);
    if (after == noRow)
        return before;
    if (before == noRow)
        return after;
    return day - store.startDay(before) < store.startDay(after) - day ? before : after;
}

} // namespace

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const double span = m_options.range.span();
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int direction = event->key() == Qt::Key_Left ? -1 : 1;
        if (shift)
            setVisibleRange(panRange(m_options.range, direction * span / 8, limits()));
        else
            moveSelectionInLane(direction);
        break;
    }
    case Qt::Key_Up:
        moveLaneFocus(-1);
        break;
    case Qt::Key_Down:
        moveLaneFocus(1);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.5);
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomBy(1 / 1.5);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_options.selectedKey)
            Q_EMIT activated(*m_options.selectedKey);
        break;
    case Qt::Key_Home: {
        const double begin = DayRange::fromWindow(m_session->dataExtent()).begin - span * 0.02;
        setVisibleRange({begin, begin + span});
        break;
    }
    case Qt::Key_End: {
        const double end = DayRange::fromWindow(m_session->dataExtent()).end + span * 0.02;
        setVisibleRange({end - span, end});
        break;
    }
    case Qt::Key_F:
        fitToFilteredEvents();
        break;
    case Qt::Key_PageUp:
        m_scrollBar->setValue(m_scrollBar->value() - m_scrollBar->pageStep());
        break;
    case Qt::Key_PageDown:
        m_scrollBar->setValue(m_scrollBar->value() + m_scrollBar->pageStep());
        break;
    case Qt::Key_Escape:
        if (m_linkFrom) {
            cancelLink();
            break;
        }
        if (m_drag == Drag::None) {
            QWidget::keyPressEvent(event);
            return;
        }
        m_drag = Drag::None;
        m_options.rubberBand.reset();
        invalidateFrame();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineView::selectRow(EventRow row, std::optional<qsizetype> lane)
{
    if (row == noRow)
        return;
    if (lane)
        m_focusLaneId = currentLanes().lane(*lane).id;
    const EventKey key = m_session->store().key(row);
    if (m_selection) {
        m_selection->selectKey(key);
    } else {
        m_options.selectedKey = key;
        ensureRowVisible(row);
    }
    invalidateFrame();
}

void TimelineView::moveSelectionInLane(int direction)
{
    const TimelineLanes &lanes = currentLanes();
    if (lanes.isEmpty())
        return;
    std::optional<qsizetype> focus = focusLaneIndex();
    if (!focus)
        focus = frame().slots.front().lane;
    const Lane &lane = lanes.lane(*focus);
    const EventStore &store = m_session->store();
    const EventRow selected = m_options.selectedKey ? store.rowOfKey(*m_options.selectedKey) : noRow;
    EventRow next = noRow;
    if (selected != noRow && lane.contains(selected)) {
        next = direction > 0 ? lane.nextRow(selected) : lane.previousRow(selected);
    } else if (selected != noRow) {
        next = nearestLaneRow(store, lane, store.startDay(selected));
    } else {
        // Nothing selected yet: start at the window's edge the key points away from.
        const auto day = qint32(std::floor(direction > 0 ? m_options.range.begin : m_options.range.end));
        const EventRow from = store.firstRowStartingFrom(day);
        next = direction > 0 ? laneRowFrom(lane, from) : lane.previousRow(from);
        if (next == noRow)
            next = direction > 0 ? lane.lastRow() : lane.firstRow();
    }
    selectRow(next, focus);
}

void TimelineView::moveLaneFocus(int direction)
{
    const TimelineFrame &f = frame();
    if (f.slots.empty())
        return;
    const std::optional<qsizetype> focus = focusLaneIndex();
    qsizetype position = -1;
    for (size_t i = 0; i < f.slots.size(); ++i) {
        if (focus && f.slots[i].lane == *focus)
            position = qsizetype(i);
    }
    position = position < 0 ? 0 : std::clamp<qsizetype>(position + direction, 0, qsizetype(f.slots.size()) - 1);
    const qsizetype lane = f.slots[size_t(position)].lane;
    m_focusLaneId = currentLanes().lane(lane).id;
    const EventStore &store = m_session->store();
    const EventRow selected = m_options.selectedKey ? store.rowOfKey(*m_options.selectedKey) : noRow;
    if (selected != noRow) {
        const EventRow nearest = nearestLaneRow(store, currentLanes().lane(lane), store.startDay(selected));
        if (nearest != noRow)
            selectRow(nearest, lane);
    }
    ensureLaneVisible(lane);
    invalidateFrame();
}

void TimelineView::ensureRowVisible(EventRow row)
{
    const EventStore &store = m_session->store();
    const double start = store.startDay(row) + 0.5;
    const DayRange range = m_options.range;
    // A thin edge band counts as out of view, thinner than the margin a fit leaves around
    // the data, so the first and last events of a fitted view never make it jump.
    const double margin = range.span() * 0.01;
    if (start < range.begin + margin || start > range.end - margin)
        setVisibleRange({start - range.span() / 2, start + range.span() / 2});
}

void TimelineView::ensureLaneVisible(qsizetype lane)
{
    const TimelineFrame &f = frame();
    for (const LaneSlot &slot : f.slots) {
        if (slot.lane != lane)
            continue;
        double scroll = m_options.scrollY;
        if (slot.top < scroll)
            scroll = slot.top;
        else if (slot.top + slot.height > scroll + f.lanesRect.height())
            scroll = slot.top + slot.height - f.lanesRect.height();
        if (scroll != m_options.scrollY) {
            m_options.scrollY = scroll;
            invalidateFrame();
        }
        return;
    }
}

void TimelineView::showToolTip(const QPoint &pos, const QPoint &globalPos)
{
    const TimelineFrame &f = frame();
    const EventStore &store = m_session->store();
    const qsizetype item = f.itemAt(pos);
    if (item >= 0) {
        const EventRow row = f.items[size_t(item)].row;
        const Date start = store.startDate(row);
        QString when = start.toDisplayString();
        if (const auto end = store.endDate(row))
            when += u" – " + end->toDisplayString();
        if (start.precision() != DatePrecision::Day && !store.endDate(row))
            when += u' ' + tr("(%1 precision)").arg(precisionName(start.precision()));
        QStringList actors;
        for (ActorIndex actor : store.participants(row))
            actors.append(store.actor(actor).name.toHtmlEscaped());
        const QString text = u"<b>"_qs + store.title(row).toHtmlEscaped() + u"</b><br/>"_qs + when.toHtmlEscaped()
            + u"<br/>"_qs + actors.join(u", "_qs) + u"<br/>"_qs
            + tr("%1 · tone %2").arg(store.categoryName(store.category(row)).toHtmlEscaped(),
                                    QLocale().toString(double(store.tone(row)), 'f', 1));
        const QString annotation = annotationToolTip(row);
        QToolTip::showText(globalPos, annotation.isEmpty() ? text : text + u"<hr/>"_qs + annotation, this);
        return;
    }
    if (const QString link = linkToolTip(pos); !link.isEmpty()) {
        QToolTip::showText(globalPos, link, this);
        return;
    }
    const qsizetype visible = f.visibleLaneAt(pos);
    if (visible >= 0) {
        const VisibleLane &lane = f.lanes[size_t(visible)];
        const Lane &laneData = currentLanes().lane(lane.lane);
        if (pos.x() < f.lanesRect.left()) {
            QToolTip::showText(globalPos, tr("%1\n%L2 events").arg(laneData.toolTip).arg(laneData.eventCount), this);
            return;
        }
        if (lane.densityOpacity > 0.5f && lane.eventsRect.contains(pos)) {
            const size_t bin = f.densityBinAt(pos.x());
            if (bin >= f.densityBins)
                return QToolTip::hideText();
            const double from = f.densityOrigin + double(bin) * f.densityBinDays;
            const double to = from + f.densityBinDays;
            const float count = f.density[lane.densityBegin + bin];
            QToolTip::showText(globalPos, tr("%1: %L2 events starting %3 – %4")
                                              .arg(laneData.label).arg(qint64(count))
                                              .arg(Date::fromJulianDay(qint32(std::floor(from))).toDisplayString(),
                                                   Date::fromJulianDay(qint32(std::ceil(to)) - 1).toDisplayString()),
                               this);
            return;
        }
    }
    QToolTip::hideText();
}

} // namespace dyad
