// The time scale and the axis: pixel mapping, zoom and pan, tick generation at every level.
#include "timeline/timescale.h"
#include "timeline/timeticks.h"

#include <QDate>
#include <QLocale>
#include <QTest>

using namespace dyad;

namespace {

qint32 jd(int year, int month, int day)
{
    return qint32(QDate(year, month, day).toJulianDay());
}

QStringList labels(TickStep step, const std::vector<Tick> &ticks)
{
    QStringList result;
    for (const Tick &tick : ticks)
        result.append(tickLabel(step, tick));
    return result;
}

std::vector<int> years(const std::vector<Tick> &ticks)
{
    std::vector<int> result;
    for (const Tick &tick : ticks)
        result.push_back(tick.year);
    return result;
}

constexpr TickStep days{TickStep::Unit::Day, 1};
constexpr TickStep weeks{TickStep::Unit::Week, 1};
constexpr TickStep months{TickStep::Unit::Month, 1};
constexpr TickStep quarters{TickStep::Unit::Month, 3};

TickStep yearsOf(int count)
{
    return {TickStep::Unit::Year, count};
}

} // namespace

class TestTimeScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void windowRoundTrip()
    {
        const TimeWindow window{jd(2020, 1, 1), jd(2020, 12, 31)};
        const DayRange range = DayRange::fromWindow(window);
        QCOMPARE(range.span(), 366.0);
        QCOMPARE(range.toWindow(), window);
        // A fractional range covers every day it touches.
        const DayRange partial{range.begin + 0.25, range.end - 0.5};
        QCOMPARE(partial.toWindow(), window);
    }

    void scaleMapsBothWays()
    {
        const TimeScale scale({1000, 1100}, 50, 400);
        QCOMPARE(scale.pixelsPerDay(), 4.0);
        QCOMPARE(scale.xOfDay(1000), 50.0);
        QCOMPARE(scale.xOfDay(1100), 450.0);
        QCOMPARE(scale.dayAtX(250), 1050.0);
        QCOMPARE(scale.wholeDayAtX(253.9), 1050);
        QCOMPARE(scale.wholeDayAtX(254.1), 1051);
    }

    void zoomKeepsTheAnchorInPlace()
    {
        const DayRangeLimits limits;
        const DayRange range{double(jd(2000, 1, 1)), double(jd(2010, 1, 1))};
        const double anchor = jd(2003, 7, 15) + 0.3;
        const TimeScale before(range, 0, 1000);
        const double x = before.xOfDay(anchor);
        for (double factor : {1.25, 2.0, 0.8, 10.0}) {
            const DayRange zoomed = zoomRange(range, anchor, factor, limits);
            QVERIFY(qFuzzyCompare(zoomed.span(), range.span() / factor));
            const TimeScale after(zoomed, 0, 1000);
            QVERIFY(std::abs(after.xOfDay(anchor) - x) < 1e-6);
        }
    }

    void zoomAndPanStayWithinLimits()
    {
        DayRangeLimits limits = DayRangeLimits::forExtent({jd(2000, 1, 1), jd(2001, 1, 1)});
        const DayRange range{double(jd(2000, 3, 1)), double(jd(2000, 4, 1))};
        const DayRange tiny = zoomRange(range, range.centre(), 1e6, limits);
        QCOMPARE(tiny.span(), limits.minimumSpan);
        const DayRange huge = zoomRange(range, range.centre(), 1e-6, limits);
        QCOMPARE(huge.span(), limits.maximumSpan);
        const DayRange far = panRange(range, 1e6, limits);
        QCOMPARE(far.centre(), limits.extentEnd);
        QCOMPARE(far.span(), range.span());
        const DayRange near = panRange(range, 10, limits);
        QCOMPARE(near.begin, range.begin + 10);
    }

    void dayTicksKnowLeapYears()
    {
        const auto leap = generateTicks(days, jd(2020, 2, 27), jd(2020, 3, 2));
        QCOMPARE(labels(days, leap), (QStringList{u"27"_qs, u"28"_qs, u"29"_qs, u"1"_qs, u"2"_qs}));
        const auto common = generateTicks(days, jd(2021, 2, 27), jd(2021, 3, 2));
        QCOMPARE(labels(days, common), (QStringList{u"27"_qs, u"28"_qs, u"1"_qs, u"2"_qs}));
        // Gregorian rules: 1900 was not a leap year, 2000 was.
        QCOMPARE(generateTicks(days, jd(1900, 2, 28), jd(1900, 3, 1)).size(), size_t(2));
        QCOMPARE(generateTicks(days, jd(2000, 2, 28), jd(2000, 3, 1)).size(), size_t(3));
    }

    void monthTicksFollowMonthLengths()
    {
        const auto ticks = generateTicks(months, jd(2019, 11, 15), jd(2020, 5, 10));
        QCOMPARE(labels(months, ticks), (QStringList{u"Dec"_qs, u"Jan"_qs, u"Feb"_qs, u"Mar"_qs, u"Apr"_qs, u"May"_qs}));
        const std::vector<qint32> lengths = {31, 31, 29, 31, 30};
        for (size_t i = 0; i + 1 < ticks.size(); ++i) {
            QCOMPARE(ticks[i + 1].day - ticks[i].day, lengths[i]);
            QCOMPARE(ticks[i].dayOfMonth, 1);
        }
        QCOMPARE(ticks[1].year, 2020);
    }

    void quarterAndWeekTicks()
    {
        const auto q = generateTicks(quarters, jd(2019, 2, 1), jd(2020, 1, 1));
        QCOMPARE(labels(quarters, q), (QStringList{u"Q2"_qs, u"Q3"_qs, u"Q4"_qs, u"Q1"_qs}));
        QCOMPARE(q.front().day, jd(2019, 4, 1));
        const auto w = generateTicks(weeks, jd(2020, 2, 20), jd(2020, 3, 20));
        QVERIFY(!w.empty());
        for (const Tick &tick : w)
            QCOMPARE(QDate::fromJulianDay(tick.day).dayOfWeek(), 1);
        for (size_t i = 0; i + 1 < w.size(); ++i)
            QCOMPARE(w[i + 1].day - w[i].day, 7);
        QCOMPARE(tickLabel(weeks, w.front()), u"24 Feb"_qs);
    }

    void yearTicksSkipYearZero()
    {
        const auto ticks = generateTicks(yearsOf(1), jd(-3, 1, 1), jd(2, 6, 1));
        QCOMPARE(years(ticks), (std::vector<int>{-3, -2, -1, 1, 2}));
        QCOMPARE(labels(yearsOf(1), ticks),
                 (QStringList{u"3 BCE"_qs, u"2 BCE"_qs, u"1 BCE"_qs, u"1"_qs, u"2"_qs}));
        // 1 BCE is a leap year in the proleptic Gregorian calendar.
        QCOMPARE(ticks[3].day - ticks[2].day, 366);
    }

    void yearStepsAcrossTheEra()
    {
        const auto decades = generateTicks(yearsOf(10), jd(-30, 1, 1), jd(30, 1, 1));
        QCOMPARE(years(decades), (std::vector<int>{-30, -20, -10, 1, 10, 20, 30}));
        const auto pairs = generateTicks(yearsOf(2), jd(-5, 1, 1), jd(5, 1, 1));
        QCOMPARE(years(pairs), (std::vector<int>{-4, -2, 2, 4}));
        const auto centuries = generateTicks(yearsOf(100), jd(-500, 1, 1), jd(150, 1, 1));
        QCOMPARE(years(centuries), (std::vector<int>{-500, -400, -300, -200, -100, 1, 100}));
        const auto millennia = generateTicks(yearsOf(1000), jd(-3000, 1, 1), jd(2025, 1, 1));
        QCOMPARE(labels(yearsOf(1000), millennia),
                 (QStringList{u"3000 BCE"_qs, u"2000 BCE"_qs, u"1000 BCE"_qs, u"1"_qs, u"1000"_qs, u"2000"_qs}));
    }

    void tickNeighboursAgreeWithGeneration()
    {
        const std::vector<qint32> probes = {jd(-1234, 5, 6), jd(-1, 12, 31), jd(1, 1, 1), jd(1899, 2, 28),
                                            jd(2020, 2, 29), jd(2024, 12, 31)};
        for (const TickStep &step : allTickSteps()) {
            for (qint32 day : probes) {
                const Tick before = tickAtOrBefore(step, day);
                const Tick after = tickAfter(step, day);
                QVERIFY2(before.day <= day && day < after.day, qPrintable(tickLabel(step, before)));
                const auto ticks = generateTicks(step, before.day, after.day);
                QCOMPARE(ticks.size(), size_t(2));
                QCOMPARE(ticks.front().day, before.day);
                QCOMPARE(ticks.back().day, after.day);
            }
        }
    }

    void chooseStepFitsLabels()
    {
        const auto width = [](TickStep) { return 30.0; };
        QCOMPARE(chooseTickStep(100, width, 14), days);
        QCOMPARE(chooseTickStep(5, width, 14), months);
        QCOMPARE(chooseTickStep(7, width, 14), weeks);
        QCOMPARE(chooseTickStep(2, width, 14), months);
        QCOMPARE(chooseTickStep(1, width, 14), quarters);
        QCOMPARE(chooseTickStep(0.2, width, 14), yearsOf(1));
        QCOMPARE(chooseTickStep(0.01, width, 14), yearsOf(20));
        QCOMPARE(chooseTickStep(1e-9, width, 14), allTickSteps().back());
        // Every chosen step really spaces its labels apart.
        for (double ppd : {50.0, 3.0, 0.7, 0.05, 0.003, 0.0001}) {
            const TickStep step = chooseTickStep(ppd, width, 14);
            QVERIFY(shortestTickInterval(step) * ppd >= 44 || step == allTickSteps().back());
        }
    }

    void secondRowAndMinorTicks()
    {
        QCOMPARE(enclosingStep(months), yearsOf(1));
        QCOMPARE(enclosingStep(days), months);
        QCOMPARE(enclosingStep(yearsOf(1)), yearsOf(10));
        QCOMPARE(enclosingStep(yearsOf(20)), yearsOf(100));
        QVERIFY(!enclosingStep(yearsOf(5000)));
        QCOMPARE(minorStep(yearsOf(10), 0.02, 6), yearsOf(1));
        QCOMPARE(minorStep(months, 8, 6), days);
        QVERIFY(!minorStep(months, 1, 6));
        QCOMPARE(minorStep(quarters, 0.3, 6), months);
    }

    void periodLabels()
    {
        const auto at = [](int y, int m = 1) { return Tick::fromJulianDay(jd(y, m, 1)); };
        QCOMPARE(periodLabel(months, at(2020, 3), at(2020, 4)), u"March 2020"_qs);
        QCOMPARE(periodLabel(yearsOf(1), at(-44), at(-43)), u"44 BCE"_qs);
        QCOMPARE(periodLabel(yearsOf(10), at(1990), at(2000)), u"1990s"_qs);
        QCOMPARE(periodLabel(yearsOf(100), at(1900), at(2000)), u"1900–1999"_qs);
        QCOMPARE(periodLabel(yearsOf(10), at(-20), at(-10)), u"20–11 BCE"_qs);
        QCOMPARE(periodLabel(yearsOf(10), at(-10), at(1)), u"10–1 BCE"_qs);
        QCOMPARE(periodLabel(yearsOf(1000), at(-1000), at(1)), u"1000–1 BCE"_qs);
        QCOMPARE(periodLabel(yearsOf(100), at(-100), at(100)), u"100 BCE–99"_qs);
    }
};

QTEST_GUILESS_MAIN(TestTimeScale)
#include "tst_timescale.moc"
