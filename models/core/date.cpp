#include "date.h"

#include <QDate>
#include <QCoreApplication>
#include <QLocale>

namespace dyad {

namespace {

QDate calendarDate(qint32 julianDay)
{
    return QDate::fromJulianDay(julianDay);
}

QString isoYear(int year)
{
    // ISO 8601 would write 1 BCE as 0000; Dyad's files use the historians' numbering
    // (-1 is 1 BCE) so that a written date reads the same as its display.
    const QString digits = QString::number(std::abs(year)).rightJustified(4, u'0');
    return year < 0 ? u'-' + digits : digits;
}

} // namespace

Date Date::fromYmd(int year, int month, int day)
{
    Date date;
    if (year == 0 || month < 0 || month > 12 || day < 0 || (month == 0 && day != 0))
        return date;
    const DatePrecision precision = month == 0 ? DatePrecision::Year
                                  : day == 0   ? DatePrecision::Month
                                               : DatePrecision::Day;
    const QDate first(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    if (!first.isValid())
        return date;
    date.m_firstDay = static_cast<qint32>(first.toJulianDay());
    date.m_precision = precision;
    date.m_valid = true;
    return date;
}

Date Date::fromJulianDay(qint32 julianDay, DatePrecision precision)
{
    const QDate calendar = calendarDate(julianDay);
    switch (precision) {
    case DatePrecision::Day:
        return fromYmd(calendar.year(), calendar.month(), calendar.day());
    case DatePrecision::Month:
        return fromYmd(calendar.year(), calendar.month());
    case DatePrecision::Year:
        return fromYmd(calendar.year());
    }
    return {};
}

std::optional<Date> Date::fromIsoString(QStringView text)
{
    text = text.trimmed();
    bool negative = false;
    if (text.startsWith(u'-')) {
        negative = true;
        text = text.mid(1);
    }
    const auto parts = text.split(u'-');
    if (parts.isEmpty() || parts.size() > 3)
        return std::nullopt;
    int numbers[3] = {0, 0, 0};
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QStringView part = parts.at(i);
        const qsizetype expected = i == 0 ? -1 : 2;
        if (part.isEmpty() || (expected > 0 && part.size() != expected) || part.size() > 7)
            return std::nullopt;
        for (QChar c : part) {
            if (!c.isDigit() || c.unicode() > 127)
                return std::nullopt;
        }
        numbers[i] = part.toInt();
    }
    if (parts.size() >= 2 && numbers[1] == 0)
        return std::nullopt;
    if (parts.size() == 3 && numbers[2] == 0)
        return std::nullopt;
    const Date date = fromYmd(negative ? -numbers[0] : numbers[0], numbers[1], numbers[2]);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

int Date::year() const
{
    return calendarDate(m_firstDay).year();
}

int Date::month() const
{
    return m_precision == DatePrecision::Year ? 0 : calendarDate(m_firstDay).month();
}

int Date::day() const
{
    return m_precision == DatePrecision::Day ? calendarDate(m_firstDay).day() : 0;
}

qint32 Date::lastDay() const
{
    const QDate first = calendarDate(m_firstDay);
    switch (m_precision) {
    case DatePrecision::Day:
        return m_firstDay;
    case DatePrecision::Month:
        return m_firstDay + first.daysInMonth() - 1;
    case DatePrecision::Year:
        return m_firstDay + first.daysInYear() - 1;
    }
    return m_firstDay;
}

QString Date::toIsoString() const
{
    if (!m_valid)
        return {};
    const QDate calendar = calendarDate(m_firstDay);
    QString text = isoYear(calendar.year());
    if (m_precision != DatePrecision::Year)
        text += u'-' + QString::number(calendar.month()).rightJustified(2, u'0');
    if (m_precision == DatePrecision::Day)
        text += u'-' + QString::number(calendar.day()).rightJustified(2, u'0');
    return text;
}

QString Date::toDisplayString() const
{
    if (!m_valid)
        return {};
    const QDate calendar = calendarDate(m_firstDay);
    const QString year = yearDisplayString(calendar.year());
    const QLocale locale;
    switch (m_precision) {
    case DatePrecision::Year:
        return year;
    case DatePrecision::Month:
        return locale.monthName(calendar.month(), QLocale::ShortFormat) + u' ' + year;
    case DatePrecision::Day:
        return QString::number(calendar.day()) + u' '
             + locale.monthName(calendar.month(), QLocale::ShortFormat) + u' ' + year;
    }
    return year;
}

std::strong_ordering operator<=>(const Date &a, const Date &b)
{
    if (a.m_valid != b.m_valid)
        return a.m_valid ? std::strong_ordering::greater : std::strong_ordering::less;
    if (auto order = a.m_firstDay <=> b.m_firstDay; order != 0)
        return order;
    // A coarser date sorts before the finer dates it contains: "2019" < "Jul 2019" < "1 Jul 2019".
    return static_cast<int>(b.m_precision) <=> static_cast<int>(a.m_precision);
}

QString precisionName(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return QStringLiteral("day");
    case DatePrecision::Month:
        return QStringLiteral("month");
    case DatePrecision::Year:
        return QStringLiteral("year");
    }
    return {};
}

std::optional<DatePrecision> precisionFromName(QStringView name)
{
    if (name == u"day")
        return DatePrecision::Day;
    if (name == u"month")
        return DatePrecision::Month;
    if (name == u"year")
        return DatePrecision::Year;
    return std::nullopt;
}

QString yearDisplayString(int year)
{
    if (year < 0)
        return QCoreApplication::translate("dyad::Date", "%1 BCE").arg(-year);
    return QString::number(year);
}

} // namespace dyad
