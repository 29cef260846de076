#pragma once

#include "sessionfile.h"

namespace dyad {

class SqliteDatabase;

// Schema version 1 of the session file, documented in docs/file-formats.md.
namespace SessionSchema {

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
