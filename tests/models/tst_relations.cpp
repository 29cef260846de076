#include "aggregate/relations.h"
#include "core/eventfilter.h"
#include "syntheticdata.h"

#include <QRandomGenerator>
#include <QTest>

#include <map>
#include <numeric>
#include <set>

using namespace dyad;

namespace {

Event makeEvent(const QString &id, const QString &start, const QStringList &actors, double tone,
                const QString &end = {})
{
    Event event;
    event.id = id;
    event.start = *Date::fromIsoString(start);
    if (!end.isEmpty())
        event.end = *Date::fromIsoString(end);
    for (const QString &actor : actors)
        event.participants.append({actor, ParticipantRole::Participant});
    event.category = u"diplomacy"_qs;
    event.tone = tone;
    event.title = id;
    return event;
}

qint32 day(const char *iso)
{
    return Date::fromIsoString(QString::fromLatin1(iso))->firstDay();
}

// The obvious computation: every row, every pair, ordered maps; no binary search, no hashing.
struct Expected
{
    std::map<std::pair<ActorIndex, ActorIndex>, Relation> relations;
    std::map<ActorIndex, ActorActivity> activity;
    quint32 eventCount = 0;
};

Expected bruteForce(const EventStore &store, const std::vector<EventRow> &rows, qint32 fromDay, qint32 toDay,
                    RelationGrouping grouping)
{
    Expected expected;
    std::map<std::pair<ActorIndex, ActorIndex>, std::vector<EventRow>> rowsOfPair;
    std::map<std::pair<ActorIndex, ActorIndex>, double> toneSums;
    std::map<ActorIndex, double> actorToneSums;
    for (EventRow row : rows) {
        if (store.startDay(row) > toDay || store.lastDay(row) < fromDay)
            continue;
        ++expected.eventCount;
        std::set<ActorIndex> members;
        for (ActorIndex actor : store.participants(row))
            members.insert(grouping == RelationGrouping::ByState ? store.stateGroup(actor) : actor);
        for (ActorIndex member : members) {
            ActorActivity &activity = expected.activity[member];
            activity.actor = member;
            ++activity.count;
            actorToneSums[member] += store.tone(row);
        }
        for (auto a = members.begin(); a != members.end(); ++a) {
            for (auto b = std::next(a); b != members.end(); ++b) {
                rowsOfPair[{*a, *b}].push_back(row);
                toneSums[{*a, *b}] += store.tone(row);
            }
        }
    }
    for (auto &[pair, pairRows] : rowsOfPair) {
        Relation relation{pair.first, pair.second};
        relation.count = quint32(pairRows.size());
        relation.meanTone = toneSums[pair] / relation.count;
        std::sort(pairRows.begin(), pairRows.end(), std::greater<>());
        relation.latestCount = quint8(std::min<size_t>(3, pairRows.size()));
        for (size_t i = 0; i < relation.latestCount; ++i)
            relation.latest[i] = pairRows[i];
        expected.relations[pair] = relation;
    }
    for (auto &[actor, activity] : expected.activity)
        activity.meanTone = actorToneSums[actor] / activity.count;
    return expected;
}

void compare(const RelationSummary &summary, const Expected &expected)
{
    QCOMPARE(summary.eventCount, expected.eventCount);
    QCOMPARE(summary.relations.size(), expected.relations.size());
    for (size_t i = 0; i < summary.relations.size(); ++i) {
        const Relation &relation = summary.relations[i];
        QVERIFY(relation.a < relation.b);
        if (i > 0) {
            const Relation &previous = summary.relations[i - 1];
            QVERIFY(previous.count > relation.count
                    || (previous.count == relation.count && std::pair(previous.a, previous.b) < std::pair(relation.a, relation.b)));
        }
        const auto found = expected.relations.find({relation.a, relation.b});
        QVERIFY(found != expected.relations.end());
        const Relation &want = found->second;
        QCOMPARE(relation.count, want.count);
        QVERIFY(std::abs(relation.meanTone - want.meanTone) < 1e-9);
        QCOMPARE(relation.latestCount, want.latestCount);
        for (size_t k = 0; k < 3; ++k)
            QCOMPARE(relation.latest[k], k < want.latestCount ? want.latest[k] : noRow);
    }
    QCOMPARE(summary.activity.size(), expected.activity.size());
    auto want = expected.activity.begin();
    for (const ActorActivity &activity : summary.activity) {
        QCOMPARE(activity.actor, want->second.actor);
        QCOMPARE(activity.count, want->second.count);
        QVERIFY(std::abs(activity.meanTone - want->second.meanTone) < 1e-9);
        ++want;
    }
}

std::vector<EventRow> allRows(const EventStore &store)
{
    std::vector<EventRow> rows(size_t(store.size()));
    std::iota(rows.begin(), rows.end(), EventRow(0));
    return rows;
}

// Small and messy: people of the same state, repeated participants, one-actor events, ranges
// and coarse dates, so folding and de-duplication are exercised.
EventStore randomStore(quint32 seed, int events)
{
    QRandomGenerator random(seed);
    EventStore store;
    QStringList ids;
    for (int i = 0; i < 10; ++i) {
        ids.append(u"S" + QString::number(i));
        store.addActor({ids.last(), ids.last(), ActorKind::State, {}, {}});
    }
    for (int i = 0; i < 15; ++i) {
        ids.append(u"p" + QString::number(i));
        store.addActor({ids.last(), ids.last(), ActorKind::Person, u"S" + QString::number(random.bounded(10)), {}});
    }
    for (int i = 0; i < 5; ++i) {
        ids.append(u"org" + QString::number(i));
        store.addActor({ids.last(), ids.last(), ActorKind::Organisation, {}, {}});
    }
    const qint32 first = day("2000-01-01");
    for (int i = 0; i < events; ++i) {
        const qint32 start = first + qint32(random.bounded(3650));
        const DatePrecision precision = random.bounded(10) == 0 ? DatePrecision::Month : DatePrecision::Day;
        Event event = makeEvent(u"e" + QString::number(i), u"2000-01-01"_qs, {}, random.bounded(-100, 101) / 10.0);
        event.start = Date::fromJulianDay(start, precision);
        if (random.bounded(8) == 0)
            event.end = Date::fromJulianDay(start + qint32(random.bounded(1, 700)), DatePrecision::Day);
        const int participants = int(random.bounded(1, 6));
        for (int p = 0; p < participants; ++p)
            event.participants.append({ids.at(random.bounded(int(ids.size()))), ParticipantRole::Participant});
        store.appendUnsorted(event);
    }
    store.sortByStart();
    return store;
}

} // namespace

