#include "session/session.h"
#include "syntheticdata.h"
#include "trends/timeticks.h"
#include "trends/trendaggregation.h"

#include <QDate>
#include <QRandomGenerator>
#include <QTest>

#include <map>
#include <numeric>
#include <set>

using namespace dyad;

namespace {

qint32 day(int year, int month, int dayOfMonth)
{
    return qint32(QDate(year, month, dayOfMonth).toJulianDay());
}

Event makeEvent(const QString &id, const QString &start, const QStringList &actors, const QString &category, double tone)
{
    Event event;
    event.id = id;
    event.start = *Date::fromIsoString(start);
    for (const QString &actor : actors)
        event.participants.append({actor, ParticipantRole::Participant});
    event.category = category;
    event.tone = tone;
    event.title = id;
    return event;
}

std::vector<EventRow> allRows(const EventStore &store)
{
    std::vector<EventRow> rows(size_t(store.size()));
    std::iota(rows.begin(), rows.end(), EventRow(0));
    return rows;
}

std::set<ActorIndex> groupsOf(const EventStore &store, EventRow row)
{
    std::set<ActorIndex> groups;
    for (ActorIndex actor : store.participants(row))
        groups.insert(store.stateGroup(actor));
    return groups;
}

// The slow, obvious answer: every period against every row.
void compareWithBruteForce(const EventStore &store, const std::vector<EventRow> &rows, const PeriodAxis &axis,
                           const std::vector<Dyad> &dyads)
{
    const TrendAggregate fast = aggregateTrends(store, rows, axis, dyads);
    QCOMPARE(fast.axis, axis);
    QCOMPARE(fast.activity.totals.size(), size_t(axis.count()));
    QCOMPARE(fast.tones.size(), dyads.size());
    for (qsizetype period = 0; period < axis.count(); ++period) {
        std::vector<quint32> perCategory(size_t(store.categories().size()), 0);
        quint32 coarse = 0;
        std::vector<quint32> dyadCounts(dyads.size(), 0);
        std::vector<double> dyadSums(dyads.size(), 0);
        for (EventRow row : rows) {
            const qint32 start = store.startDay(row);
            if (start < axis.firstDay(period) || start > axis.lastDay(period))
                continue;
            ++perCategory[store.category(row)];
            coarse += isCoarserThan(store.startPrecision(row), axis.unit()) ? 1 : 0;
            const std::set<ActorIndex> groups = groupsOf(store, row);
            for (size_t d = 0; d < dyads.size(); ++d) {
                if (groups.count(dyads[d].first()) && groups.count(dyads[d].second())) {
                    ++dyadCounts[d];
                    dyadSums[d] += store.tone(row);
                }
            }
        }
        for (CategoryIndex category = 0; category < CategoryIndex(perCategory.size()); ++category)
            QCOMPARE(fast.activity.count(period, category), perCategory[category]);
        QCOMPARE(fast.activity.totals[size_t(period)], std::accumulate(perCategory.begin(), perCategory.end(), 0u));
        QCOMPARE(fast.activity.coarselyDated[size_t(period)], coarse);
        for (size_t d = 0; d < dyads.size(); ++d) {
            QCOMPARE(fast.tones[d].counts[size_t(period)], dyadCounts[d]);
            if (dyadCounts[d] == 0) {
                QVERIFY(!fast.tones[d].mean(period));
            } else {
                QVERIFY(fast.tones[d].mean(period));
                QVERIFY(qAbs(*fast.tones[d].mean(period) - dyadSums[d] / dyadCounts[d]) < 1e-9);
            }
        }
    }
}

} // namespace

class TestTrends : public QObject
{
    Q_OBJECT

private:
    EventStore m_store;

