#pragma once

#include "sessionfile.h"
#include "sqlitedatabase.h"
#include "utf8map.h"

#include <QStringList>


namespace dyad {

// Reads a session file as untrusted input: its header, identity and schema are checked
// before any data is read, and every value is checked before it is used.
class SessionReader
{
public:
    explicit SessionReader(const QString &path);
    StorageError read(SessionContents &contents);

    // Opens a file read-only with SQLite's defences on; shared with the parts reader.
    static StorageError openDatabase(SqliteDatabase &db, const QString &path);

private:
    StorageError checkHeader();
    StorageError finishInterruptedSave();
    StorageError open();
    StorageError checkIdentity();
    StorageError readMetadata(DatasetInfo &info);
    StorageError readViewState(QJsonObject &state);
    StorageError readActors(EventStore &store);
    StorageError readEvents(EventStore &store, FileLayout &layout);

    QString m_path;
    SqliteDatabase m_db;
    int m_schemaVersion = 0;
    Utf8Map<ActorIndex> m_actorIndexes;  // by UTF-8 id
    QStringList m_categories;            // in the order the store had them
    QString m_revision;
};

} // namespace dyad
