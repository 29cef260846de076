#include "core/eventfilter.h"
#include "syntheticdata.h"

#include <QRandomGenerator>
#include <QTest>

using namespace dyad;

namespace {

Event makeEvent(const QString &id, const QString &start, QList<QString> actors, const QString &category, double tone,
                const QString &title, const QString &end = {})
{
    Event event;
    event.id = id;
    event.start = *Date::fromIsoString(start);
    if (!end.isEmpty())
        event.end = *Date::fromIsoString(end);
    for (const QString &actor : actors)
        event.participants.append({actor, ParticipantRole::Participant});
    event.category = category;
    event.tone = tone;
    event.title = title;
    event.summary = u"Summary of " + title;
    return event;
}

qint32 day(const char *iso)
{
    return Date::fromIsoString(QString::fromLatin1(iso))->firstDay();
}

QStringList ids(const EventStore &store, const FilterResult &result)
{
    QStringList list;
    for (EventRow row : result.rows)
        list.append(store.id(row));
    return list;
}

} // namespace

class TestEventFilter : public QObject
{
    Q_OBJECT

private:
    EventStore m_store;

private Q_SLOTS:
    void init()
    {
        m_store = EventStore();
        m_store.addActor({u"TUR"_qs, u"Turkey"_qs, ActorKind::State, {}, {}});
        m_store.addActor({u"RUS"_qs, u"Russia"_qs, ActorKind::State, {}, {}});
        m_store.addActor({u"USA"_qs, u"United States"_qs, ActorKind::State, {}, {}});
        m_store.addActor({u"NATO"_qs, u"NATO"_qs, ActorKind::Organisation, {}, {}});
        m_store.addActor({u"lavrov"_qs, u"Sergei Lavrov"_qs, ActorKind::Person, u"RUS"_qs, {}});
        m_store.addActor({u"cavusoglu"_qs, u"Mevlüt Çavuşoğlu"_qs, ActorKind::Person, u"TUR"_qs, {}});
        m_store.appendUnsorted(makeEvent(u"sochi"_qs, u"2020-12-29"_qs, {u"lavrov"_qs, u"cavusoglu"_qs}, u"diplomacy"_qs, 5, u"Lavrov and Çavuşoğlu meet in Sochi"_qs));
        m_store.appendUnsorted(makeEvent(u"caatsa"_qs, u"2020-12-14"_qs, {u"USA"_qs, u"TUR"_qs}, u"sanctions"_qs, -8, u"US imposes CAATSA sanctions"_qs));
        m_store.appendUnsorted(makeEvent(u"su24"_qs, u"2015-11-24"_qs, {u"TUR"_qs, u"RUS"_qs}, u"military"_qs, -10, u"Turkey shoots down Su-24"_qs));
        m_store.appendUnsorted(makeEvent(u"s400"_qs, u"2019-07"_qs, {u"RUS"_qs, u"TUR"_qs}, u"arms"_qs, 6, u"S-400 deliveries"_qs, u"2019-09"_qs));
        m_store.appendUnsorted(makeEvent(u"nato"_qs, u"2019"_qs, {u"NATO"_qs}, u"diplomacy"_qs, 0, u"NATO summit year"_qs));
        m_store.sortByStart();
    }

    void emptyFilterMatchesAllInDateOrder()
    {
        const auto result = runFilter(m_store, {});
        QCOMPARE(ids(m_store, result), (QStringList{u"su24"_qs, u"nato"_qs, u"s400"_qs, u"caatsa"_qs, u"sochi"_qs}));
    }

    void countryIncludesItsPeople()
    {
        EventFilter filter;
        filter.actorIds = {u"TUR"_qs};
        const auto result = runFilter(m_store, filter);
        QVERIFY(ids(m_store, result).contains(u"sochi"_qs));  // Çavuşoğlu belongs to Turkey
        QCOMPARE(result.rows.size(), size_t(4));
    }

    void allOfMeansBilateral()
    {
        EventFilter filter;
        filter.actorIds = {u"TUR"_qs, u"RUS"_qs};
        filter.actorMatch = EventFilter::ActorMatch::AllOf;
        QCOMPARE(ids(m_store, runFilter(m_store, filter)), (QStringList{u"su24"_qs, u"s400"_qs, u"sochi"_qs}));
        filter.actorMatch = EventFilter::ActorMatch::AnyOf;
        QCOMPARE(runFilter(m_store, filter).rows.size(), size_t(4));
    }

    void windowMatchesOverlappingEvents()
    {
        EventFilter filter;
        filter.fromDay = day("2019-08-15");
        filter.toDay = day("2019-08-20");
        // The S-400 deliveries run Jul–Sep 2019 and the NATO event covers all of 2019.
        QCOMPARE(ids(m_store, runFilter(m_store, filter)), (QStringList{u"nato"_qs, u"s400"_qs}));
        filter.fromDay = day("2020-12-29");
        filter.toDay = day("2020-12-29");
        QCOMPARE(ids(m_store, runFilter(m_store, filter)), (QStringList{u"sochi"_qs}));
    }

