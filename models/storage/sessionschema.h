#pragma once

#include "sessionfile.h"

namespace dyad {

class SqliteDatabase;

// The session file's schema, documented in docs/file-formats.md.
namespace SessionSchema {

// Version 3 adds the save log: one row per save, what it wrote.
inline constexpr int saveLogFirstVersion = 3;
int createSaveLog(SqliteDatabase &db);

// Tables first (before the bulk insert), indexes after it.
int createTables(SqliteDatabase &db);
int createIndexes(SqliteDatabase &db);

// The full-text index is built in a database of its own, on a thread of its own, while the
// tables are written (SearchIndexBuilder); then its rows are copied into the session file.
int createSearchTable(SqliteDatabase &db);
int copySearchIndex(SqliteDatabase &db, const char *fromSchema);

// Compares an untrusted file's schema with the one createTables() + createIndexes() make:
// the same tables with the same columns (names and declared types), no triggers, no views,
// no other tables or indexes. Constraints are not compared: a crafted file need not honour
// them, so the reader checks every value anyway.
StorageError check(SqliteDatabase &file, int schemaVersion);

} // namespace SessionSchema

} // namespace dyad
