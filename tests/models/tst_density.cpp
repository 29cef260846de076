// Density aggregation and the tone trend must equal a brute-force count over the events.
#include "syntheticdata.h"
#include "timeline/density.h"
#include "timeline/lanes.h"

#include <QDate>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace dyad;

namespace {

std::vector<EventRow> allRows(const EventStore &store)
{
    std::vector<EventRow> rows(size_t(store.size()));
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i] = EventRow(i);
    return rows;
}

// The lane's events, found without the lane: every row whose participants' states include
// the lane's actor (actor mode).
std::vector<EventRow> bruteForceActorLane(const EventStore &store, const QString &actorId)
{
    const ActorIndex wanted = *store.actorIndex(actorId);
    std::vector<EventRow> rows;
    for (EventRow row = 0; row < EventRow(store.size()); ++row) {
        for (ActorIndex actor : store.participants(row)) {
            if (store.stateGroup(actor) == wanted) {
                rows.push_back(row);
                break;
            }
        }
    }
    return rows;
}

std::vector<float> bruteForceBins(const EventStore &store, const std::vector<EventRow> &rows, double begin,
                                  double binDays, size_t bins)
{
    std::vector<float> counts(bins, 0.0f);
    for (EventRow row : rows) {
        const double start = store.startDay(row);
        for (size_t i = 0; i < bins; ++i) {
            if (start >= binEdge(begin, binDays, qsizetype(i)) && start < binEdge(begin, binDays, qsizetype(i) + 1))
                counts[i] += 1;
        }
    }
    return counts;
}

// Events spread over three thousand years, so the day buckets are wider than a day.
EventStore longStore()
{
    EventStore store;
    store.addActor({u"A"_qs, u"A"_qs, ActorKind::State, {}, std::nullopt});
    store.addActor({u"B"_qs, u"B"_qs, ActorKind::State, {}, std::nullopt});
    QRandomGenerator random(7);
    const qint32 first = qint32(QDate(-1000, 1, 1).toJulianDay());
    const qint32 last = qint32(QDate(2000, 1, 1).toJulianDay());
    for (int i = 0; i < 3000; ++i) {
        Event event;
        event.id = QString::number(i);
        event.start = Date::fromJulianDay(first + qint32(random.bounded(last - first)));
        event.tone = random.bounded(21) - 10;
        event.category = u"c"_qs;
        event.participants = {{u"A"_qs, ParticipantRole::Initiator}};
        if (i % 3 == 0)
            event.participants.append({u"B"_qs, ParticipantRole::Target});
        store.appendUnsorted(event);
    }
    store.sortByStart();
    return store;
}

} // namespace

