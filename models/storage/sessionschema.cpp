#include "sessionschema.h"

#include "annotationtables.h"
#include "sqlitedatabase.h"
#include "storagemessages.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <span>

#include <sqlite3.h>

namespace dyad::SessionSchema {

namespace {

using StorageMessages::tr;

// Each statement is kept exactly as SQLite stores it in sqlite_schema, so that the check
// can compare a file's index and virtual-table definitions with these texts.
constexpr const char *tableStatements[] = {
    R"sql(CREATE TABLE metadata (
  key TEXT NOT NULL PRIMARY KEY,
  value TEXT NOT NULL
) STRICT, WITHOUT ROWID)sql",

    R"sql(CREATE TABLE actors (
  id TEXT NOT NULL PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  state_id TEXT,
  home_lat REAL,
  home_lon REAL
) STRICT)sql",

    R"sql(CREATE TABLE events (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  start_day INTEGER NOT NULL,
  start_precision INTEGER NOT NULL,
  end_day INTEGER,
  end_precision INTEGER,
  title TEXT NOT NULL,
  summary TEXT NOT NULL,
  category TEXT NOT NULL,
  tone REAL NOT NULL,
  place_name TEXT,
  place_lat REAL,
  place_lon REAL
) STRICT)sql",

    R"sql(CREATE TABLE participants (
  event_rowid INTEGER NOT NULL REFERENCES events (rowid),
  position INTEGER NOT NULL,
  actor_id TEXT NOT NULL REFERENCES actors (id),
  role TEXT NOT NULL,
  PRIMARY KEY (event_rowid, position)
) STRICT, WITHOUT ROWID)sql",

    R"sql(CREATE TABLE sources (
  event_rowid INTEGER NOT NULL REFERENCES events (rowid),
  position INTEGER NOT NULL,
  publisher TEXT NOT NULL,
  title TEXT NOT NULL,
  url TEXT NOT NULL,
  date_day INTEGER,
  date_precision INTEGER,
  PRIMARY KEY (event_rowid, position)
) STRICT, WITHOUT ROWID)sql",

    R"sql(CREATE TABLE view_state (
  key TEXT NOT NULL PRIMARY KEY,
  json TEXT NOT NULL
) STRICT, WITHOUT ROWID)sql",
};

constexpr const char *saveLogStatement = R"sql(CREATE TABLE saves (
  position INTEGER PRIMARY KEY,
  saved_at TEXT NOT NULL,
  kind TEXT NOT NULL,
  events_written INTEGER NOT NULL,
  events_removed INTEGER NOT NULL
) STRICT)sql";

// Full-text search over titles and summaries, for other tools (Dyad searches in memory).
// External content: the index refers to events by rowid and keeps no copy of the text.
constexpr const char *searchTableStatement =
    "CREATE VIRTUAL TABLE events_fts USING fts5(title, summary, content='events', content_rowid='rowid')";
// What fts5 keeps the index in.
constexpr const char *searchShadowTables[] = {"events_fts_data", "events_fts_idx", "events_fts_docsize",
                                              "events_fts_config"};

// Built after the bulk insert: one sort each instead of a B-tree update per row. There is
// no index on participants (actor_id): for a million events it costs more than all the
// rest of the save together, and Dyad itself never asks SQLite for an actor's events.
constexpr const char *indexStatements[] = {
    "CREATE UNIQUE INDEX events_id ON events (id)",
    "CREATE INDEX events_start ON events (start_day)",
};

int execAll(SqliteDatabase &db, std::span<const char *const> statements)
{
    for (const char *sql : statements) {
        if (const int result = db.exec(sql); result != SQLITE_OK)
            return result;
    }
    return SQLITE_OK;
}

struct SchemaObject
{
    QByteArray type;
    QByteArray name;
    QByteArray tableName;
    QByteArray sql;
    bool isVirtualTable = false;
};

int readSchemaObjects(SqliteDatabase &db, QList<SchemaObject> &objects)
{
    SqliteStatement statement(db, "SELECT type, name, tbl_name, rootpage, sql FROM sqlite_schema");
    if (statement.prepareResult() != SQLITE_OK)
        return statement.prepareResult();
    int result;
    while ((result = statement.step()) == SQLITE_ROW) {
        objects.append({statement.columnText(0).toByteArray(), statement.columnText(1).toByteArray(),
                        statement.columnText(2).toByteArray(), statement.columnText(4).toByteArray(),
                        statement.columnType(0) == SQLITE_TEXT && statement.columnText(0) == "table"
                            && statement.columnInt(3) == 0});
    }
    return result == SQLITE_DONE ? SQLITE_OK : result;
}

struct Column
{
    QByteArray name;
    QByteArray type;
    qint64 hidden = 0;
    friend bool operator==(const Column &a, const Column &b)
    {
        return a.name == b.name && a.type.compare(b.type, Qt::CaseInsensitive) == 0 && a.hidden == b.hidden;
    }
};

int readColumns(SqliteDatabase &db, const QByteArray &table, QList<Column> &columns)
{
    SqliteStatement statement(db, "SELECT name, type, hidden FROM pragma_table_xinfo(?1)");
    if (statement.prepareResult() != SQLITE_OK)
        return statement.prepareResult();
    statement.bindText(1, table);
    int result;
    while ((result = statement.step()) == SQLITE_ROW)
        columns.append({statement.columnText(0).toByteArray(), statement.columnText(1).toByteArray(), statement.columnInt(2)});
    return result == SQLITE_DONE ? SQLITE_OK : result;
}

