#pragma once

#include "core/date.h"
#include "core/geopoint.h"
#include "sessionfile.h"
#include "sqlitedatabase.h"

#include <sqlite3.h>

#include <optional>

namespace dyad {

// Reads the columns of one result row of an untrusted file, checking each value's type and
// range. The first problem is kept with its table, row and column; later reads of a failed
// row return harmless defaults, so a caller checks ok() once per row.
class RowReader
{
public:
    RowReader(const SqliteStatement &statement, const char *table, const char *rowWord = "row")
        : m_statement(statement), m_table(table), m_rowWord(rowWord)
    {
    }

    void setRow(qint64 row) { m_row = row; }
    bool ok() const { return !m_failed; }
    const StorageError &error() const { return m_error; }
    void fail(int column, const QString &problem);

    QByteArrayView text(int column)
    {
        const int type = m_statement.columnType(column);
        if (type == SQLITE_TEXT) [[likely]]
            return m_statement.columnText(column);
        failType(column, type, SQLITE_TEXT);
        return {};
    }

    std::optional<QByteArrayView> optionalText(int column)
    {
        if (m_statement.columnType(column) == SQLITE_NULL)
            return std::nullopt;
        return text(column);
    }

    qint64 integer(int column, qint64 minimum, qint64 maximum)
    {
        const int type = m_statement.columnType(column);
        if (type != SQLITE_INTEGER) [[unlikely]] {
            failType(column, type, SQLITE_INTEGER);
            return minimum;
        }
        const qint64 value = m_statement.columnInt(column);
        if (value < minimum || value > maximum) [[unlikely]] {
            failRange(column, double(minimum), double(maximum));
            return minimum;
        }
        return value;
    }

    double real(int column, double minimum, double maximum)
    {
        const int type = m_statement.columnType(column);
        if (type != SQLITE_FLOAT && type != SQLITE_INTEGER) [[unlikely]] {
            failType(column, type, SQLITE_FLOAT);
            return minimum;
        }
        const double value = m_statement.columnDouble(column);
        if (!(value >= minimum && value <= maximum)) [[unlikely]] {
            failRange(column, minimum, maximum);
            return minimum;
        }
        return value;
    }

    bool isNull(int column) const { return m_statement.columnType(column) == SQLITE_NULL; }

    // A Julian day and a precision, as Date::firstDay() and Date::precision() wrote them.
    std::optional<Date> date(int dayColumn, int precisionColumn);
    // NULL and NULL is no point; a point must be in range.
    std::optional<GeoPoint> point(int latitudeColumn, int longitudeColumn);

private:
    void failType(int column, int found, int expected);
    void failRange(int column, double minimum, double maximum);

    const SqliteStatement &m_statement;
    const char *m_table;
    const char *m_rowWord;
    qint64 m_row = 0;
    bool m_failed = false;
    StorageError m_error;
};

} // namespace dyad
