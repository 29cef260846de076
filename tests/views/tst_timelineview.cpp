// The timeline widget driven like a user would: wheel, drags, clicks, keys, the overview
// brush; and its renderer painting the bundled dataset to an image.
#include "itemmodels/eventselectionmodel.h"
#include "itemmodels/eventtablemodel.h"
#include "session/session.h"
#include "timeline/timelineview.h"

#include <QDate>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace dyad;

namespace {

qint32 jd(int year, int month, int day)
{
    return qint32(QDate(year, month, day).toJulianDay());
}

// Four states and 36 events in 2020, ten days apart, each between two of them.
EventStore testStore()
{
    EventStore store;
    const QStringList states = {u"TUR"_qs, u"RUS"_qs, u"USA"_qs, u"GRC"_qs};
    for (const QString &id : states)
        store.addActor({id, u"State "_qs + id, ActorKind::State, {}, std::nullopt});
    for (int i = 0; i < 36; ++i) {
        Event event;
        event.id = u"ev"_qs + QString::number(i);
        event.start = Date::fromJulianDay(jd(2020, 1, 5) + 10 * i);
        event.title = u"Meeting number "_qs + QString::number(i);
        event.category = i % 2 ? u"diplomacy"_qs : u"military"_qs;
        event.tone = (i % 21) - 10;
        event.participants = {{states[i % 4], ParticipantRole::Initiator},
                              {states[(i + 1 + i / 4) % 4 == i % 4 ? (i + 2) % 4 : (i + 1 + i / 4) % 4],
                               ParticipantRole::Target}};
        store.appendUnsorted(event);
    }
    store.sortByStart();
    return store;
}

void sendMouse(QWidget *widget, QEvent::Type type, QPointF pos, Qt::MouseButton button, Qt::MouseButtons buttons,
               Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent event(type, pos, widget->mapToGlobal(pos), button, buttons, modifiers);
    QCoreApplication::sendEvent(widget, &event);
}

void drag(QWidget *widget, QPointF from, QPointF to, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    sendMouse(widget, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, modifiers);
    for (int step = 1; step <= 4; ++step)
        sendMouse(widget, QEvent::MouseMove, from + (to - from) * step / 4.0, Qt::NoButton, Qt::LeftButton, modifiers);
    sendMouse(widget, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton, modifiers);
}

void click(QWidget *widget, QPointF pos)
{
    sendMouse(widget, QEvent::MouseButtonPress, pos, Qt::LeftButton, Qt::LeftButton);
    sendMouse(widget, QEvent::MouseButtonRelease, pos, Qt::LeftButton, Qt::NoButton);
}

} // namespace

