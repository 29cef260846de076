#pragma once

#include "sessionfile.h"

#include <QJsonObject>
#include <QStringList>

namespace dyad {

class SqliteDatabase;

// The rows both kinds of save write: the whole-session writer into a new file, the updater
// into an existing one (after emptying the table). Each returns a write error or nothing.
namespace SessionRows {

// The store keeps tone as a float: -6.1 is kept as -6.0999999. Written as the shortest decimal
// that gives the same float back, the file says -6.1 and loads into exactly the same float.
double toneForFile(float tone);

// A fresh revision for the metadata: a later update() checks that the file is still at it.
QString newRevision();

StorageError writeMetadata(SqliteDatabase &db, const DatasetInfo &info, const QStringList &categories,
                           const QString &revision);
StorageError writeViewState(SqliteDatabase &db, const QJsonObject &state);
StorageError writeActors(SqliteDatabase &db, const QList<Actor> &actors);
// One line of the save log: "full" or "changes", and how many events it wrote and removed.
StorageError logSave(SqliteDatabase &db, QStringView kind, qint64 eventsWritten, qint64 eventsRemoved);

StorageError outOfRange(const QString &what);
StorageError failure(const SqliteDatabase &db);

} // namespace SessionRows

} // namespace dyad
