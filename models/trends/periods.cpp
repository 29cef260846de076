#include "periods.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <algorithm>

namespace dyad {

namespace {

qint32 julianDay(const QDate &date)
{
    return qint32(date.toJulianDay());
}

// Monday is day 0 of the week: Julian day 0 was a Monday.
qint32 weekdayFromMonday(qint32 day)
{
    const qint32 remainder = day % 7;
    return remainder < 0 ? remainder + 7 : remainder;
}

QString monthYear(const QDate &date)
{
    return QLocale().monthName(date.month(), QLocale::ShortFormat) + u' ' + yearDisplayString(date.year());
}

} // namespace

PeriodUnit periodUnitForSpan(qint32 days)
{
    if (days <= 550)
        return PeriodUnit::Week;
    if (days <= 15 * 366)
        return PeriodUnit::Month;
    return PeriodUnit::Year;
}

qint32 periodStartOf(PeriodUnit unit, qint32 day)
{
    if (unit == PeriodUnit::Week)
        return day - weekdayFromMonday(day);
    const QDate date = QDate::fromJulianDay(day);
    switch (unit) {
    case PeriodUnit::Month:
        return julianDay(QDate(date.year(), date.month(), 1));
    case PeriodUnit::Quarter:
        return julianDay(QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1));
    case PeriodUnit::Year:
    case PeriodUnit::Week:
        break;
    }
    return julianDay(QDate(date.year(), 1, 1));
}

qint32 nextPeriodStart(PeriodUnit unit, qint32 periodStart)
{
    switch (unit) {
    case PeriodUnit::Week:
        return periodStart + 7;
    case PeriodUnit::Month:
        return julianDay(QDate::fromJulianDay(periodStart).addMonths(1));
    case PeriodUnit::Quarter:
        return julianDay(QDate::fromJulianDay(periodStart).addMonths(3));
    case PeriodUnit::Year:
        break;
    }
    // QDate skips the year 0 that the proleptic Gregorian calendar does not have.
    return julianDay(QDate::fromJulianDay(periodStart).addYears(1));
}

bool isCoarserThan(DatePrecision precision, PeriodUnit unit)
{
    switch (precision) {
    case DatePrecision::Day:
        return false;
    case DatePrecision::Month:
        return unit == PeriodUnit::Week;
    case DatePrecision::Year:
        return unit != PeriodUnit::Year;
    }
    return false;
}

QString periodUnitDisplayName(PeriodUnit unit)
{
    switch (unit) {
    case PeriodUnit::Week:
        return QCoreApplication::translate("dyad::Trends", "week");
    case PeriodUnit::Month:
        return QCoreApplication::translate("dyad::Trends", "month");
    case PeriodUnit::Quarter:
        return QCoreApplication::translate("dyad::Trends", "quarter");
    case PeriodUnit::Year:
        break;
    }
    return QCoreApplication::translate("dyad::Trends", "year");
}

QString periodDisplayName(PeriodUnit unit, qint32 periodStart)
{
    const QDate date = QDate::fromJulianDay(periodStart);
    switch (unit) {
    case PeriodUnit::Week:
        return QCoreApplication::translate("dyad::Trends", "Week of %1")
            .arg(Date::fromJulianDay(periodStart).toDisplayString());
    case PeriodUnit::Month:
        return monthYear(date);
    case PeriodUnit::Quarter:
        return QCoreApplication::translate("dyad::Trends", "Q%1 %2")
            .arg((date.month() - 1) / 3 + 1)
            .arg(yearDisplayString(date.year()));
    case PeriodUnit::Year:
        break;
    }
    return yearDisplayString(date.year());
}

PeriodAxis::PeriodAxis(PeriodUnit unit, TimeWindow window)
    : m_unit(unit)
{
    if (!window.isValid())
        return;
    qint32 start = periodStartOf(unit, window.firstDay);
    m_boundaries.push_back(start);
    while (start <= window.lastDay) {
        start = nextPeriodStart(unit, start);
        m_boundaries.push_back(start);
    }
}

TimeWindow PeriodAxis::span() const
{
    if (m_boundaries.empty())
        return {};
    return {m_boundaries.front(), m_boundaries.back() - 1};
}

qsizetype PeriodAxis::periodOf(qint32 day) const
{
    if (m_boundaries.empty() || day < m_boundaries.front() || day >= m_boundaries.back())
        return -1;
    const auto next = std::upper_bound(m_boundaries.begin(), m_boundaries.end(), day);
    return qsizetype(next - m_boundaries.begin()) - 1;
}

} // namespace dyad
