#pragma once

#include "sessionfile.h"

namespace dyad {

class SqliteDatabase;

// The user-facing wording of storage errors, shared by the reader, the writer and the
// schema check, so that one problem is always described the same way.
namespace StorageMessages {

QString tr(const char *text);
StorageError error(StorageError::Kind kind, const QString &message);

StorageError notADyadFile();
StorageError damaged();
StorageError invalid(const QString &detail);
// A failed SQLite call while reading: damaged, too big, or otherwise unreadable.
StorageError readFailure(const SqliteDatabase &db, int result);
// A failed SQLite call or system call while writing.
StorageError writeFailure(const QString &detail);

} // namespace StorageMessages

} // namespace dyad
