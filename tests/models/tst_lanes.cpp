// Lanes (by actor, dyad and category), their arrangement, stacking, label collision and
// hit-testing a laid-out frame.
#include "session/session.h"
#include "timeline/lanes.h"
#include "timeline/stacking.h"
#include "timeline/timelinelayout.h"

#include <QDate>
#include <QGuiApplication>
#include <QTest>

using namespace dyad;

namespace {

qint32 jd(int year, int month, int day)
{
    return qint32(QDate(year, month, day).toJulianDay());
}

Event makeEvent(const QString &id, Date start, QStringList actors, const QString &category = u"diplomacy"_qs,
                std::optional<Date> end = std::nullopt)
{
    Event event;
    event.id = id;
    event.start = start;
    event.end = end;
    event.title = u"Event "_qs + id;
    event.category = category;
    event.tone = 1;
    for (const QString &actor : actors)
        event.participants.append({actor, ParticipantRole::Participant});
    return event;
}

// Turkey (with its president folded in), Russia, the USA and NATO.
EventStore smallStore()
{
    EventStore store;
    store.addActor({u"TUR"_qs, u"Turkey"_qs, ActorKind::State, {}, std::nullopt});
    store.addActor({u"RUS"_qs, u"Russia"_qs, ActorKind::State, {}, std::nullopt});
    store.addActor({u"USA"_qs, u"United States"_qs, ActorKind::State, {}, std::nullopt});
    store.addActor({u"tur-president"_qs, u"President of Turkey"_qs, ActorKind::Person, u"TUR"_qs, std::nullopt});
    store.addActor({u"NATO"_qs, u"NATO"_qs, ActorKind::Organisation, {}, std::nullopt});
    store.appendUnsorted(makeEvent(u"e1"_qs, Date::fromYmd(2020, 1, 10), {u"TUR"_qs, u"RUS"_qs}));
    store.appendUnsorted(makeEvent(u"e2"_qs, Date::fromYmd(2020, 1, 12), {u"tur-president"_qs, u"RUS"_qs}, u"military"_qs));
    store.appendUnsorted(makeEvent(u"e3"_qs, Date::fromYmd(2020, 2, 1), {u"TUR"_qs, u"USA"_qs, u"RUS"_qs}));
    store.appendUnsorted(makeEvent(u"e4"_qs, Date::fromYmd(2020, 3, 1), {u"NATO"_qs}, u"military"_qs));
    store.appendUnsorted(makeEvent(u"e5"_qs, Date::fromYmd(2019, 6, 1), {u"USA"_qs}, u"sanctions"_qs,
                                   Date::fromYmd(2020, 6, 30)));
    store.appendUnsorted(makeEvent(u"e6"_qs, Date::fromYmd(2020, 3), {u"TUR"_qs, u"tur-president"_qs}));
    store.sortByStart();
    return store;
}

std::vector<EventRow> allRows(const EventStore &store)
{
    std::vector<EventRow> rows(size_t(store.size()));
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i] = EventRow(i);
    return rows;
}

QStringList laneIds(const TimelineLanes &lanes)
{
    QStringList ids;
    for (qsizetype i = 0; i < lanes.size(); ++i)
        ids.append(lanes.lane(i).id);
    return ids;
}

QStringList eventIdsOf(const EventStore &store, const Lane &lane)
{
    std::vector<EventRow> rows;
    lane.collectOverlapping(store, std::numeric_limits<qint32>::min() / 2, std::numeric_limits<qint32>::max() / 2, rows);
    QStringList ids;
    for (EventRow row : rows)
        ids.append(store.id(row));
    return ids;
}

EventRow rowOf(const EventStore &store, const QString &id)
{
    return store.rowOfKey(*store.keyOfId(id));
}

} // namespace

