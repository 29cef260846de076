#include "rowreader.h"

#include "storagemessages.h"

namespace dyad {

namespace {

using StorageMessages::tr;

QString typeName(int type)
{
    switch (type) {
    case SQLITE_INTEGER:
        return tr("an integer");
    case SQLITE_FLOAT:
        return tr("a number");
    case SQLITE_TEXT:
        return tr("text");
    case SQLITE_BLOB:
        return tr("binary data");
    default:
        return tr("nothing (NULL)");
    }
}

} // namespace

void RowReader::fail(int column, const QString &problem)
{
    if (m_failed)
        return;
    m_failed = true;
    m_error = StorageMessages::invalid(tr("table %1, %2 %3, column %4: %5")
                                           .arg(QString::fromUtf8(m_table), QString::fromUtf8(m_rowWord))
                                           .arg(m_row)
                                           .arg(QString::fromUtf8(m_statement.columnName(column)), problem));
}

void RowReader::failType(int column, int found, int expected)
{
    fail(column, tr("expected %1, found %2").arg(typeName(expected), typeName(found)));
}

void RowReader::failRange(int column, double minimum, double maximum)
{
    fail(column, tr("the value is outside %1..%2").arg(minimum).arg(maximum));
}

std::optional<Date> RowReader::date(int dayColumn, int precisionColumn)
{
    if (isNull(dayColumn) && isNull(precisionColumn))
        return std::nullopt;
    const qint64 day = integer(dayColumn, std::numeric_limits<qint32>::min(), std::numeric_limits<qint32>::max());
    const qint64 precision = integer(precisionColumn, qint64(DatePrecision::Day), qint64(DatePrecision::Year));
    if (!ok())
        return std::nullopt;
    const Date date = Date::fromJulianDay(qint32(day), DatePrecision(precision));
    // A month or a year is stored as its first day; anything else was not written by Dyad.
    if (!date.isValid() || date.firstDay() != day) {
        fail(dayColumn, tr("%1 is not the first day of a date of that precision").arg(day));
        return std::nullopt;
    }
    return date;
}

std::optional<GeoPoint> RowReader::point(int latitudeColumn, int longitudeColumn)
{
    if (isNull(latitudeColumn) && isNull(longitudeColumn))
        return std::nullopt;
    const double latitude = real(latitudeColumn, -90, 90);
    const double longitude = real(longitudeColumn, -180, 180);
    if (!ok())
        return std::nullopt;
    return GeoPoint{latitude, longitude};
}

} // namespace dyad
