#pragma once

#include "core/date.h"
#include "core/event.h"

#include <QList>
#include <QString>

#include <optional>

namespace dyad {

// ACLED's event_date as its exports and spreadsheets write it: 2019-03-15, "15 March 2019",
// 9-May-20, 09/05/2020 or 5/9/2020. Numeric dates put day and month in an order the file as a
// whole settles: a first number above 12 means day-first, a second one month-first. Until the
// file has settled it, a date such as 5/9/2020 is read month-first and remembered, and turned
// round at the end if the file proves day-first.
class AcledDates
{
public:
    void reset();

    // The date, or nothing and `error`. `yearColumn` is the row's `year`, which settles a
    // two-digit year; `monthOnly` keeps only the month (ACLED's time_precision 3).
    std::optional<Date> read(QStringView text, std::optional<qint64> yearColumn, bool monthOnly, int line, QString &error);
    // The row just read, whose date waits for the file to settle its order, became this event.
    void keepIfUnsettled(qsizetype eventIndex);

    // After the last row. Empty when every date is settled (and then `settle` turns the ones
    // read month-first in a day-first file); else why the file is refused, at unsettledLine().
    QString unsettledProblem() const;
    int unsettledLine() const { return m_unsettled.isEmpty() ? 0 : m_unsettled.first().line; }
    void settle(QList<Event> &events) const;

private:
    enum class Order { Unknown, DayFirst, MonthFirst };
    struct Unsettled
    {
        qsizetype eventIndex = -1;
        int line = 0;
        int first = 0, second = 0;
        int year = 0;
        bool monthOnly = false;
        QString text;
    };

    std::optional<Date> readNumeric(QStringView text, std::optional<qint64> yearColumn, bool monthOnly, int line, QString &error);
    std::optional<Date> readWithMonthName(QStringView text, std::optional<qint64> yearColumn, QString &error) const;
    std::optional<qint64> fullYear(QStringView written, std::optional<qint64> yearColumn, QString &error) const;

    Order m_order = Order::Unknown;
    int m_orderLine = 0;        // the line whose date settled the order
    QString m_orderExample;     // and that date
    std::optional<Unsettled> m_current;
    QList<Unsettled> m_unsettled;
};

} // namespace dyad