    void textIsCaseInsensitiveIncludingNonAscii()
    {
        EventFilter filter;
        filter.text = u"caatsa"_qs;
        QCOMPARE(ids(m_store, runFilter(m_store, filter)), (QStringList{u"caatsa"_qs}));
        filter.text = u"ÇAVUŞOĞLU"_qs;
        QCOMPARE(ids(m_store, runFilter(m_store, filter)), (QStringList{u"sochi"_qs}));
        filter.text = u"summary of turkey"_qs;
        QCOMPARE(ids(m_store, runFilter(m_store, filter)), (QStringList{u"su24"_qs}));
        filter.text = u"nothing like this"_qs;
        QVERIFY(runFilter(m_store, filter).rows.empty());
    }

    void toneAndCategory()
    {
        EventFilter filter;
        filter.maximumTone = -5;
        QCOMPARE(ids(m_store, runFilter(m_store, filter)), (QStringList{u"su24"_qs, u"caatsa"_qs}));
        filter = {};
        filter.categories = {u"diplomacy"_qs};
        QCOMPARE(ids(m_store, runFilter(m_store, filter)), (QStringList{u"nato"_qs, u"sochi"_qs}));
    }

    void actorCountsIgnoreTheActorCriterion()
    {
        EventFilter filter;
        filter.actorIds = {u"USA"_qs};
        const auto result = runFilter(m_store, filter);
        QCOMPARE(result.rows.size(), size_t(1));
        const auto count = [&](const char *id) { return result.eventsPerActor[*m_store.actorIndex(QString::fromLatin1(id))]; };
        QCOMPARE(count("TUR"), 4u);  // counted once per event, Çavuşoğlu's included
        QCOMPARE(count("RUS"), 3u);
        QCOMPARE(count("lavrov"), 1u);
        QCOMPARE(count("NATO"), 1u);
    }

    void jsonRoundTrip()
    {
        EventFilter filter;
        filter.actorIds = {u"TUR"_qs, u"RUS"_qs};
        filter.actorMatch = EventFilter::ActorMatch::AllOf;
        filter.categories = {u"arms"_qs};
        filter.fromDay = 2450000;
        filter.toDay = 2460000;
        filter.minimumTone = -3;
        filter.text = u"pipeline"_qs;
        QCOMPARE(EventFilter::fromJson(filter.toJson()), filter);
    }

    void agreesWithBruteForceOnSyntheticData_data()
    {
        QTest::addColumn<int>("events");
        QTest::addColumn<int>("rounds");
        QTest::newRow("one thread") << 20'000 << 40;
        QTest::newRow("split over threads") << 260'000 << 6;  // large scans are cut into slices
    }
    void agreesWithBruteForceOnSyntheticData()
    {
        QFETCH(int, events);
        QFETCH(int, rounds);
        const EventStore store = testing::generateSyntheticStore({events, 7});
        QRandomGenerator random(11);
        for (int round = 0; round < rounds; ++round) {
            EventFilter filter;
            const int actorCount = int(random.bounded(3));
            for (int i = 0; i < actorCount; ++i)
                filter.actorIds.append(store.actor(ActorIndex(random.bounded(int(store.actorCount())))).id);
            filter.actorMatch = random.bounded(2) ? EventFilter::ActorMatch::AllOf : EventFilter::ActorMatch::AnyOf;
            if (random.bounded(2)) {
                filter.fromDay = store.firstDay() + qint32(random.bounded(15000));
                filter.toDay = *filter.fromDay + qint32(random.bounded(2000));
            }
            if (random.bounded(3) == 0)
                filter.text = u"Pipe"_qs;
            if (random.bounded(3) == 0)
                filter.minimumTone = -2;

            std::vector<EventRow> expected;
            for (EventRow row = 0; row < EventRow(store.size()); ++row) {
                if (filter.fromDay && (store.lastDay(row) < *filter.fromDay || store.startDay(row) > *filter.toDay))
                    continue;
                if (store.tone(row) < filter.minimumTone)
                    continue;
                if (!filter.text.isEmpty() && !store.title(row).contains(filter.text, Qt::CaseInsensitive)
                    && !store.summary(row).contains(filter.text, Qt::CaseInsensitive)
                    && !(store.place(row) && store.place(row)->name.contains(filter.text, Qt::CaseInsensitive)))
                    continue;
                int satisfied = 0;
                for (const QString &id : std::as_const(filter.actorIds)) {
                    const ActorIndex wanted = *store.actorIndex(id);
                    bool found = false;
                    for (ActorIndex actor : store.participants(row))
                        found = found || actor == wanted || store.stateGroup(actor) == wanted;
                    satisfied += found;
                }
                const bool actorOk = filter.actorIds.isEmpty()
                    || (filter.actorMatch == EventFilter::ActorMatch::AllOf ? satisfied == filter.actorIds.size()
                                                                             : satisfied > 0);
                if (actorOk)
                    expected.push_back(row);
            }
            const FilterResult result = runFilter(store, filter);
            QCOMPARE(result.rows, expected);
            if (filter.actorIds.isEmpty()) {
                std::vector<quint32> counts(size_t(store.actorCount()), 0);
                for (EventRow row : expected) {
                    QSet<ActorIndex> counted;
                    for (ActorIndex actor : store.participants(row)) {
                        counted.insert(actor);
                        counted.insert(store.stateGroup(actor));
                    }
                    for (ActorIndex actor : counted)
                        ++counts[actor];
                }
                QCOMPARE(result.eventsPerActor, counts);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestEventFilter)
#include "tst_eventfilter.moc"
