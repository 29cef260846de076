#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace dyad {

enum class DatePrecision : quint8 { Day, Month, Year };

// A calendar date in the proleptic Gregorian calendar with a precision: "July 2019"
// is a month, not 1 July 2019. Stored as a Julian day number, so no time zone is ever
// involved and years before 1900 or BCE (year -1 is 1 BCE; there is no year 0) work.
class Date
{
public:
    Date() = default;

    static Date fromYmd(int year, int month = 0, int day = 0);
    static Date fromJulianDay(qint32 julianDay, DatePrecision precision = DatePrecision::Day);
    // Accepts YYYY, YYYY-MM and YYYY-MM-DD with an optional leading minus for BCE.
    static std::optional<Date> fromIsoString(QStringView text);

    bool isValid() const { return m_valid; }
    DatePrecision precision() const { return m_precision; }
    int year() const;
    int month() const;  // 0 when precision is Year
    int day() const;    // 0 when precision is Month or Year

    // The first and last Julian day this date covers: a month-precision date covers its month.
    qint32 firstDay() const { return m_firstDay; }
    qint32 lastDay() const;

    QString toIsoString() const;      // "2017-09-12", "2017-09", "-0044"
    QString toDisplayString() const;  // "12 Sep 2017", "Sep 2017", "2017", "44 BCE"

    friend bool operator==(const Date &, const Date &) = default;
    friend std::strong_ordering operator<=>(const Date &a, const Date &b);

private:
    qint32 m_firstDay = 0;
    DatePrecision m_precision = DatePrecision::Day;
    bool m_valid = false;
};

QString precisionName(DatePrecision precision);
std::optional<DatePrecision> precisionFromName(QStringView name);

// Display a year the way readers expect: "2017", "44 BCE".
QString yearDisplayString(int year);

} // namespace dyad