    ActorIndex actor(const char *id) const { return *m_store.actorIndex(QString::fromLatin1(id)); }

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
    }

    void monthBoundariesFollowTheCalendar()
    {
        const PeriodAxis axis(PeriodUnit::Month, {day(2016, 1, 15), day(2016, 3, 2)});
        QCOMPARE(axis.count(), 3);
        QCOMPARE(axis.firstDay(0), day(2016, 1, 1));
        QCOMPARE(axis.firstDay(1), day(2016, 2, 1));
        QCOMPARE(axis.lastDay(1), day(2016, 2, 29));  // leap year
        QCOMPARE(axis.lastDay(2), day(2016, 3, 31));
        QCOMPARE(PeriodAxis(PeriodUnit::Month, {day(1900, 2, 1), day(1900, 2, 1)}).lastDay(0), day(1900, 2, 28));
        QCOMPARE(PeriodAxis(PeriodUnit::Month, {day(2000, 2, 1), day(2000, 2, 1)}).lastDay(0), day(2000, 2, 29));
        QCOMPARE(axis.periodOf(day(2016, 2, 29)), 1);
        QCOMPARE(axis.periodOf(day(2016, 3, 1)), 2);
        QCOMPARE(axis.periodOf(day(2015, 12, 31)), -1);
        QCOMPARE(axis.periodOf(day(2016, 4, 1)), -1);
        QCOMPARE(axis.displayName(1), u"Feb 2016"_qs);
    }

    void weeksQuartersAndYears()
    {
        const PeriodAxis weeks(PeriodUnit::Week, {day(2020, 12, 30), day(2021, 1, 4)});
        QCOMPARE(weeks.count(), 2);
        QCOMPARE(weeks.firstDay(0), day(2020, 12, 28));  // a Monday
        QCOMPARE(QDate::fromJulianDay(weeks.firstDay(1)).dayOfWeek(), 1);
        QCOMPARE(weeks.lastDay(1), day(2021, 1, 10));

        const PeriodAxis quarters(PeriodUnit::Quarter, {day(2019, 2, 10), day(2019, 7, 1)});
        QCOMPARE(quarters.count(), 3);
        QCOMPARE(quarters.firstDay(1), day(2019, 4, 1));
        QCOMPARE(quarters.lastDay(2), day(2019, 9, 30));
        QCOMPARE(quarters.displayName(2), u"Q3 2019"_qs);

        // Across the start of the era: 1 BCE is followed by 1 CE, and 1 BCE is a leap year.
        const PeriodAxis years(PeriodUnit::Year, {day(-2, 6, 1), day(1, 6, 1)});
        QCOMPARE(years.count(), 3);
        QCOMPARE(years.firstDay(1), day(-1, 1, 1));
        QCOMPARE(years.firstDay(2), day(1, 1, 1));
        QCOMPARE(years.lastDay(1) - years.firstDay(1) + 1, 366);
        QCOMPARE(years.displayName(1), yearDisplayString(-1));
    }

    void unitFollowsTheWindowLength()
    {
        QCOMPARE(periodUnitForSpan(90), PeriodUnit::Week);
        QCOMPARE(periodUnitForSpan(7 * 366), PeriodUnit::Month);
        QCOMPARE(periodUnitForSpan(40 * 366), PeriodUnit::Year);
    }

    void coarseDatesCountInThePeriodOfTheirStart()
    {
        m_store.appendUnsorted(makeEvent(u"july"_qs, u"2019-07"_qs, {u"TUR"_qs, u"RUS"_qs}, u"diplomacy"_qs, 4));
        m_store.appendUnsorted(makeEvent(u"year"_qs, u"2019"_qs, {u"TUR"_qs, u"RUS"_qs}, u"military"_qs, -6));
        m_store.appendUnsorted(makeEvent(u"day"_qs, u"2019-07-20"_qs, {u"TUR"_qs, u"USA"_qs}, u"diplomacy"_qs, 2));
        m_store.sortByStart();
        const std::vector<EventRow> rows = allRows(m_store);

        const PeriodAxis months(PeriodUnit::Month, {day(2019, 1, 1), day(2019, 12, 31)});
        const TrendAggregate monthly = aggregateTrends(m_store, rows, months, {});
        QCOMPARE(monthly.activity.totals[0], 1u);  // the year-precision event, in January
        QCOMPARE(monthly.activity.coarselyDated[0], 1u);
        QCOMPARE(monthly.activity.totals[6], 2u);  // July: the month-precision and the day event
        QCOMPARE(monthly.activity.coarselyDated[6], 0u);
        QCOMPARE(std::accumulate(monthly.activity.totals.begin(), monthly.activity.totals.end(), 0u), 3u);

        const PeriodAxis weeks(PeriodUnit::Week, {day(2019, 7, 1), day(2019, 7, 31)});
        const TrendAggregate weekly = aggregateTrends(m_store, rows, weeks, {});
        QCOMPARE(weekly.activity.totals[0], 1u);  // 1 July 2019 was a Monday
        QCOMPARE(weekly.activity.coarselyDated[0], 1u);

        const TrendAggregate yearly = aggregateTrends(m_store, rows, PeriodAxis(PeriodUnit::Year, {day(2019, 1, 1), day(2019, 1, 1)}), {});
        QCOMPARE(yearly.activity.totals[0], 3u);
        QCOMPARE(yearly.activity.coarselyDated[0], 0u);
    }

    void emptyPeriodsAreZerosAndGaps()
    {
        m_store.appendUnsorted(makeEvent(u"a"_qs, u"2018-01-10"_qs, {u"TUR"_qs, u"RUS"_qs}, u"diplomacy"_qs, 5));
        m_store.appendUnsorted(makeEvent(u"b"_qs, u"2018-04-10"_qs, {u"TUR"_qs, u"RUS"_qs}, u"diplomacy"_qs, -3));
        m_store.sortByStart();
        const std::vector<Dyad> dyads = {Dyad(actor("TUR"), actor("RUS"))};
        const TrendAggregate result = aggregateTrends(m_store, allRows(m_store), PeriodAxis(PeriodUnit::Month, {day(2018, 1, 1), day(2018, 5, 31)}), dyads);
        QCOMPARE(result.activity.totals, (std::vector<quint32>{1, 0, 0, 1, 0}));
        QCOMPARE(result.tones[0].mean(0), std::optional<double>(5));
        QVERIFY(!result.tones[0].mean(1));
        QVERIFY(!result.tones[0].mean(2));
        QCOMPARE(result.tones[0].mean(3), std::optional<double>(-3));
        QVERIFY(!result.tones[0].mean(4));
    }

    void dyadsAreSymmetricAndFoldPeopleIntoTheirState()
    {
        m_store.appendUnsorted(makeEvent(u"sochi"_qs, u"2020-12-29"_qs, {u"lavrov"_qs, u"cavusoglu"_qs}, u"diplomacy"_qs, 5));
        m_store.appendUnsorted(makeEvent(u"s400"_qs, u"2020-12-14"_qs, {u"USA"_qs, u"TUR"_qs}, u"sanctions"_qs, -7));
        m_store.appendUnsorted(makeEvent(u"trio"_qs, u"2020-12-01"_qs, {u"RUS"_qs, u"TUR"_qs, u"USA"_qs}, u"conflict"_qs, -2));
        m_store.appendUnsorted(makeEvent(u"alone"_qs, u"2020-12-02"_qs, {u"cavusoglu"_qs, u"TUR"_qs}, u"diplomacy"_qs, 1));
        m_store.sortByStart();
        QCOMPARE(Dyad(actor("TUR"), actor("RUS")), Dyad(actor("RUS"), actor("TUR")));

        const PeriodAxis axis(PeriodUnit::Month, {day(2020, 12, 1), day(2020, 12, 31)});
        const std::vector<Dyad> forward = {Dyad(actor("TUR"), actor("RUS")), Dyad(actor("TUR"), actor("USA"))};
        const std::vector<Dyad> backward = {Dyad(actor("RUS"), actor("TUR")), Dyad(actor("USA"), actor("TUR"))};
        const TrendAggregate a = aggregateTrends(m_store, allRows(m_store), axis, forward);
        const TrendAggregate b = aggregateTrends(m_store, allRows(m_store), axis, backward);
        QCOMPARE(a.tones[0].counts, b.tones[0].counts);
        QCOMPARE(a.tones[0].toneSums, b.tones[0].toneSums);
        QCOMPARE(a.tones[0].counts[0], 2u);  // Sochi (two ministers) and the three-way event
        QCOMPARE(*a.tones[0].mean(0), 1.5);
        QCOMPARE(a.tones[1].counts[0], 2u);
        QCOMPARE(*a.tones[1].mean(0), -4.5);

        const std::vector<DyadCount> ranked = rankDyads(m_store, allRows(m_store), 10);
        QCOMPARE(ranked.size(), size_t(3));
        QCOMPARE(ranked[0].events, 2u);
        QCOMPARE(ranked[2].dyad, Dyad(actor("RUS"), actor("USA")));
        QCOMPARE(ranked[2].events, 1u);
        QCOMPARE(dyadDisplayName(m_store, forward[0]), u"Turkey – Russia"_qs);
        const std::vector<EventRow> rows = allRows(m_store);
        const auto involving = std::count_if(rows.begin(), rows.end(), [&](EventRow row) { return involves(m_store, row, backward[0]); });
        QCOMPARE(involving, 2);
    }

    void defaultDyadsPreferStates()
    {
        for (int i = 0; i < 5; ++i)
            m_store.appendUnsorted(makeEvent(u"nato%1"_qs.arg(i), u"2019-01-0%1"_qs.arg(i + 1), {u"TUR"_qs, u"NATO"_qs}, u"military"_qs, 1));
        m_store.appendUnsorted(makeEvent(u"r"_qs, u"2019-02-01"_qs, {u"TUR"_qs, u"RUS"_qs}, u"energy"_qs, 3));
        m_store.appendUnsorted(makeEvent(u"u"_qs, u"2019-02-02"_qs, {u"TUR"_qs, u"USA"_qs}, u"arms"_qs, -3));
        m_store.appendUnsorted(makeEvent(u"u2"_qs, u"2019-02-03"_qs, {u"TUR"_qs, u"USA"_qs}, u"arms"_qs, -4));
        m_store.sortByStart();
        const std::vector<Dyad> chosen = defaultDyads(m_store, allRows(m_store), 2);
        QCOMPARE(chosen, (std::vector<Dyad>{Dyad(actor("TUR"), actor("USA")), Dyad(actor("TUR"), actor("RUS"))}));
        // With only one state pair, the most frequent other pair fills the second place.
        const std::vector<Dyad> three = defaultDyads(m_store, allRows(m_store), 3);
        QCOMPARE(three.back(), Dyad(actor("TUR"), actor("NATO")));
    }

    void aggregationMatchesBruteForce_data()
    {
        QTest::addColumn<int>("unit");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("week") << int(PeriodUnit::Week) << 7u;
        QTest::newRow("month") << int(PeriodUnit::Month) << 11u;
        QTest::newRow("quarter") << int(PeriodUnit::Quarter) << 13u;
        QTest::newRow("year") << int(PeriodUnit::Year) << 17u;
    }

    void aggregationMatchesBruteForce()
    {
        QFETCH(int, unit);
        QFETCH(quint32, seed);
        const EventStore store = testing::generateSyntheticStore({4000, seed});
        QRandomGenerator random(seed);
        // Every third row: a sorted subset, like a filter result.
        std::vector<EventRow> rows;
        for (EventRow row = 0; row < EventRow(store.size()); row += 1 + random.bounded(3))
            rows.push_back(row);
        const std::vector<Dyad> dyads = defaultDyads(store, rows, 3);
        QCOMPARE(dyads.size(), size_t(3));
        const qint32 span = unit == int(PeriodUnit::Week) ? 400 : unit == int(PeriodUnit::Month) ? 3000 : 12000;
        for (int trial = 0; trial < 3; ++trial) {
            const qint32 first = store.firstDay() + qint32(random.bounded(store.lastDayOfAll() - store.firstDay() - span));
            compareWithBruteForce(store, rows, PeriodAxis(PeriodUnit(unit), {first, first + span}), dyads);
        }
        // The whole extent, and a window with nothing in it.
        compareWithBruteForce(store, rows, PeriodAxis(PeriodUnit(unit), {store.firstDay(), store.lastDayOfAll()}), dyads);
        compareWithBruteForce(store, rows, PeriodAxis(PeriodUnit(unit), {day(1700, 1, 1), day(1701, 12, 31)}), dyads);
    }

    void moreDyadsThanOnePassHolds()
    {
        const EventStore store = testing::generateSyntheticStore({2000, 5});
        const std::vector<EventRow> rows = allRows(store);
        std::vector<Dyad> dyads;
        for (const DyadCount &ranked : rankDyads(store, rows, 40))
            dyads.push_back(ranked.dyad);
        QCOMPARE(dyads.size(), size_t(40));
        compareWithBruteForce(store, rows, PeriodAxis(PeriodUnit::Year, {store.firstDay(), store.lastDayOfAll()}), dyads);
    }

    void rankingsMatchBruteForce()
    {
        const EventStore store = testing::generateSyntheticStore({3000, 3});
        const std::vector<EventRow> rows = allRows(store);
        std::map<std::pair<ActorIndex, ActorIndex>, quint32> pairs;
        std::map<ActorIndex, quint32> actors;
        for (EventRow row : rows) {
            const std::set<ActorIndex> groups = groupsOf(store, row);
            for (auto a = groups.begin(); a != groups.end(); ++a) {
                ++actors[*a];
                for (auto b = std::next(a); b != groups.end(); ++b)
                    ++pairs[{*a, *b}];
            }
        }
        const std::vector<DyadCount> ranked = rankDyads(store, rows, 1000);
        QCOMPARE(ranked.size(), pairs.size());
        for (size_t i = 0; i < ranked.size(); ++i) {
            QCOMPARE(ranked[i].events, (pairs[{ranked[i].dyad.first(), ranked[i].dyad.second()}]));
            if (i > 0)
                QVERIFY(ranked[i - 1].events >= ranked[i].events);
        }
        const ActorIndex turkey = *store.actorIndex(u"TUR"_qs);
        const std::vector<ActorIndex> excluded = {turkey};
        const std::vector<ActorCount> top = rankActors(store, rows, 5, excluded);
        QCOMPARE(top.size(), size_t(5));
        quint32 bestOther = 0;
        for (const auto &[group, events] : actors) {
            if (group != turkey)
                bestOther = std::max(bestOther, events);
        }
        QCOMPARE(top[0].events, bestOther);
        for (const ActorCount &entry : top) {
            QVERIFY(entry.actor != turkey);
            QCOMPARE(entry.events, actors[entry.actor]);
        }
    }

    void centredMeansWeighByEvents()
    {
        const EventStore store = testing::generateSyntheticStore({3000, 21});
        const std::vector<EventRow> rows = allRows(store);
        const std::vector<Dyad> dyads = defaultDyads(store, rows, 2);
        const TrendAggregate result = aggregateTrends(store, rows, PeriodAxis(PeriodUnit::Month, {day(2010, 1, 1), day(2014, 12, 31)}), dyads);
        for (const ToneSeries &series : result.tones) {
            for (const qsizetype radius : {0, 1, 3}) {
                const std::vector<std::optional<double>> means = centredMeans(series, radius);
                QCOMPARE(qsizetype(means.size()), result.axis.count());
                for (qsizetype p = 0; p < result.axis.count(); ++p) {
                    quint32 count = 0;
                    double sum = 0;
                    for (qsizetype q = std::max<qsizetype>(0, p - radius); q <= std::min(result.axis.count() - 1, p + radius); ++q) {
                        count += series.counts[size_t(q)];
                        sum += series.toneSums[size_t(q)];
                    }
                    QCOMPARE(means[size_t(p)].has_value(), count > 0);
                    if (count > 0)
                        QVERIFY(qAbs(*means[size_t(p)] - sum / count) < 1e-9);
                    if (radius == 0)
                        QCOMPARE(means[size_t(p)], series.mean(p));
                }
            }
        }
    }

    void rowsStartingInIsAWindow()
    {
        const EventStore store = testing::generateSyntheticStore({1000, 9});
        const std::vector<EventRow> rows = allRows(store);
        const qint32 first = day(2000, 1, 1);
        const qint32 last = day(2004, 12, 31);
        const std::span<const EventRow> inside = rowsStartingIn(store, rows, first, last);
        const auto expected = std::count_if(rows.begin(), rows.end(), [&](EventRow row) {
            return store.startDay(row) >= first && store.startDay(row) <= last;
        });
        QCOMPARE(qsizetype(inside.size()), qsizetype(expected));
        QVERIFY(store.startDay(inside.front()) >= first);
        QVERIFY(store.startDay(inside.back()) <= last);
    }

    void timeTicksAreRoundAndFew()
    {
        const std::vector<TimeTick> years = timeTicks({day(2014, 11, 1), day(2021, 12, 31)}, 10);
        QCOMPARE(years.size(), size_t(7));
        QCOMPARE(years.front().day, day(2015, 1, 1));
        QCOMPARE(years.front().label, u"2015"_qs);
        QCOMPARE(years.back().label, u"2021"_qs);

        const std::vector<TimeTick> months = timeTicks({day(2019, 11, 15), day(2020, 6, 30)}, 12);
        QCOMPARE(months.front().day, day(2019, 12, 1));
        QCOMPARE(months.front().label, u"Dec"_qs);
        QCOMPARE(months[1].label, u"2020"_qs);
        QVERIFY(months[1].major);

        const std::vector<TimeTick> decades = timeTicks({day(1850, 1, 1), day(2025, 1, 1)}, 10);
        QVERIFY(decades.size() <= 10);
        for (const TimeTick &tick : decades)
            QCOMPARE(QDate::fromJulianDay(tick.day).year() % 20, 0);

        const std::vector<TimeTick> ancient = timeTicks({day(-120, 1, 1), day(30, 1, 1)}, 8);
        QVERIFY(!ancient.empty());
        QVERIFY(ancient.size() <= 8);
        QVERIFY(std::any_of(ancient.begin(), ancient.end(), [](const TimeTick &t) { return t.label.contains(u"BCE"); }));
    }

    void bundledDatasetDefaultsToTurkishDyads()
    {
        Session session;
        if (session.loadBundledDataset().isError() || session.store().isEmpty())
            QSKIP("the bundled dataset is not in place yet");
        const std::vector<Dyad> dyads = defaultDyads(session.store(), session.filteredRows(), 2);
        QCOMPARE(dyads.size(), size_t(2));
        const ActorIndex turkey = *session.store().actorIndex(u"TUR"_qs);
        for (const Dyad &dyad : dyads)
            QVERIFY(dyad.first() == turkey || dyad.second() == turkey);
        const PeriodAxis axis(PeriodUnit::Month, session.dataExtent());
        compareWithBruteForce(session.store(), session.filteredRows(), axis, dyads);
    }
};

QTEST_GUILESS_MAIN(TestTrends)
#include "tst_trends.moc"