// The schema a version writes, made in an in-memory database: the one source of truth.
// Older versions lack the tables added since, and nothing else differs.
int makeReference(SqliteDatabase &reference, QList<SchemaObject> &objects, int schemaVersion)
{
    int result = reference.open(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX);
    if (result == SQLITE_OK)
        result = execAll(reference, tableStatements);
    if (result == SQLITE_OK)
        result = createSearchTable(reference);
    if (result == SQLITE_OK && schemaVersion >= AnnotationTables::firstSchemaVersion)
        result = AnnotationTables::create(reference);
    if (result == SQLITE_OK && schemaVersion >= saveLogFirstVersion)
        result = createSaveLog(reference);
    if (result == SQLITE_OK)
        result = createIndexes(reference);
    if (result == SQLITE_OK)
        result = readSchemaObjects(reference, objects);
    return result;
}

bool isStatisticsTable(const SchemaObject &object)
{
    return object.type == "table" && (object.name == "sqlite_stat1" || object.name == "sqlite_stat4");
}

QString quoted(const QByteArray &name)
{
    return u'"' + QString::fromUtf8(name) + u'"';
}

} // namespace

int createTables(SqliteDatabase &db)
{
    int result = execAll(db, tableStatements);
    if (result == SQLITE_OK)
        result = createSearchTable(db);
    if (result == SQLITE_OK)
        result = AnnotationTables::create(db);
    return result == SQLITE_OK ? createSaveLog(db) : result;
}

int createSaveLog(SqliteDatabase &db)
{
    return db.exec(saveLogStatement);
}

int createSearchTable(SqliteDatabase &db)
{
    return db.exec(searchTableStatement);
}

int createIndexes(SqliteDatabase &db)
{
    return execAll(db, indexStatements);
}

int copySearchIndex(SqliteDatabase &db, const char *fromSchema)
{
    // Table names are constants of this file, never data: no parameter is needed.
    for (const char *table : searchShadowTables) {
        const QByteArray name(table);
        const QByteArray statements = "DELETE FROM main." + name + "; INSERT INTO main." + name
                                    + " SELECT * FROM " + QByteArray(fromSchema) + '.' + name;
        if (const int result = db.exec(statements.constData()); result != SQLITE_OK)
            return result;
    }
    return SQLITE_OK;
}

StorageError check(SqliteDatabase &file, int schemaVersion)
{
    SqliteDatabase reference;
    QList<SchemaObject> expected;
    if (const int result = makeReference(reference, expected, schemaVersion); result != SQLITE_OK)
        return StorageMessages::invalid(reference.errorMessage());
    QHash<QByteArray, const SchemaObject *> expectedByName;
    for (const SchemaObject &object : std::as_const(expected))
        expectedByName.insert(object.name, &object);

    QList<SchemaObject> found;
    if (const int result = readSchemaObjects(file, found); result != SQLITE_OK)
        return StorageMessages::readFailure(file, result);

    QSet<QByteArray> seen;
    for (const SchemaObject &object : std::as_const(found)) {
        if (object.type == "trigger")
            return StorageMessages::invalid(tr("it contains a trigger (%1)").arg(quoted(object.name)));
        if (object.type == "view")
            return StorageMessages::invalid(tr("it contains a view (%1)").arg(quoted(object.name)));
        if (isStatisticsTable(object))
            continue;
        const SchemaObject *wanted = expectedByName.value(object.name);
        if (!wanted || wanted->type != object.type || wanted->tableName != object.tableName)
            return StorageMessages::invalid(tr("it contains an unexpected %1 (%2)").arg(QString::fromUtf8(object.type), quoted(object.name)));
        // Never ask SQLite about the columns of a virtual table: that would run its module.
        if (object.isVirtualTable != wanted->isVirtualTable)
            return StorageMessages::invalid(tr("table %1 is of the wrong kind").arg(quoted(object.name)));
        const bool compareText = object.isVirtualTable || (object.type == "index" && !wanted->sql.isEmpty());
        if (compareText && object.sql != wanted->sql)
            return StorageMessages::invalid(tr("%1 %2 has an unexpected definition").arg(QString::fromUtf8(object.type), quoted(object.name)));
        seen.insert(object.name);
    }

    for (const SchemaObject &wanted : std::as_const(expected)) {
        if (wanted.type != "table")
            continue;  // a missing index slows queries down, but reading does not need it
        if (!seen.contains(wanted.name))
            return StorageMessages::invalid(tr("table %1 is missing").arg(quoted(wanted.name)));
        if (wanted.isVirtualTable)
            continue;
        QList<Column> have;
        QList<Column> want;
        if (const int result = readColumns(file, wanted.name, have); result != SQLITE_OK)
            return StorageMessages::readFailure(file, result);
        if (const int result = readColumns(reference, wanted.name, want); result != SQLITE_OK)
            return StorageMessages::invalid(reference.errorMessage());
        if (have != want)
            return StorageMessages::invalid(tr("table %1 does not have the expected columns").arg(quoted(wanted.name)));
    }
    return {};
}

} // namespace dyad::SessionSchema
