#pragma once

#include "sessionfile.h"

#include <QByteArray>

#include <vector>

namespace dyad {

class SearchIndexBuilder;
class SqliteDatabase;

// The stages of a save, with the share of the 0..100 progress scale that each one covers.
namespace SaveStages {
struct Stage
{
    const char16_t *name;
    int begin;
    int end;
};
inline constexpr Stage create{u"create", 0, 0};
inline constexpr Stage schema{u"schema", 0, 0};
inline constexpr Stage metadata{u"metadata", 0, 0};
inline constexpr Stage actors{u"actors", 0, 1};
inline constexpr Stage events{u"events", 1, 30};
inline constexpr Stage participants{u"participants", 30, 45};
inline constexpr Stage sources{u"sources", 45, 58};
inline constexpr Stage viewState{u"view-state", 58, 58};
inline constexpr Stage annotations{u"annotations", 58, 58};
inline constexpr Stage indexes{u"indexes", 58, 68};
inline constexpr Stage searchIndex{u"search-index", 68, 96};
inline constexpr Stage commit{u"commit", 96, 97};
inline constexpr Stage replace{u"replace", 97, 100};
} // namespace SaveStages

// Writes a whole session into a fresh file, then puts it in place of the target. One pass per
// table, in that table's key order, inside one transaction.
class SessionWriter
{
public:
    SessionWriter(const SessionContents &contents, const SaveOptions &options);
    StorageError save(const QString &path);
    FileLayout layout() const;  // of the file save() wrote

private:
    StorageError writeDatabase(SqliteDatabase &db);
    StorageError writeMetadata(SqliteDatabase &db);
    StorageError writeActors(SqliteDatabase &db);
    StorageError writeEvents(SqliteDatabase &db);
    StorageError writeParticipants(SqliteDatabase &db);
    StorageError writeSources(SqliteDatabase &db);
    StorageError writeViewState(SqliteDatabase &db);
    StorageError writeAnnotations(SqliteDatabase &db);
    StorageError buildIndexes(SqliteDatabase &db);
    StorageError addSearchIndex(const QString &path, SearchIndexBuilder &search);

    // Called when a stage begins: a simulated failure or a cancellation ends the save.
    StorageError beginStage(const SaveStages::Stage &stage);
    // Reports progress through the rows of a stage; false when the user cancelled.
    bool advance(qsizetype done, qsizetype total, bool always = false);
    StorageError sqliteFailure(const SqliteDatabase &db) const;
    static StorageError cancelled();
    static int onSqliteProgress(void *writer);

    const SessionContents &m_contents;
    const EventStore &m_store;
    const SaveOptions &m_options;
    QString m_revision;
    std::vector<QByteArray> m_actorIds;  // UTF-8, by ActorIndex
    int m_stageBegin = 0;
    int m_stageEnd = 0;
    int m_reported = -1;
    bool m_cancelled = false;
};

} // namespace dyad