class TestRelations : public QObject
{
    Q_OBJECT

private:
    EventStore m_store;

    ActorIndex index(const char *id) const { return *m_store.actorIndex(QString::fromLatin1(id)); }
    EventRow row(const char *id) const { return m_store.rowOfKey(*m_store.keyOfId(QString::fromLatin1(id))); }

    const Relation *find(const RelationSummary &summary, const char *a, const char *b) const
    {
        const ActorIndex x = std::min(index(a), index(b));
        const ActorIndex y = std::max(index(a), index(b));
        for (const Relation &relation : summary.relations) {
            if (relation.a == x && relation.b == y)
                return &relation;
        }
        return nullptr;
    }

    quint32 activity(const RelationSummary &summary, const char *actor) const
    {
        for (const ActorActivity &entry : summary.activity) {
            if (entry.actor == index(actor))
                return entry.count;
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *state : {"TUR", "RUS", "USA", "SYR"})
            m_store.addActor({QString::fromLatin1(state), QString::fromLatin1(state), ActorKind::State, {}, {}});
        m_store.addActor({u"lavrov"_qs, u"Sergei Lavrov"_qs, ActorKind::Person, u"RUS"_qs, {}});
        m_store.addActor({u"putin"_qs, u"Vladimir Putin"_qs, ActorKind::Person, u"RUS"_qs, {}});
        m_store.addActor({u"cavusoglu"_qs, u"Mevlüt Çavuşoğlu"_qs, ActorKind::Person, u"TUR"_qs, {}});
        const auto add = [&](const char *id, const char *start, QStringList actors, double tone, const char *end = "") {
            m_store.appendUnsorted(makeEvent(QString::fromLatin1(id), QString::fromLatin1(start), actors, tone,
                                             QString::fromLatin1(end)));
        };
        add("astana", "2020-01-10", {u"TUR"_qs, u"RUS"_qs, u"SYR"_qs}, 4);
        add("ministers", "2020-02-01", {u"lavrov"_qs, u"cavusoglu"_qs}, 6);
        add("kremlin", "2020-03-01", {u"putin"_qs, u"lavrov"_qs}, 2);
        add("dispute", "2019-12-20", {u"USA"_qs, u"TUR"_qs}, -6, "2020-01-05");  // overlaps the window's start
        add("before", "2019-06-01", {u"USA"_qs, u"RUS"_qs}, -8);
        add("june", "2020-06", {u"TUR"_qs, u"RUS"_qs}, 0);                       // month precision
        add("yearend", "2020-12-31", {u"TUR"_qs, u"RUS"_qs, u"lavrov"_qs}, -2);
        add("after", "2021-01-01", {u"TUR"_qs, u"RUS"_qs}, 9);
        add("alone", "2020-05-05", {u"TUR"_qs}, 1);
        m_store.sortByStart();
    }

