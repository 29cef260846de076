#include "core/date.h"

#include <QDate>
#include <QLocale>
#include <QTest>

using namespace dyad;

class TestDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void parsesEachPrecision_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("precision");
        QTest::addColumn<QString>("display");
        QTest::newRow("day") << u"2020-12-29"_qs << int(DatePrecision::Day) << u"29 Dec 2020"_qs;
        QTest::newRow("month") << u"2019-07"_qs << int(DatePrecision::Month) << u"Jul 2019"_qs;
        QTest::newRow("year") << u"2017"_qs << int(DatePrecision::Year) << u"2017"_qs;
        QTest::newRow("before 1900") << u"1853-10-16"_qs << int(DatePrecision::Day) << u"16 Oct 1853"_qs;
        QTest::newRow("BCE year") << u"-0044"_qs << int(DatePrecision::Year) << u"44 BCE"_qs;
        QTest::newRow("BCE day") << u"-0044-03-15"_qs << int(DatePrecision::Day) << u"15 Mar 44 BCE"_qs;
    }
    void parsesEachPrecision()
    {
        QFETCH(QString, text);
        QFETCH(int, precision);
        QFETCH(QString, display);
        const auto date = Date::fromIsoString(text);
        QVERIFY(date);
        QCOMPARE(int(date->precision()), precision);
        QCOMPARE(date->toDisplayString(), display);
        QCOMPARE(date->toIsoString(), text);
    }

    void rejectsImpossibleDates_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"2020-02-30", "2019-02-29", "2020-13", "2020-00", "0000", "2020-1-5", "20x0",
                                "", "2020-06-31", "--2020", "2020-07-00", "٢٠٢٠"})
            QTest::newRow(bad) << QString::fromUtf8(bad);
    }
    void rejectsImpossibleDates()
    {
        QFETCH(QString, text);
        QVERIFY(!Date::fromIsoString(text));
    }

    void leapDayExistsInLeapYearsOnly()
    {
        QVERIFY(Date::fromIsoString(u"2020-02-29"));
        QVERIFY(Date::fromIsoString(u"2000-02-29"));
        QVERIFY(!Date::fromIsoString(u"1900-02-29"));  // proleptic Gregorian: 1900 is not a leap year
    }

    void coversItsWholePeriod()
    {
        const Date month = Date::fromYmd(2020, 2);
        QCOMPARE(month.lastDay() - month.firstDay() + 1, 29);
        const Date year = Date::fromYmd(2019);
        QCOMPARE(year.lastDay() - year.firstDay() + 1, 365);
        QCOMPARE(year.firstDay(), qint32(QDate(2019, 1, 1).toJulianDay()));
        const Date day = Date::fromYmd(2019, 7, 17);
        QCOMPARE(day.firstDay(), day.lastDay());
    }

    void ordersCoarseBeforeFineAndBceBeforeCe()
    {
        const Date year = Date::fromYmd(2019);
        const Date january = Date::fromYmd(2019, 1);
        const Date firstOfJanuary = Date::fromYmd(2019, 1, 1);
        QVERIFY(year < january);
        QVERIFY(january < firstOfJanuary);
        QVERIFY(Date::fromYmd(-1, 12, 31) < Date::fromYmd(1, 1, 1));
        QCOMPARE(Date::fromYmd(1, 1, 1).firstDay() - Date::fromYmd(-1, 12, 31).firstDay(), 1);  // no year 0
        QVERIFY(Date::fromYmd(1899, 12, 31) < Date::fromYmd(1900, 1, 1));
    }

    void roundTripsThroughJulianDays()
    {
        for (const auto &[y, m, d] : {std::tuple{2020, 12, 29}, {-500, 6, 1}, {1, 1, 1}, {1582, 10, 10}}) {
            const Date date = Date::fromYmd(y, m, d);
            QVERIFY(date.isValid());
            const Date again = Date::fromJulianDay(date.firstDay());
            QCOMPARE(again, date);
            QCOMPARE(again.year(), y);
            QCOMPARE(again.month(), m);
            QCOMPARE(again.day(), d);
        }
        QCOMPARE(Date::fromJulianDay(Date::fromYmd(2019, 7, 17).firstDay(), DatePrecision::Month), Date::fromYmd(2019, 7));
    }

    void precisionNamesRoundTrip()
    {
        for (auto precision : {DatePrecision::Day, DatePrecision::Month, DatePrecision::Year})
            QCOMPARE(precisionFromName(precisionName(precision)), precision);
        QVERIFY(!precisionFromName(u"week"));
    }
};

QTEST_GUILESS_MAIN(TestDate)
#include "tst_date.moc"
