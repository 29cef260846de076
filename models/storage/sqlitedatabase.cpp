#include "sqlitedatabase.h"

#include <sqlite3.h>

namespace dyad {

SqliteDatabase::~SqliteDatabase()
{
    close();
}

int SqliteDatabase::open(const QByteArray &fileNameOrUri, int flags)
{
    close();
    const int result = sqlite3_open_v2(fileNameOrUri.constData(), &m_db, flags, nullptr);
    if (result != SQLITE_OK && !m_db)
        return result;
    if (result == SQLITE_OK)
        sqlite3_extended_result_codes(m_db, 1);
    return result;
}

int SqliteDatabase::close()
{
    if (!m_db)
        return SQLITE_OK;
    const int result = sqlite3_close(m_db);
    if (result != SQLITE_OK)
        sqlite3_close_v2(m_db);  // statements are still open: close when the last one is finalized
    m_db = nullptr;
    return result;
}

int SqliteDatabase::exec(const char *sql)
{
    return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
}

int SqliteDatabase::queryInt(const char *sql, qint64 &value)
{
    SqliteStatement statement(*this, sql);
    if (statement.prepareResult() != SQLITE_OK)
        return statement.prepareResult();
    const int result = statement.step();
    if (result != SQLITE_ROW)
        return result == SQLITE_DONE ? SQLITE_ERROR : result;
    value = statement.columnInt(0);
    return SQLITE_OK;
}

int SqliteDatabase::errorCode() const
{
    return m_db ? (sqlite3_extended_errcode(m_db) & 0xff) : SQLITE_CANTOPEN;
}

QString SqliteDatabase::errorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(SQLITE_CANTOPEN));
}

SqliteStatement::SqliteStatement(const SqliteDatabase &db, const char *sql)
{
    m_prepareResult = sqlite3_prepare_v2(db.handle(), sql, -1, &m_statement, nullptr);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

int SqliteStatement::step()
{
    return m_statement ? sqlite3_step(m_statement) : m_prepareResult;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
}

void SqliteStatement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindDouble(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

void SqliteStatement::bindText(int index, QByteArrayView utf8)
{
    // A null pointer would bind NULL; an empty string must stay an empty string.
    sqlite3_bind_text64(m_statement, index, utf8.data() ? utf8.data() : "", sqlite3_uint64(utf8.size()),
                        SQLITE_STATIC, SQLITE_UTF8);
}

void SqliteStatement::bindText(int index, QStringView utf16)
{
    sqlite3_bind_text16(m_statement, index, utf16.utf16() ? static_cast<const void *>(utf16.utf16()) : u"",
                        int(utf16.size() * 2), SQLITE_STATIC);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

int SqliteStatement::columnType(int column) const
{
    return sqlite3_column_type(m_statement, column);
}

qint64 SqliteStatement::columnInt(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::columnDouble(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QByteArrayView SqliteStatement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return {text, qsizetype(sqlite3_column_bytes(m_statement, column))};
}

QByteArrayView SqliteStatement::columnName(int column) const
{
    return QByteArrayView(sqlite3_column_name(m_statement, column));
}

} // namespace dyad