    void foldsPeopleIntoTheirStates()
    {
        const RelationSummary summary = aggregateRelations(m_store, allRows(m_store), day("2020-01-01"),
                                                           day("2020-12-31"), RelationGrouping::ByState);
        QCOMPARE(summary.eventCount, 7u);  // not "before" nor "after"
        QCOMPARE(summary.relations.size(), size_t(4));

        const Relation *turRus = find(summary, "TUR", "RUS");
        QVERIFY(turRus);
        QCOMPARE(turRus, &summary.relations.front());  // most events first
        QCOMPARE(turRus->count, 4u);                  // astana, ministers, june, yearend (Lavrov folded in once)
        QCOMPARE(turRus->meanTone, (4.0 + 6.0 + 0.0 - 2.0) / 4);
        QCOMPARE(turRus->latestCount, quint8(3));
        QCOMPARE(turRus->latest, (std::array<EventRow, 3>{row("yearend"), row("june"), row("ministers")}));
        QCOMPARE(turRus->latestRows().size(), size_t(3));

        QCOMPARE(find(summary, "TUR", "SYR")->count, 1u);
        QCOMPARE(find(summary, "RUS", "SYR")->count, 1u);
        const Relation *turUsa = find(summary, "TUR", "USA");
        QVERIFY(turUsa);
        QCOMPARE(turUsa->meanTone, -6.0);
        QCOMPARE(turUsa->latestCount, quint8(1));
        QCOMPARE(turUsa->latest, (std::array<EventRow, 3>{row("dispute"), noRow, noRow}));
        QVERIFY(!find(summary, "RUS", "USA"));  // "before" lies outside the window

        QCOMPARE(activity(summary, "TUR"), 6u);  // astana, ministers, dispute, june, yearend, alone
        QCOMPARE(activity(summary, "RUS"), 5u);  // astana, ministers, kremlin, june, yearend
        QCOMPARE(activity(summary, "lavrov"), 0u);
        QCOMPARE(summary.activity.size(), size_t(4));
    }

    void keepsPeopleApartByActor()
    {
        const RelationSummary summary = aggregateRelations(m_store, day("2020-01-01"), day("2020-12-31"),
                                                           RelationGrouping::ByActor);
        QCOMPARE(summary.eventCount, 7u);
        QCOMPARE(find(summary, "TUR", "RUS")->count, 3u);  // astana, june, yearend
        QCOMPARE(find(summary, "lavrov", "cavusoglu")->count, 1u);
        QCOMPARE(find(summary, "putin", "lavrov")->count, 1u);
        QCOMPARE(find(summary, "TUR", "lavrov")->count, 1u);
        QCOMPARE(find(summary, "RUS", "lavrov")->count, 1u);
        QCOMPARE(summary.relations.size(), size_t(8));
        QCOMPARE(activity(summary, "lavrov"), 3u);
        QCOMPARE(activity(summary, "putin"), 1u);
    }

