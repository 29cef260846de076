#include "core/eventstore.h"

#include <QTest>

using namespace dyad;

namespace {

Event makeEvent(const QString &id, const QString &start, const QList<QString> &actors = {u"TUR"_qs})
{
    Event e;
    e.id = id;
    e.start = *Date::fromIsoString(start);
    e.title = u"Title " + id;
    e.summary = u"Summary " + id;
    e.category = u"diplomacy"_qs;
    e.tone = 2.5;
    for (const QString &actor : actors)
        e.participants.append({actor, ParticipantRole::Initiator});
    e.place = Place{u"Ankara"_qs, GeoPoint{39.93, 32.85}};
    e.sources = {{u"Publisher"_qs, u"A title"_qs, u"https://example.org/" + id, *Date::fromIsoString(start)}};
    return e;
}

} // namespace

class TestEventStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsRowsSortedByStartAndEveryFieldIntact()
    {
        EventStore store;
        store.addActor({u"TUR"_qs, u"Turkey"_qs, ActorKind::State, {}, GeoPoint{39.93, 32.85}});
        store.addActor({u"RUS"_qs, u"Russia"_qs, ActorKind::State, {}, {}});
        const Event late = makeEvent(u"late"_qs, u"2020-12-29"_qs, {u"TUR"_qs, u"RUS"_qs});
        Event early = makeEvent(u"early"_qs, u"2015-11"_qs);
        early.end = *Date::fromIsoString(u"2016-06-27");
        store.appendUnsorted(late);
        store.appendUnsorted(early);
        store.sortByStart();
        QCOMPARE(store.size(), 2);
        QCOMPARE(store.id(0), u"early"_qs);
        QCOMPARE(store.event(0), early);
        QCOMPARE(store.event(1), late);
        QCOMPARE(store.lastDay(0), Date::fromYmd(2016, 6, 27).firstDay());
        QCOMPARE(store.longestSpanDays(), store.lastDay(0) - store.startDay(0));
        QCOMPARE(store.keyOfId(u"late"), std::optional<EventKey>(store.key(1)));
    }

    // Keys are what selections, undo commands and caches hold: sorting must not renumber them.
    void keysSurviveSortingRemovalAndBulkReplacement()
    {
        EventStore store;
        store.addActor({u"TUR"_qs, u"Turkey"_qs, ActorKind::State, {}, {}});
        const EventKey late = store.appendUnsorted(makeEvent(u"late"_qs, u"2020-01-01"_qs, {u"TUR"_qs}));
        const EventKey early = store.appendUnsorted(makeEvent(u"early"_qs, u"2015-01-01"_qs));
        const EventKey middle = store.appendUnsorted(makeEvent(u"middle"_qs, u"2018-01-01"_qs));
        store.sortByStart();
        QCOMPARE(store.id(store.rowOfKey(late)), u"late"_qs);
        QCOMPARE(store.id(store.rowOfKey(early)), u"early"_qs);
        QCOMPARE(store.id(store.rowOfKey(middle)), u"middle"_qs);

        store.remove(middle);
        store.appendUnsorted(makeEvent(u"first"_qs, u"2010-01-01"_qs));
        store.sortByStart();
        QCOMPARE(store.rowOfKey(middle), noRow);
        QCOMPARE(store.id(store.rowOfKey(late)), u"late"_qs);
        QCOMPARE(store.id(store.rowOfKey(early)), u"early"_qs);
        QVERIFY(store.keyCapacity() >= 4);

        Event moved = makeEvent(u"early"_qs, u"2022-05-01"_qs, {u"TUR"_qs});
        moved.title = u"Moved to the end"_qs;
        store.replaceMany({{early, &moved}});
        QCOMPARE(store.event(store.rowOfKey(early)), moved);
        QCOMPARE(store.rowOfKey(early), EventRow(store.size() - 1));
        QCOMPARE(store.id(store.rowOfKey(late)), u"late"_qs);
        QCOMPARE(store.participants(store.rowOfKey(late)).size(), size_t(1));
        QCOMPARE(store.keyOfId(u"early"), std::optional<EventKey>(early));
        QVERIFY(!store.keyOfId(u"middle"));
        for (EventRow row = 1; row < EventRow(store.size()); ++row)
            QVERIFY(store.startDay(row - 1) <= store.startDay(row));
    }

    // Undoing a delete or importing a removed event again brings back its old key, so a
    // selection or an undo command that holds the key finds the event again.
    void anEventAddedAgainGetsItsOldKey()
    {
        EventStore store;
        const EventKey first = store.insert(makeEvent(u"first"_qs, u"2015-01-01"_qs));
        const EventKey second = store.insert(makeEvent(u"second"_qs, u"2016-01-01"_qs));
        store.remove(first);
        store.sortByStart();
        QCOMPARE(store.insert(makeEvent(u"first"_qs, u"2019-01-01"_qs)), first);
        QCOMPARE(store.rowOfKey(first), EventRow(1));

        store.remove(second);
        QCOMPARE(store.appendUnsorted(makeEvent(u"second"_qs, u"2010-01-01"_qs)), second);
        store.sortByStart();
        QCOMPARE(store.id(store.rowOfKey(second)), u"second"_qs);
        QCOMPARE(store.id(store.rowOfKey(first)), u"first"_qs);
        QCOMPARE(store.keyCapacity(), 2);
        const EventKey third = store.insert(makeEvent(u"third"_qs, u"2011-01-01"_qs));
        QCOMPARE(third, EventKey(2));
    }

    void insertReplaceAndRemoveKeepOrderAndKeys()
    {
        EventStore store;
        store.addActor({u"TUR"_qs, u"Turkey"_qs, ActorKind::State, {}, {}});
        for (const char *day : {"2016-01-01", "2018-01-01", "2020-01-01"})
            store.appendUnsorted(makeEvent(QString::fromLatin1(day), QString::fromLatin1(day)));
        store.sortByStart();
        const EventKey middle = store.key(1);
        const EventKey inserted = store.insert(makeEvent(u"new"_qs, u"2017-06-01"_qs));
        QCOMPARE(store.id(store.rowOfKey(inserted)), u"new"_qs);
        QCOMPARE(store.rowOfKey(inserted), EventRow(1));
        QCOMPARE(store.rowOfKey(middle), EventRow(2));

        Event moved = makeEvent(u"2018-01-01"_qs, u"2021-03-01"_qs);
        moved.title = u"Moved"_qs;
        store.replace(middle, moved);
        QCOMPARE(store.rowOfKey(middle), EventRow(3));
        QCOMPARE(store.event(3), moved);

        store.remove(inserted);
        QCOMPARE(store.size(), 3);
        QCOMPARE(store.rowOfKey(inserted), noRow);
        QVERIFY(!store.keyOfId(u"new"));
        for (EventRow row = 1; row < EventRow(store.size()); ++row)
            QVERIFY(store.startDay(row - 1) <= store.startDay(row));
    }

    void peopleCountTowardTheirState()
    {
        EventStore store;
        store.addActor({u"lavrov"_qs, u"Sergei Lavrov"_qs, ActorKind::Person, u"RUS"_qs, {}});
        store.addActor({u"RUS"_qs, u"Russia"_qs, ActorKind::State, {}, {}});  // the state may come later
        QCOMPARE(store.stateGroup(*store.actorIndex(u"lavrov")), *store.actorIndex(u"RUS"));
        QCOMPARE(store.stateGroup(*store.actorIndex(u"RUS")), *store.actorIndex(u"RUS"));
    }

    void unknownParticipantsAreDropped()
    {
        EventStore store;
        store.addActor({u"TUR"_qs, u"Turkey"_qs, ActorKind::State, {}, {}});
        store.appendUnsorted(makeEvent(u"e"_qs, u"2020"_qs, {u"TUR"_qs, u"XXX"_qs}));
        QCOMPARE(store.participants(0).size(), size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"