class TestLanes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actorLanesFoldPeopleIntoTheirState()
    {
        const EventStore store = smallStore();
        const auto rows = allRows(store);
        const TimelineLanes lanes = TimelineLanes::build(store, rows, LaneMode::Actor);
        // Busiest first; ties by name.
        QCOMPARE(laneIds(lanes), (QStringList{u"TUR"_qs, u"RUS"_qs, u"USA"_qs, u"NATO"_qs}));
        QCOMPARE(lanes.lane(0).label, u"Turkey"_qs);
        QCOMPARE(eventIdsOf(store, lanes.lane(0)), (QStringList{u"e1"_qs, u"e2"_qs, u"e3"_qs, u"e6"_qs}));
        QCOMPARE(eventIdsOf(store, lanes.lane(1)), (QStringList{u"e1"_qs, u"e2"_qs, u"e3"_qs}));
        QCOMPARE(eventIdsOf(store, lanes.lane(2)), (QStringList{u"e5"_qs, u"e3"_qs}));
        // e6 has two participants of one state: it appears once in that state's lane.
        QCOMPARE(lanes.lane(0).eventCount, 4);
        QCOMPARE(lanes.overall().eventCount, store.size());
        QCOMPARE(lanes.lanesOfRow(store, rowOf(store, u"e3"_qs)), (std::vector<qsizetype>{0, 1, 2}));
    }

    void dyadLanesHoldEachPairOnce()
    {
        const EventStore store = smallStore();
        const auto rows = allRows(store);
        const TimelineLanes lanes = TimelineLanes::build(store, rows, LaneMode::Dyad);
        const qsizetype turRus = lanes.indexOfId(u"RUS|TUR"_qs);
        QVERIFY(turRus >= 0);
        QCOMPARE(lanes.lane(turRus).label, u"TUR – RUS"_qs);
        QCOMPARE(eventIdsOf(store, lanes.lane(turRus)), (QStringList{u"e1"_qs, u"e2"_qs, u"e3"_qs}));
        QCOMPARE(eventIdsOf(store, lanes.lane(lanes.indexOfId(u"TUR|USA"_qs))), QStringList{u"e3"_qs});
        QCOMPARE(eventIdsOf(store, lanes.lane(lanes.indexOfId(u"RUS|USA"_qs))), QStringList{u"e3"_qs});
        // An event with one party keeps a lane of its own.
        QCOMPARE(eventIdsOf(store, lanes.lane(lanes.indexOfId(u"NATO"_qs))), QStringList{u"e4"_qs});
        QCOMPARE(eventIdsOf(store, lanes.lane(lanes.indexOfId(u"TUR"_qs))), QStringList{u"e6"_qs});
        QCOMPARE(lanes.lane(0).id, u"RUS|TUR"_qs);
        QCOMPARE(lanes.lanesOfRow(store, rowOf(store, u"e3"_qs)).size(), size_t(3));
    }

    void categoryLanesAndFilteredRows()
    {
        const EventStore store = smallStore();
        const TimelineLanes lanes = TimelineLanes::build(store, allRows(store), LaneMode::Category);
        QCOMPARE(laneIds(lanes), (QStringList{u"diplomacy"_qs, u"military"_qs, u"sanctions"_qs}));
        QVERIFY(lanes.lane(0).categoryIndex >= 0);
        // Only lanes with events under the filter exist.
        const std::vector<EventRow> some = {rowOf(store, u"e4"_qs)};
        const TimelineLanes filtered = TimelineLanes::build(store, some, LaneMode::Category);
        QCOMPARE(laneIds(filtered), QStringList{u"military"_qs});
        const TimelineLanes none = TimelineLanes::build(store, {}, LaneMode::Actor);
        QVERIFY(none.isEmpty());
    }

    void overlapFindsLongEventsStartingLongBefore()
    {
        const EventStore store = smallStore();
        const TimelineLanes lanes = TimelineLanes::build(store, allRows(store), LaneMode::Actor);
        const Lane &usa = lanes.lane(lanes.indexOfId(u"USA"_qs));
        std::vector<EventRow> rows;
        usa.collectOverlapping(store, jd(2020, 5, 1), jd(2020, 5, 2), rows);
        QCOMPARE(rows, std::vector<EventRow>{rowOf(store, u"e5"_qs)});
        rows.clear();
        usa.collectOverlapping(store, jd(2020, 7, 1), jd(2020, 8, 1), rows);
        QVERIFY(rows.empty());
        // A month-precision date covers its month.
        const Lane &tur = lanes.lane(0);
        rows.clear();
        tur.collectOverlapping(store, jd(2020, 3, 20), jd(2020, 3, 20), rows);
        QCOMPARE(rows, std::vector<EventRow>{rowOf(store, u"e6"_qs)});
        QCOMPARE(tur.countStarting(jd(2020, 1, 1), jd(2020, 1, 31)), 2);
    }

    void navigationWithinALane()
    {
        const EventStore store = smallStore();
        const TimelineLanes lanes = TimelineLanes::build(store, allRows(store), LaneMode::Actor);
        const Lane &tur = lanes.lane(0);
        QCOMPARE(tur.firstRow(), rowOf(store, u"e1"_qs));
        QCOMPARE(tur.lastRow(), rowOf(store, u"e6"_qs));
        QCOMPARE(tur.nextRow(rowOf(store, u"e2"_qs)), rowOf(store, u"e3"_qs));
        QCOMPARE(tur.previousRow(rowOf(store, u"e6"_qs)), rowOf(store, u"e3"_qs));
        QCOMPARE(tur.previousRow(tur.firstRow()), noRow);
        QCOMPARE(tur.nextRow(tur.lastRow()), noRow);
        QVERIFY(!tur.contains(rowOf(store, u"e4"_qs)));
    }

    void arrangementReordersAndCollapses()
    {
        const EventStore store = smallStore();
        const TimelineLanes lanes = TimelineLanes::build(store, allRows(store), LaneMode::Actor);
        LaneArrangement arrangement;
        QCOMPARE(arrangement.arrange(lanes), (std::vector<qsizetype>{0, 1, 2, 3}));
        arrangement.moveLane(lanes, u"NATO"_qs, 0);
        QCOMPARE(arrangement.arrange(lanes), (std::vector<qsizetype>{3, 0, 1, 2}));
        arrangement.moveLane(lanes, u"TUR"_qs, 3);
        QCOMPARE(arrangement.arrange(lanes), (std::vector<qsizetype>{3, 1, 2, 0}));
        arrangement.setCollapsed(u"RUS"_qs, true);
        const LaneArrangement restored = LaneArrangement::fromJson(arrangement.toJson());
        QCOMPARE(restored, arrangement);
        // Lanes the filter hides keep their place for when they return.
        const std::vector<EventRow> some = {rowOf(store, u"e5"_qs), rowOf(store, u"e4"_qs)};
        const TimelineLanes fewer = TimelineLanes::build(store, some, LaneMode::Actor);
        QCOMPARE(restored.arrange(fewer).size(), size_t(2));
        QCOMPARE(fewer.lane(restored.arrange(fewer).front()).id, u"NATO"_qs);
    }

    void stackingUsesRowsThenOverflows()
    {
        // Three overlapping marks, two rows: the third overflows.
        const std::vector<StackItem> crowd = {{0, 10, 10}, {5, 15, 15}, {8, 18, 18}, {30, 40, 40}};
        const auto placed = stackItems(crowd, 2, 2);
        QCOMPARE(placed[0].row, 0);
        QCOMPARE(placed[1].row, 1);
        QCOMPARE(placed[2].row, -1);
        QCOMPARE(placed[3].row, 0);
        // Labels claim room when the next event still finds a row ...
        const std::vector<StackItem> sparse = {{0, 10, 80}, {20, 30, 90}, {200, 210, 260}};
        const auto roomy = stackItems(sparse, 2, 2);
        QVERIFY(roomy[0].labelled && roomy[1].labelled && roomy[2].labelled);
        QCOMPARE(roomy[1].row, 1);
        QCOMPARE(roomy[2].row, 0);
        // ... and give way when it would not.
        const std::vector<StackItem> single = {{0, 10, 80}, {20, 30, 90}};
        const auto tight = stackItems(single, 1, 2);
        QVERIFY(!tight[0].labelled);
        QCOMPARE(tight[1].row, 0);
    }

    void labelPlacerRejectsOverlaps()
    {
        LabelPlacer placer(32);
        QVERIFY(placer.tryPlace(QRectF(0, 0, 100, 20)));
        QVERIFY(!placer.tryPlace(QRectF(90, 5, 50, 10)));
        QVERIFY(placer.tryPlace(QRectF(101, 0, 50, 20)));  // touching is not overlapping
        QVERIFY(placer.tryPlace(QRectF(0, 21, 300, 20)));
        placer.block(QRectF(500, 0, 10, 10));
        QVERIFY(placer.intersects(QRectF(505, 5, 100, 2)));
        QVERIFY(!placer.intersects(QRectF(-200, -200, 10, 10)));
        QCOMPARE(placer.placed().size(), size_t(4));
    }

    void frameHitTestingAndLabels()
    {
        Session session;
        session.reset({}, smallStore());
        const EventStore &store = session.store();
        const TimelineLanes lanes = TimelineLanes::build(store, session.filteredRows(), LaneMode::Actor);
        TimelineRenderOptions options;
        options.range = {double(jd(2020, 1, 1)), double(jd(2020, 3, 15))};
        options.font = QFont(QStringLiteral("Sans"), 9);
        const TimelineLayoutEngine engine;
        const TimelineFrame frame = engine.layout(store, lanes, session.dataExtent(), QRectF(0, 0, 1200, 700), options);
        QCOMPARE(frame.lanes.size(), size_t(4));
        QVERIFY(!frame.items.empty());
        for (size_t i = 0; i < frame.items.size(); ++i) {
            const FrameItem &item = frame.items[i];
            // Spans may start before the window: aim at the part on screen.
            const QPointF aim = item.mark.intersected(frame.lanesRect).center();
            QCOMPARE(frame.itemAt(aim), qsizetype(i));
            QVERIFY(frame.lanes[item.visibleLane].eventsRect.contains(aim));
            QCOMPARE(frame.lanes[item.visibleLane].markOpacity, 1.0f);
        }
        // e1 sits at 10 January 2020, in Turkey's lane, the first lane.
        const qsizetype e1 = frame.itemOfKey(*store.keyOfId(u"e1"_qs));
        QVERIFY(e1 >= 0);
        QCOMPARE(frame.items[size_t(e1)].visibleLane, size_t(0));
        QVERIFY(std::abs(frame.items[size_t(e1)].mark.center().x() - frame.scale.xOfDay(jd(2020, 1, 10) + 0.5)) < 0.01);
        // Nothing under an empty spot.
        QCOMPARE(frame.itemAt(QPointF(frame.scale.xOfDay(jd(2020, 3, 10)), frame.lanes[3].eventsRect.top() + 2)), -1);
        QCOMPARE(frame.itemAt(QPointF(-10, -10)), -1);
        // Labels never overlap each other or another event's mark.
        std::vector<QRectF> labels;
        for (const FrameItem &item : frame.items) {
            if (!item.label.isEmpty())
                labels.push_back(item.label);
        }
        QVERIFY(!labels.empty());
        for (size_t i = 0; i < labels.size(); ++i) {
            for (size_t j = i + 1; j < labels.size(); ++j)
                QVERIFY(!labels[i].adjusted(0, 1, 0, -1).intersects(labels[j].adjusted(0, 1, 0, -1)));
        }
        for (const FrameItem &item : frame.items) {
            for (const FrameItem &other : frame.items) {
                if (&item != &other && !item.label.isEmpty() && !item.labelInside)
                    QVERIFY(!item.label.adjusted(0, 1, 0, -1).intersects(other.mark));
            }
        }
        QCOMPARE(frame.visibleLaneAt(frame.lanes[2].rect.center()), 2);
        QCOMPARE(frame.slotAtY(frame.lanes[1].rect.center().y(), 0), 1);
    }

    void spansAndImpreciseDatesHaveTheirKinds()
    {
        Session session;
        session.reset({}, smallStore());
        const EventStore &store = session.store();
        const TimelineLanes lanes = TimelineLanes::build(store, session.filteredRows(), LaneMode::Actor);
        TimelineRenderOptions options;
        options.range = {double(jd(2019, 12, 1)), double(jd(2020, 7, 15))};
        const TimelineFrame frame = TimelineLayoutEngine().layout(store, lanes, session.dataExtent(),
                                                                  QRectF(0, 0, 1400, 700), options);
        const FrameItem &span = frame.items[size_t(frame.itemOfKey(*store.keyOfId(u"e5"_qs)))];
        QCOMPARE(span.kind, FrameItem::Kind::Span);
        QVERIFY(span.mark.left() <= frame.scale.left() + 0.01);  // starts before the window
        QVERIFY(std::abs(span.mark.right() - frame.scale.xOfDay(jd(2020, 7, 1))) < 0.01);
        const FrameItem &month = frame.items[size_t(frame.itemOfKey(*store.keyOfId(u"e6"_qs)))];
        QCOMPARE(month.kind, FrameItem::Kind::Imprecise);
        QVERIFY(std::abs(month.mark.left() - frame.scale.xOfDay(jd(2020, 3, 1))) < 0.01);
        QVERIFY(std::abs(month.mark.right() - frame.scale.xOfDay(jd(2020, 4, 1))) < 0.01);
    }
};

QTEST_MAIN(TestLanes)
#include "tst_lanes.moc"
