#pragma once

#include "sessionfile.h"

namespace dyad {

class SqliteDatabase;
class SqliteStatement;

// Writes one SessionUpdate into an existing session file, in place, in one transaction:
// the touched events (with their participants, sources and search-index entries), the touched
// annotations, and the small tables whole. SQLite's rollback journal with synchronous=FULL
// makes the transaction atomic and durable: after a crash the file is the old version or
// the new one, and the next open rolls an interrupted save back.
class SessionUpdater
{
public:
    SessionUpdater(const SessionUpdate &changes, const SaveOptions &options);
    StorageError update(const QString &path, FileLayout &layout);

private:
    StorageError open(SqliteDatabase &db, const QString &path);
    StorageError checkRevision(SqliteDatabase &db, const FileLayout &layout);
    StorageError migrate(SqliteDatabase &db, int fromVersion);
    StorageError writeSmallTables(SqliteDatabase &db);
    StorageError writeEvents(SqliteDatabase &db, FileLayout &layout);
    StorageError removeEventRow(SqliteDatabase &db, qint64 rowid);
    StorageError insertEventRow(SqliteDatabase &db, qint64 rowid, const Event &event);
    StorageError writeAnnotations(SqliteDatabase &db);
    StorageError failure(const SqliteDatabase &db) const;
    bool advance(qsizetype done, qsizetype total);

    const SessionUpdate &m_changes;
    const SaveOptions &m_options;
    QString m_revision;
    qint64 m_written = 0;
    qint64 m_removed = 0;
    int m_reported = -1;
    bool m_cancelled = false;
};

} // namespace dyad