class TestDensity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_store = testing::generateSyntheticStore({20000, 42});
        m_rows = allRows(m_store);
        m_actorLanes = TimelineLanes::build(m_store, m_rows, LaneMode::Actor);
        m_dyadLanes = TimelineLanes::build(m_store, m_rows, LaneMode::Dyad);
    }

    void lanesMatchBruteForce()
    {
        for (const QString &id : {u"TUR"_qs, u"SYR"_qs, u"NATO"_qs}) {
            const qsizetype index = m_actorLanes.indexOfId(id);
            QVERIFY(index >= 0);
            std::vector<EventRow> rows;
            m_actorLanes.lane(index).collectOverlapping(m_store, -1'000'000'000, 1'000'000'000, rows);
            QCOMPARE(rows, bruteForceActorLane(m_store, id));
        }
        QCOMPARE(m_actorLanes.overall().eventCount, m_store.size());
    }

    void binsEqualBruteForce_data()
    {
        QTest::addColumn<QString>("laneId");
        QTest::addColumn<double>("begin");
        QTest::addColumn<double>("binDays");
        QTest::addColumn<int>("bins");
        const double y2000 = double(QDate(2000, 1, 1).toJulianDay());
        QTest::newRow("whole data, wide bins") << u"TUR"_qs << y2000 - 8000 << 20.0 << 900;
        QTest::newRow("fractional edges") << u"TUR"_qs << y2000 + 0.37 << 3.3 << 500;
        QTest::newRow("a year, one-day bins") << u"RUS"_qs << y2000 << 1.0 << 366;
        QTest::newRow("finer than a day") << u"TUR"_qs << y2000 + 100.2 << 0.25 << 400;
        QTest::newRow("quiet lane") << u"OSCE"_qs << y2000 - 3000 << 7.5 << 800;
        QTest::newRow("overall") << QString() << y2000 - 9000 << 11.0 << 1500;
    }

    void binsEqualBruteForce()
    {
        QFETCH(QString, laneId);
        QFETCH(double, begin);
        QFETCH(double, binDays);
        QFETCH(int, bins);
        const qsizetype index = laneId.isEmpty() ? -1 : m_actorLanes.indexOfId(laneId);
        QVERIFY(laneId.isEmpty() || index >= 0);
        const Lane &lane = index < 0 ? m_actorLanes.overall() : m_actorLanes.lane(index);
        std::vector<EventRow> members;
        lane.collectOverlapping(m_store, -1'000'000'000, 1'000'000'000, members);
        std::vector<float> counts(static_cast<size_t>(bins));
        binStartCounts(m_actorLanes, lane, begin, binDays, counts);
        QCOMPARE(counts, bruteForceBins(m_store, members, begin, binDays, size_t(bins)));
    }

    void sparseAndDenseLanesAgree()
    {
        // Busy lanes read prefix sums, quiet ones walk their events; both must count exactly.
        int dense = 0;
        int sparse = 0;
        const double begin = double(QDate(2010, 1, 1).toJulianDay()) + 0.5;
        for (const TimelineLanes *lanes : {&m_actorLanes, &m_dyadLanes}) {
            for (qsizetype i = 0; i < lanes->size(); i += 5) {
                const Lane &lane = lanes->lane(i);
                (lane.buckets.prefix.empty() ? sparse : dense) += 1;
                std::vector<EventRow> members;
                lane.collectOverlapping(m_store, -1'000'000'000, 1'000'000'000, members);
                std::vector<float> counts(300);
                binStartCounts(*lanes, lane, begin, 9.0, counts);
                QCOMPARE(counts, bruteForceBins(m_store, members, begin, 9.0, 300));
            }
        }
        QVERIFY(dense > 0);
        QVERIFY(sparse > 0);
    }

    void wideBucketsOverMillennia()
    {
        const EventStore store = longStore();
        const TimelineLanes lanes = TimelineLanes::build(store, allRows(store), LaneMode::Actor);
        QVERIFY(lanes.bucketDays() > 1);
        QCOMPARE(lanes.periodStep().unit, TickStep::Unit::Year);
        for (qsizetype i = 0; i < lanes.size(); ++i) {
            const Lane &lane = lanes.lane(i);
            std::vector<EventRow> members;
            lane.collectOverlapping(store, -1'000'000'000, 1'000'000'000, members);
            // Bins on bucket boundaries are exact.
            const double binDays = lanes.bucketDays() * 5.0;
            const double begin = lanes.bucketOrigin() + 3.0 * lanes.bucketDays();
            std::vector<float> counts(400);
            binStartCounts(lanes, lane, begin, binDays, counts);
            QCOMPARE(counts, bruteForceBins(store, members, begin, binDays, 400));
        }
    }

    void toneTrendEqualsBruteForceMeans()
    {
        const qsizetype index = m_dyadLanes.indexOfId(u"RUS|TUR"_qs);
        QVERIFY(index >= 0);
        const Lane &lane = m_dyadLanes.lane(index);
        std::vector<EventRow> members;
        lane.collectOverlapping(m_store, -1'000'000'000, 1'000'000'000, members);
        const qint32 from = qint32(QDate(2015, 1, 1).toJulianDay());
        const qint32 to = qint32(QDate(2020, 12, 31).toJulianDay());
        for (const TickStep step : {TickStep{TickStep::Unit::Month, 1}, TickStep{TickStep::Unit::Year, 1}}) {
            const std::vector<TonePeriod> trend = toneTrend(m_dyadLanes, lane, step, from, to);
            QCOMPARE(trend.size(), step.unit == TickStep::Unit::Month ? size_t(72) : size_t(6));
            for (const TonePeriod &period : trend) {
                double sum = 0;
                quint32 count = 0;
                for (EventRow row : members) {
                    if (m_store.startDay(row) >= period.firstDay && m_store.startDay(row) < period.endDay) {
                        sum += m_store.tone(row);
                        ++count;
                    }
                }
                QCOMPARE(period.count, count);
                if (count > 0)
                    QVERIFY(std::abs(period.meanTone - sum / count) < 1e-9);
                QVERIFY(std::abs(meanToneBetween(m_dyadLanes, lane, period.firstDay, period.endDay) - sum / count) < 1e-9
                        || count == 0);
            }
        }
    }

    void trendStepFollowsZoom()
    {
        QCOMPARE(chooseTrendStep(m_dyadLanes, 1.0, 6), (TickStep{TickStep::Unit::Month, 1}));
        QCOMPARE(chooseTrendStep(m_dyadLanes, 0.1, 6), (TickStep{TickStep::Unit::Month, 3}));
        QCOMPARE(chooseTrendStep(m_dyadLanes, 0.02, 6), (TickStep{TickStep::Unit::Year, 1}));
    }

private:
    EventStore m_store;
    std::vector<EventRow> m_rows;
    TimelineLanes m_actorLanes;
    TimelineLanes m_dyadLanes;
};

QTEST_GUILESS_MAIN(TestDensity)
#include "tst_density.moc"
