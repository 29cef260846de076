#include "batchinsert.h"

#include "sqlitedatabase.h"

#include <sqlite3.h>

namespace dyad {

BatchInsert::BatchInsert(SqliteDatabase &db, const char *table, const char *columns, int columnCount)
    : m_db(db), m_table(table), m_columns(columns), m_columnCount(columnCount),
      m_values(size_t(rowsPerBatch * columnCount))
{
    m_ownedText.reserve(m_values.size());
}

BatchInsert::~BatchInsert() = default;

void BatchInsert::setOwnedText(int column, QByteArray utf8)
{
    m_ownedText.push_back(std::move(utf8));
    setText(column, m_ownedText.back());
}

QByteArray BatchInsert::statementText(int rows) const
{
    QByteArray row = "(?";
    for (int column = 1; column < m_columnCount; ++column)
        row += ", ?";
    row += ')';
    QByteArray sql = "INSERT INTO " + m_table + " (" + m_columns + ") VALUES " + row;
    for (int i = 1; i < rows; ++i)
        sql += ", " + row;
    return sql;
}

int BatchInsert::endRow()
{
    return ++m_rows == rowsPerBatch ? write(m_rows) : SQLITE_OK;
}

int BatchInsert::finish()
{
    return m_rows > 0 ? write(m_rows) : SQLITE_OK;
}

int BatchInsert::write(int rows)
{
    std::unique_ptr<SqliteStatement> partial;
    if (rows == rowsPerBatch && !m_fullBatch)
        m_fullBatch = std::make_unique<SqliteStatement>(m_db, statementText(rows).constData());
    if (rows != rowsPerBatch)
        partial = std::make_unique<SqliteStatement>(m_db, statementText(rows).constData());
    SqliteStatement &statement = rows == rowsPerBatch ? *m_fullBatch : *partial;
    if (statement.prepareResult() != SQLITE_OK)
        return statement.prepareResult();
    for (int index = 0; index < rows * m_columnCount; ++index) {
        const Value &value = m_values[size_t(index)];
        switch (value.type) {
        case Value::Null:
            statement.bindNull(index + 1);
            break;
        case Value::Int:
            statement.bindInt(index + 1, value.integer);
            break;
        case Value::Double:
            statement.bindDouble(index + 1, value.real);
            break;
        case Value::Text:
            statement.bindText(index + 1, value.text);
            break;
        }
    }
    const int result = statement.step();
    statement.reset();
    m_rows = 0;
    m_ownedText.clear();
    return result == SQLITE_DONE ? SQLITE_OK : result;
}

} // namespace dyad
