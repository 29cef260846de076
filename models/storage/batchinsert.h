#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>
#include <vector>

namespace dyad {

class SqliteDatabase;
class SqliteStatement;

// Inserts rows many at a time ("INSERT ... VALUES (...), (...), ..."): one statement
// step per hundred rows instead of per row halves the cost of a bulk write. Values are
// collected row by row and bound when a batch is full.
class BatchInsert
{
public:
    static constexpr int rowsPerBatch = 100;

    // `columns` as in SQL: "event_rowid, position, actor_id, role".
    BatchInsert(SqliteDatabase &db, const char *table, const char *columns, int columnCount);
    ~BatchInsert();
    BatchInsert(const BatchInsert &) = delete;
    BatchInsert &operator=(const BatchInsert &) = delete;

    void setInt(int column, qint64 value) { value_(column) = {Value::Int, value, 0, {}}; }
    void setDouble(int column, double value) { value_(column) = {Value::Double, 0, value, {}}; }
    void setNull(int column) { value_(column) = {Value::Null, 0, 0, {}}; }
    // The bytes must stay valid until the batch is written: until finish() to be safe.
    void setText(int column, QByteArrayView utf8) { value_(column) = {Value::Text, 0, 0, utf8}; }
    // The batch keeps the bytes.
    void setOwnedText(int column, QByteArray utf8);

    // Ends the current row; writes the batch when it is full. An SQLite result code.
    int endRow();
    // Writes the rows that are left. An SQLite result code.
    int finish();

private:
    struct Value
    {
        enum Type { Null, Int, Double, Text } type = Null;
        qint64 integer = 0;
        double real = 0;
        QByteArrayView text;
    };
    Value &value_(int column) { return m_values[size_t(m_rows * m_columnCount + column)]; }
    int write(int rows);

    QByteArray statementText(int rows) const;

    SqliteDatabase &m_db;
    QByteArray m_table;
    QByteArray m_columns;
    int m_columnCount;
    int m_rows = 0;
    std::vector<Value> m_values;
    std::vector<QByteArray> m_ownedText;
    std::unique_ptr<SqliteStatement> m_fullBatch;  // prepared on first use
};

} // namespace dyad