class TestTimelineView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_session = std::make_unique<Session>();
        m_session->reset({}, testStore());
        m_table = std::make_unique<EventTableModel>(m_session.get());
        m_selection = std::make_unique<EventSelectionModel>(m_table.get());
        m_view = std::make_unique<TimelineView>(m_session.get(), m_table.get(), m_selection.get());
        m_view->resize(1000, 640);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->setVisibleRange({double(jd(2020, 1, 1)), double(jd(2021, 1, 1))});
    }

    void cleanup()
    {
        m_view.reset();
        m_selection.reset();
        m_table.reset();
        m_session.reset();
    }

    void wheelZoomsAroundTheCursor()
    {
        const TimelineFrame &before = m_view->frame();
        const QPointF pos(before.lanesRect.left() + before.lanesRect.width() * 0.3, before.lanesRect.center().y());
        const double dayUnderCursor = before.scale.dayAtX(pos.x());
        const double span = m_view->visibleRange().span();
        QWheelEvent wheel(pos, m_view->mapToGlobal(pos), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(m_view.get(), &wheel);
        QVERIFY(m_view->visibleRange().span() < span * 0.9);
        QVERIFY(std::abs(m_view->frame().scale.dayAtX(pos.x()) - dayUnderCursor) < 1e-6);
        // The session follows: the map and charts see the same window.
        QCOMPARE(m_session->visibleWindow(), m_view->visibleRange().toWindow());
        QWheelEvent back(pos, m_view->mapToGlobal(pos), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                         Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(m_view.get(), &back);
        QVERIFY(std::abs(m_view->visibleRange().span() - span) < 1e-6);
        QVERIFY(std::abs(m_view->frame().scale.dayAtX(pos.x()) - dayUnderCursor) < 1e-6);
    }

    void dragPans()
    {
        const TimelineFrame &frame = m_view->frame();
        const DayRange before = m_view->visibleRange();
        const double pixelsPerDay = frame.scale.pixelsPerDay();
        const QPointF from(frame.lanesRect.center().x(), frame.lanesRect.bottom() - 3);
        sendMouse(m_view.get(), QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        sendMouse(m_view.get(), QEvent::MouseMove, from + QPointF(100, 0), Qt::NoButton, Qt::LeftButton);
        sendMouse(m_view.get(), QEvent::MouseMove, from + QPointF(200, 0), Qt::NoButton, Qt::LeftButton);
        // Dragging right brings earlier days into view, by exactly the distance dragged.
        QVERIFY(std::abs(m_view->visibleRange().begin - (before.begin - 200 / pixelsPerDay)) < 1e-6);
        QVERIFY(std::abs(m_view->visibleRange().span() - before.span()) < 1e-6);
        sendMouse(m_view.get(), QEvent::MouseButtonRelease, from + QPointF(200, 0), Qt::LeftButton, Qt::NoButton);
        QVERIFY(!m_selection->currentKey());  // a drag is not a click
    }

    void clickSelectsInTheSharedSelection()
    {
        const TimelineFrame &frame = m_view->frame();
        QVERIFY(!frame.items.empty());
        const FrameItem item = frame.items[frame.items.size() / 2];
        click(m_view.get(), item.mark.center());
        QCOMPARE(m_selection->currentKey(), std::optional<EventKey>(item.key));
        const QModelIndex row = m_table->indexOfKey(item.key);
        QVERIFY(m_selection->isRowSelected(row.row(), QModelIndex()));
        // The view repaints with the event marked as selected.
        const qsizetype selected = m_view->frame().itemOfKey(item.key);
        QVERIFY(selected >= 0 && m_view->frame().items[size_t(selected)].selected);
        // A click on empty time clears the selection.
        click(m_view.get(), QPointF(m_view->frame().lanesRect.left() + 2, m_view->frame().lanesRect.bottom() - 2));
        QVERIFY(!m_selection->currentKey());
    }

    void selectionFromTheTableShowsHere()
    {
        const EventKey key = *m_session->store().keyOfId(u"ev3"_qs);
        m_view->setVisibleRange({double(jd(2020, 9, 1)), double(jd(2020, 12, 1))});
        QVERIFY(m_selection->selectKey(key));
        // Out of view: the window pans (keeping its zoom) to bring it in.
        const double start = m_session->store().startDay(m_session->store().rowOfKey(key));
        QVERIFY(m_view->visibleRange().begin < start && start < m_view->visibleRange().end);
        QVERIFY(std::abs(m_view->visibleRange().span() - double(jd(2020, 12, 1) - jd(2020, 9, 1))) < 1e-6);
        QVERIFY(m_view->frame().itemOfKey(key) >= 0);
    }

    void selectingAnEventAlreadyInViewKeepsTheWindow()
    {
        // Regression: at start-up the view fits the data with a small margin, and selecting the
        // first event (as the table does when it takes focus) recentred the whole view on it.
        Event later;
        later.id = u"decade-later"_qs;
        later.start = Date::fromJulianDay(jd(2030, 1, 5));
        later.title = u"A decade later"_qs;
        later.participants = {{u"TUR"_qs, ParticipantRole::Participant}};
        m_session->addEvent(later);  // the data now spans a decade
        const TimeWindow extent = m_session->dataExtent();
        const double margin = (extent.lastDay - extent.firstDay) * 0.02;
        m_view->setVisibleRange({extent.firstDay - margin, extent.lastDay + 1 + margin});
        const DayRange before = m_view->visibleRange();
        QVERIFY(m_selection->selectKey(m_session->store().key(0)));
        QCOMPARE(m_view->visibleRange().begin, before.begin);
        QCOMPARE(m_view->visibleRange().end, before.end);
    }

    void keyboardMovesTheSelection()
    {
        const EventStore &store = m_session->store();
        const TimelineFrame &frame = m_view->frame();
        const FrameItem first = frame.items[frame.lanes[0].itemBegin];
        click(m_view.get(), first.mark.center());
        const Lane &lane = m_view->renderer().lanes(m_view->laneMode()).lane(frame.lanes[0].lane);
        QCOMPARE(m_view->focusLaneId(), lane.id);

        QTest::keyClick(m_view.get(), Qt::Key_Right);
        QCOMPARE(m_selection->currentKey(), std::optional<EventKey>(store.key(lane.nextRow(first.row))));
        QTest::keyClick(m_view.get(), Qt::Key_Left);
        QCOMPARE(m_selection->currentKey(), std::optional<EventKey>(first.key));

        // Down: the next lane, on its event nearest in time.
        QTest::keyClick(m_view.get(), Qt::Key_Down);
        const Lane &second = m_view->renderer().lanes(m_view->laneMode()).lane(m_view->frame().slots[1].lane);
        QCOMPARE(m_view->focusLaneId(), second.id);
        QVERIFY(second.contains(store.rowOfKey(*m_selection->currentKey())));
        QVERIFY(std::abs(store.startDay(store.rowOfKey(*m_selection->currentKey())) - store.startDay(first.row)) <= 20);

        QSignalSpy activated(m_view.get(), &TimelineView::activated);
        QTest::keyClick(m_view.get(), Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).value<EventKey>(), *m_selection->currentKey());

        const double span = m_view->visibleRange().span();
        QTest::keyClick(m_view.get(), Qt::Key_Plus);
        QVERIFY(m_view->visibleRange().span() < span);
        QTest::keyClick(m_view.get(), Qt::Key_Minus);
        QVERIFY(std::abs(m_view->visibleRange().span() - span) < 1e-6);
        const double begin = m_view->visibleRange().begin;
        QTest::keyClick(m_view.get(), Qt::Key_Right, Qt::ShiftModifier);
        QVERIFY(m_view->visibleRange().begin > begin);
        QTest::keyClick(m_view.get(), Qt::Key_Home);
        QVERIFY(m_view->visibleRange().begin < m_session->dataExtent().firstDay);
        QTest::keyClick(m_view.get(), Qt::Key_F);
        QVERIFY(m_view->visibleRange().begin < jd(2020, 1, 5) && m_view->visibleRange().end > jd(2020, 12, 21));
    }

    void overviewBrushSetsTheWindow()
    {
        m_view->setVisibleRange({double(jd(2020, 3, 1)), double(jd(2020, 5, 1))});
        const TimelineFrame &frame = m_view->frame();
        const double overviewPixelsPerDay = frame.overviewScale.pixelsPerDay();
        const DayRange before = m_view->visibleRange();
        const QPointF centre = frame.brush.center();
        drag(m_view.get(), centre, centre + QPointF(60, 0));
        QVERIFY(std::abs(m_view->visibleRange().begin - (before.begin + 60 / overviewPixelsPerDay)) < 1e-6);
        QCOMPARE(m_session->visibleWindow(), m_view->visibleRange().toWindow());

        // A click beside the brush centres the window there.
        const QPointF elsewhere(frame.overviewScale.xOfDay(jd(2020, 10, 1)), centre.y());
        click(m_view.get(), elsewhere);
        QVERIFY(std::abs(m_view->visibleRange().centre() - jd(2020, 10, 1)) < 1);

        // Dragging a grip resizes the window from that end.
        const TimelineFrame &after = m_view->frame();
        const DayRange current = m_view->visibleRange();
        const QPointF grip(after.brush.right(), after.brush.center().y());
        drag(m_view.get(), grip, grip + QPointF(40, 0));
        QVERIFY(std::abs(m_view->visibleRange().begin - current.begin) < 1e-6);
        QVERIFY(m_view->visibleRange().end > current.end + 30 / overviewPixelsPerDay);
    }

    void shiftDragZoomsToARange()
    {
        const TimelineFrame &frame = m_view->frame();
        const QPointF from(frame.lanesRect.left() + 200, frame.lanesRect.top() + 10);
        const QPointF to(frame.lanesRect.left() + 400, frame.lanesRect.top() + 10);
        const double first = frame.scale.dayAtX(from.x());
        const double last = frame.scale.dayAtX(to.x());
        drag(m_view.get(), from, to, Qt::ShiftModifier);
        QVERIFY(std::abs(m_view->visibleRange().begin - first) < 1e-6);
        QVERIFY(std::abs(m_view->visibleRange().end - last) < 1e-6);
    }

    void doubleClickZoomsToTheEvent()
    {
        const FrameItem item = m_view->frame().items.front();
        QSignalSpy activated(m_view.get(), &TimelineView::activated);
        const QPointF pos = item.mark.center();
        sendMouse(m_view.get(), QEvent::MouseButtonPress, pos, Qt::LeftButton, Qt::LeftButton);
        sendMouse(m_view.get(), QEvent::MouseButtonRelease, pos, Qt::LeftButton, Qt::NoButton);
        sendMouse(m_view.get(), QEvent::MouseButtonDblClick, pos, Qt::LeftButton, Qt::LeftButton);
        sendMouse(m_view.get(), QEvent::MouseButtonRelease, pos, Qt::LeftButton, Qt::NoButton);
        QCOMPARE(activated.size(), 1);
        QVERIFY(m_view->visibleRange().span() <= 10.0 + 1e-9);
        const double start = m_session->store().startDay(item.row);
        QVERIFY(m_view->visibleRange().begin < start && start < m_view->visibleRange().end);
    }

    void hoverReportsTheDay()
    {
        QSignalSpy hovered(m_view.get(), &TimelineView::hoveredDayChanged);
        const TimelineFrame &frame = m_view->frame();
        const QPointF pos(frame.scale.xOfDay(jd(2020, 7, 4) + 0.5), frame.lanesRect.center().y());
        sendMouse(m_view.get(), QEvent::MouseMove, pos, Qt::NoButton, Qt::NoButton);
        QVERIFY(!hovered.isEmpty());
        const auto day = hovered.last().at(0).value<std::optional<Date>>();
        QVERIFY(day);
        QCOMPARE(day->toIsoString(), u"2020-07-04"_qs);
    }

    void windowAndFilterFollowTheSession()
    {
        m_session->setVisibleWindow({jd(2020, 2, 1), jd(2020, 2, 29)});
        QCOMPARE(m_view->visibleRange(), DayRange::fromWindow({jd(2020, 2, 1), jd(2020, 2, 29)}));
        EventFilter filter;
        filter.actorIds = {u"GRC"_qs};
        m_session->setFilter(filter);
        const TimelineLanes &lanes = m_view->renderer().lanes(m_view->laneMode());
        QCOMPARE(lanes.lane(0).id, u"GRC"_qs);
        for (qsizetype i = 0; i < lanes.size(); ++i)
            QVERIFY(lanes.lane(i).eventCount <= lanes.lane(0).eventCount);
    }

    void lanesCollapseReorderAndPersist()
    {
        const TimelineFrame &frame = m_view->frame();
        const TimelineLanes &lanes = m_view->renderer().lanes(m_view->laneMode());
        const QString firstId = lanes.lane(frame.slots[0].lane).id;
        // The arrow collapses a lane.
        click(m_view.get(), QPointF(frame.headerRect.left() + 10, frame.lanes[0].rect.top() + 8));
        QVERIFY(m_view->frame().slots[0].collapsed);
        // Dragging a header moves its lane.
        const TimelineFrame &now = m_view->frame();
        const QString thirdId = lanes.lane(now.slots[2].lane).id;
        drag(m_view.get(), QPointF(now.headerRect.left() + 60, now.lanes[2].rect.center().y()),
             QPointF(now.headerRect.left() + 60, now.lanes[0].rect.center().y()));
        QCOMPARE(lanes.lane(m_view->frame().slots[0].lane).id, thirdId);

        m_view->setLaneMode(TimelineView::LaneMode::Dyad);
        m_view->setColorMode(TimelineView::ColorMode::Tone);
        const QJsonObject state = m_view->saveState();
        TimelineView other(m_session.get(), m_table.get(), m_selection.get());
        other.restoreState(state);
        QCOMPARE(other.laneMode(), TimelineView::LaneMode::Dyad);
        QCOMPARE(other.colorMode(), TimelineView::ColorMode::Tone);
        other.setLaneMode(TimelineView::LaneMode::Actor);
        other.resize(1000, 640);
        QCOMPARE(lanes.lane(other.frame().slots[0].lane).id, thirdId);
        QVERIFY(other.frame().slots[1].collapsed);
        QCOMPARE(lanes.lane(other.frame().slots[1].lane).id, firstId);
    }

    void rendersTheBundledDataset()
    {
        Session session;
        const ParseError error = session.loadBundledDataset();
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QVERIFY(session.store().size() > 0);
        TimelineRenderer renderer(session);
        TimelineRenderOptions options;
        options.range = DayRange::fromWindow(session.dataExtent());
        options.laneMode = LaneMode::Dyad;
        QImage image(1200, 700, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::magenta);
        QPainter painter(&image);
        const TimelineFrame frame = renderer.layout(QRectF(image.rect()), options);
        renderer.paintFrame(&painter, frame, options);
        painter.end();
        QVERIFY(!frame.lanes.empty());
        QVERIFY(!frame.items.empty());
        QVERIFY(!frame.trend.empty());  // dyad lanes carry their tone
        QVERIFY(image.pixelColor(600, 350) != QColor(Qt::magenta));
        // Labels never overlap.
        for (size_t i = 0; i < frame.items.size(); ++i) {
            for (size_t j = i + 1; j < frame.items.size(); ++j) {
                const QRectF a = frame.items[i].label.adjusted(0, 1, 0, -1);
                const QRectF b = frame.items[j].label.adjusted(0, 1, 0, -1);
                QVERIFY(a.isEmpty() || b.isEmpty() || !a.intersects(b));
            }
        }
    }

private:
    std::unique_ptr<Session> m_session;
    std::unique_ptr<EventTableModel> m_table;
    std::unique_ptr<EventSelectionModel> m_selection;
    std::unique_ptr<TimelineView> m_view;
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
