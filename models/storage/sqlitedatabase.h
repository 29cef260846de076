#pragma once

#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace dyad {

// Thin owners of the SQLite C API handles: they close what they open, nothing more.
// Result codes are SQLite's (SQLITE_OK, SQLITE_ROW, ...).
class SqliteDatabase
{
public:
    SqliteDatabase() = default;
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    int open(const QByteArray &fileNameOrUri, int flags);
    int close();
    sqlite3 *handle() const { return m_db; }

    int exec(const char *sql);
    // Runs a query that returns one integer, such as PRAGMA user_version.
    int queryInt(const char *sql, qint64 &value);
    int errorCode() const;  // the primary code of the last error: SQLITE_CORRUPT, ...
    QString errorMessage() const;

private:
    sqlite3 *m_db = nullptr;
};

class SqliteStatement
{
public:
    SqliteStatement(const SqliteDatabase &db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    int prepareResult() const { return m_prepareResult; }
    int step();
    void reset();

    // Parameters count from 1. Text is bound without a copy: it must outlive the step().
    void bindInt(int index, qint64 value);
    void bindDouble(int index, double value);
    void bindText(int index, QByteArrayView utf8);
    void bindText(int index, QStringView utf16);
    void bindNull(int index);

    // Columns count from 0.
    int columnType(int column) const;  // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB, SQLITE_NULL
    qint64 columnInt(int column) const;
    double columnDouble(int column) const;
    QByteArrayView columnText(int column) const;  // valid until the next step()
    QByteArrayView columnName(int column) const;

private:
    sqlite3_stmt *m_statement = nullptr;
    int m_prepareResult = 0;
};

} // namespace dyad
