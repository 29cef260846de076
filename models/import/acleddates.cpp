#include "acleddates.h"

#include "importsupport.h"

namespace dyad {

namespace {

QString acceptedForms()
{
    return importTr("2019-03-15, \"15 March 2019\", 15-Mar-19, 15/03/2019 or 3/15/2019");
}

// 1..12 for an English month name or its first three letters or more ("Mar", "March"); else 0.
int monthFromName(QStringView name)
{
    static const char16_t *const names[] = {u"january", u"february", u"march",     u"april",   u"may",      u"june",
                                            u"july",    u"august",   u"september", u"october", u"november", u"december"};
    if (name.size() < 3)
        return 0;
    for (int month = 1; month <= 12; ++month) {
        if (QStringView(names[month - 1]).startsWith(name, Qt::CaseInsensitive))
            return month;
    }
    return 0;
}

bool isDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// Digits in one to three groups joined by '-': a date in ISO form, whether or not it exists.
bool isIsoShaped(QStringView text)
{
    const QList<QStringView> parts = (text.startsWith(u'-') ? text.sliced(1) : text).split(u'-');
    return parts.size() <= 3 && std::all_of(parts.begin(), parts.end(), isDigits);
}

} // namespace

void AcledDates::reset()
{
    *this = AcledDates();
}

std::optional<Date> AcledDates::read(QStringView text, std::optional<qint64> yearColumn, bool monthOnly, int line,
                                     QString &error)
{
    m_current.reset();
    std::optional<Date> date;
    if (text.contains(u'/')) {
        date = readNumeric(text, yearColumn, monthOnly, line, error);
    } else if (std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); })) {
        date = readWithMonthName(text, yearColumn, error);
    } else {
        date = parseIsoDate(text, error);
        if (date && date->precision() != DatePrecision::Day) {
            date.reset();
            error = importTr("\"%1\" is not a full date (%2)").arg(text.left(40).toString(), acceptedForms());
        } else if (!date && !isIsoShaped(text)) {  // else the ISO reader's reason ("2023-02-30 does not exist")
            error = importTr("\"%1\" is not a date (%2)").arg(text.left(40).toString(), acceptedForms());
        }
    }
    if (date && monthOnly)
        date = Date::fromYmd(date->year(), date->month());
    return date;
}

std::optional<qint64> AcledDates::fullYear(QStringView written, std::optional<qint64> yearColumn, QString &error) const
{
    const std::optional<qint64> year = parseInteger(written);
    if (!year || (written.size() != 2 && written.size() != 4)) {
        error = importTr("\"%1\" is not a year").arg(written.toString());
        return std::nullopt;
    }
    if (written.size() == 4)
        return year;
    // A spreadsheet's two-digit year: the row's own year column says the century.
    if (yearColumn && *yearColumn % 100 == *year)
        return yearColumn;
    error = yearColumn ? importTr("the two-digit year %1 does not match the year column (%2)").arg(written.toString()).arg(*yearColumn)
                       : importTr("the two-digit year %1 needs a year column to say its century").arg(written.toString());
    return std::nullopt;
}

std::optional<Date> AcledDates::readWithMonthName(QStringView text, std::optional<qint64> yearColumn, QString &error) const
{
    const QList<QStringView> parts = text.split(text.contains(u' ') ? u' ' : u'-', Qt::SkipEmptyParts);
    const int month = parts.size() == 3 ? monthFromName(parts[1]) : 0;
    if (month == 0 || !isDigits(parts[0])) {
        error = importTr("\"%1\" is not a date (%2)").arg(text.left(40).toString(), acceptedForms());
        return std::nullopt;
    }
    const std::optional<qint64> year = fullYear(parts[2], yearColumn, error);
    if (!year)
        return std::nullopt;
    return dateFromParts(*year, month, parts[0].toInt(), error);
}

std::optional<Date> AcledDates::readNumeric(QStringView text, std::optional<qint64> yearColumn, bool monthOnly, int line,
                                            QString &error)
{
    const QList<QStringView> parts = text.split(u'/');
    if (parts.size() != 3 || !isDigits(parts[0]) || !isDigits(parts[1]) || parts[0].size() > 2 || parts[1].size() > 2) {
        error = importTr("\"%1\" is not a date (%2)").arg(text.left(40).toString(), acceptedForms());
        return std::nullopt;
    }
    const std::optional<qint64> year = fullYear(parts[2], yearColumn, error);
    if (!year)
        return std::nullopt;
    const int first = parts[0].toInt();
    const int second = parts[1].toInt();

    Order says = Order::Unknown;
    if (first > 12 && second <= 12)
        says = Order::DayFirst;
    else if (second > 12 && first <= 12)
        says = Order::MonthFirst;
    if (says != Order::Unknown && m_order == Order::Unknown) {
        m_order = says;
        m_orderLine = line;
        m_orderExample = text.toString();
    } else if (says != Order::Unknown && says != m_order) {
        error = importTr("%1 is %2, but %3 on line %4 is %5: the file mixes both orders")
                    .arg(text.toString(), says == Order::DayFirst ? importTr("day/month") : importTr("month/day"),
                         m_orderExample)
                    .arg(m_orderLine)
                    .arg(m_order == Order::DayFirst ? importTr("day/month") : importTr("month/day"));
        return std::nullopt;
    }

    const bool dayFirst = m_order == Order::DayFirst;
    const std::optional<Date> date = dateFromParts(*year, dayFirst ? second : first, dayFirst ? first : second, error);
    if (date && m_order == Order::Unknown && first != second)
        m_current = Unsettled{-1, line, first, second, int(*year), monthOnly, text.toString()};
    return date;
}

void AcledDates::keepIfUnsettled(qsizetype eventIndex)
{
    if (!m_current)
        return;
    m_current->eventIndex = eventIndex;
    m_unsettled.append(*m_current);
    m_current.reset();
}

QString AcledDates::unsettledProblem() const
{
    if (m_unsettled.isEmpty() || m_order != Order::Unknown)
        return {};
    return importTr("dates such as %1 could be day/month or month/day, and no date in the file says which: the file "
                    "looks re-formatted by a spreadsheet. Download the export from ACLED again, or format the column "
                    "as YYYY-MM-DD in the spreadsheet before saving")
        .arg(m_unsettled.first().text);
}

void AcledDates::settle(QList<Event> &events) const
{
    if (m_order != Order::DayFirst)
        return;  // month-first, as they were read
    for (const Unsettled &date : m_unsettled) {
        Event &event = events[date.eventIndex];
        event.start = date.monthOnly ? Date::fromYmd(date.year, date.second) : Date::fromYmd(date.year, date.second, date.first);
    }
}

} // namespace dyad