    void countsEventsOverlappingTheWindow()
    {
        // The month-precision June event covers the whole month: a window on its last day finds it.
        const RelationSummary june = aggregateRelations(m_store, day("2020-06-30"), day("2020-06-30"), RelationGrouping::ByState);
        QCOMPARE(june.eventCount, 1u);
        QCOMPARE(june.relations.front().latest[0], row("june"));

        const RelationSummary newYear = aggregateRelations(m_store, day("2020-01-03"), day("2020-01-03"), RelationGrouping::ByState);
        QCOMPARE(newYear.eventCount, 1u);  // the dispute, started in 2019
        QVERIFY(find(newYear, "TUR", "USA"));

        const RelationSummary inverted = aggregateRelations(m_store, day("2020-12-31"), day("2020-01-01"), RelationGrouping::ByState);
        QCOMPARE(inverted.eventCount, 0u);
        QVERIFY(inverted.relations.empty());
        QVERIFY(inverted.activity.empty());

        const RelationSummary empty = aggregateRelations(EventStore(), 0, 1'000'000'000, RelationGrouping::ByActor);
        QCOMPARE(empty.eventCount, 0u);
    }

    void aggregatesOnlyTheFilteredRows()
    {
        EventFilter filter;
        filter.actorIds = {u"SYR"_qs};
        const FilterResult result = runFilter(m_store, filter);
        const RelationSummary summary = aggregateRelations(m_store, result.rows, day("2015-01-01"), day("2025-01-01"),
                                                           RelationGrouping::ByState);
        QCOMPARE(summary.eventCount, 1u);
        QCOMPARE(summary.relations.size(), size_t(3));
        QVERIFY(!find(summary, "TUR", "USA"));
    }

    void matchesBruteForceOnARandomStore_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::newRow("seed 1") << 1u;
        QTest::newRow("seed 2") << 2u;
        QTest::newRow("seed 20201229") << 20201229u;
    }

    void matchesBruteForceOnARandomStore()
    {
        QFETCH(quint32, seed);
        const EventStore store = randomStore(seed, 4000);
        const std::vector<EventRow> rows = allRows(store);
        QRandomGenerator random(seed);
        const qint32 first = day("1999-06-01");
        for (int round = 0; round < 40; ++round) {
            const qint32 from = first + qint32(random.bounded(4500));
            const qint32 to = from + qint32(random.bounded(-5, 900));
            EventFilter filter;
            if (round % 2)
                filter.actorIds = {u"S" + QString::number(random.bounded(10))};
            const std::vector<EventRow> filtered = round % 2 ? runFilter(store, filter).rows : rows;
            for (RelationGrouping grouping : {RelationGrouping::ByActor, RelationGrouping::ByState}) {
                const RelationSummary summary = aggregateRelations(store, filtered, from, to, grouping);
                compare(summary, bruteForce(store, filtered, from, to, grouping));
                if (QTest::currentTestFailed())
                    return;
                if (!(round % 2)) {
                    const RelationSummary unfiltered = aggregateRelations(store, from, to, grouping);
                    compare(unfiltered, bruteForce(store, rows, from, to, grouping));
                }
            }
        }
    }

    void matchesBruteForceOnSyntheticData()
    {
        const EventStore store = testing::generateSyntheticStore({30'000, 7});
        EventFilter filter;
        filter.actorIds = {u"TUR"_qs};
        filter.categories = {u"diplomacy"_qs, u"military"_qs, u"energy"_qs};
        const std::vector<EventRow> filtered = runFilter(store, filter).rows;
        for (const auto &[from, to] : {std::pair(day("2019-01-01"), day("2019-12-31")),
                                       std::pair(day("1970-01-01"), day("2030-01-01"))}) {
            for (RelationGrouping grouping : {RelationGrouping::ByActor, RelationGrouping::ByState}) {
                compare(aggregateRelations(store, filtered, from, to, grouping), bruteForce(store, filtered, from, to, grouping));
                compare(aggregateRelations(store, from, to, grouping), bruteForce(store, allRows(store), from, to, grouping));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRelations)
#include "tst_relations.moc"
