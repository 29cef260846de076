#include "sessionwriter.h"

#include "annotationtables.h"

#include "replacementfile.h"
#include "searchindexbuilder.h"
#include "sessionrows.h"
#include "sessionschema.h"
#include "sqlitedatabase.h"
#include "storagemessages.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>


namespace dyad {

namespace {

using StorageMessages::tr;

// Speed over safety while the new file is written: nobody else can see it yet, and it is
// thrown away if anything fails. Durability comes from fsync() before the rename.
constexpr const char *bulkWritePragmas[] = {
    "PRAGMA journal_mode = OFF",
    "PRAGMA synchronous = OFF",
    "PRAGMA locking_mode = EXCLUSIVE",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA cache_size = -131072",  // KiB: index builds sort in memory
};

} // namespace

SessionWriter::SessionWriter(const SessionContents &contents, const SaveOptions &options)
    : m_contents(contents), m_store(contents.store), m_options(options), m_revision(SessionRows::newRevision())
{
}

FileLayout SessionWriter::layout() const
{
    // Events are written in row order, rowid = row + 1.
    FileLayout layout;
    layout.eventRowids.assign(size_t(m_store.keyCapacity()), 0);
    for (EventRow row = 0; row < EventRow(m_store.size()); ++row)
        layout.eventRowids[m_store.key(row)] = qint64(row) + 1;
    layout.nextRowid = m_store.size() + 1;
    layout.revision = m_revision;
    layout.schemaVersion = SessionFile::currentSchemaVersion;
    return layout;
}

StorageError SessionWriter::save(const QString &path)
{
    ReplacementFile file(path);
    if (auto error = beginStage(SaveStages::create); error.isError())
        return error;
    if (const QString problem = file.create(); !problem.isEmpty())
        return StorageMessages::writeFailure(problem);
    SearchIndexBuilder search(m_store);
    if (const QString problem = search.start(file.targetPath()); !problem.isEmpty())
        return StorageMessages::writeFailure(problem);
    {
        SqliteDatabase db;
        if (db.open(QFile::encodeName(file.path()), SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX) != SQLITE_OK)
            return sqliteFailure(db);
        if (auto error = writeDatabase(db); error.isError())
            return error;
        if (db.close() != SQLITE_OK)
            return StorageMessages::writeFailure(tr("the database could not be closed"));
    }
    if (auto error = addSearchIndex(file.path(), search); error.isError())
        return error;
    if (auto error = beginStage(SaveStages::replace); error.isError())
        return error;
    if (const QString problem = SessionFile::rollBackUnfinishedSave(path); !problem.isEmpty())
        return StorageMessages::writeFailure(problem);  // its journal would spoil the new file
    if (const QString problem = file.replaceTarget(); !problem.isEmpty())
        return StorageMessages::writeFailure(problem);
    if (m_options.progress)
        m_options.progress(100);
    return {};
}

StorageError SessionWriter::writeDatabase(SqliteDatabase &db)
{
    if (auto error = beginStage(SaveStages::schema); error.isError())
        return error;
    for (const char *pragma : bulkWritePragmas) {
        if (db.exec(pragma) != SQLITE_OK)
            return sqliteFailure(db);
    }
    const QByteArray identity = "PRAGMA application_id = " + QByteArray::number(SessionFile::applicationId)
                              + "; PRAGMA user_version = " + QByteArray::number(SessionFile::currentSchemaVersion);
    if (db.exec(identity.constData()) != SQLITE_OK || db.exec("BEGIN") != SQLITE_OK
        || SessionSchema::createTables(db) != SQLITE_OK)
        return sqliteFailure(db);

    using Step = StorageError (SessionWriter::*)(SqliteDatabase &);
    for (Step step : {&SessionWriter::writeMetadata, &SessionWriter::writeActors, &SessionWriter::writeEvents,
                      &SessionWriter::writeParticipants, &SessionWriter::writeSources,
                      &SessionWriter::writeViewState, &SessionWriter::writeAnnotations, &SessionWriter::buildIndexes}) {
        if (auto error = (this->*step)(db); error.isError())
            return error;
    }
    return db.exec("COMMIT") == SQLITE_OK ? StorageError() : sqliteFailure(db);
}

// The search index was built beside the file while the tables were written: wait for it
// and copy its rows in.
StorageError SessionWriter::addSearchIndex(const QString &path, SearchIndexBuilder &search)
{
    if (auto error = beginStage(SaveStages::searchIndex); error.isError())
        return error;
    const QString problem = search.wait([this](double share) {
        return advance(qsizetype(share * 1000), 1000, true);
    });
    if (m_cancelled)
        return cancelled();
    if (!problem.isEmpty())
        return StorageMessages::writeFailure(problem);
    if (auto error = beginStage(SaveStages::commit); error.isError())
        return error;
    SqliteDatabase db;
    if (db.open(QFile::encodeName(path), SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX) != SQLITE_OK)
        return sqliteFailure(db);
    for (const char *pragma : bulkWritePragmas) {
        if (db.exec(pragma) != SQLITE_OK)
            return sqliteFailure(db);
    }
    const QByteArray searchPath = search.path().toUtf8();
    int attached;
    {
        SqliteStatement attach(db, "ATTACH DATABASE ?1 AS search");
        attach.bindText(1, searchPath);
        attached = attach.step();
    }
    if (attached != SQLITE_DONE || db.exec("BEGIN") != SQLITE_OK
        || SessionSchema::copySearchIndex(db, "search") != SQLITE_OK || db.exec("COMMIT") != SQLITE_OK)
        return sqliteFailure(db);
    return db.close() == SQLITE_OK ? StorageError() : StorageMessages::writeFailure(tr("the database could not be closed"));
}

StorageError SessionWriter::writeMetadata(SqliteDatabase &db)
{
    if (auto error = beginStage(SaveStages::metadata); error.isError())
        return error;
    if (auto error = SessionRows::writeMetadata(db, m_contents.info, m_store.categories(), m_revision); error.isError())
        return error;
    return SessionRows::logSave(db, u"full", m_store.size(), 0);
}

StorageError SessionWriter::writeActors(SqliteDatabase &db)
{
    if (auto error = beginStage(SaveStages::actors); error.isError())
        return error;
    m_actorIds.reserve(size_t(m_store.actorCount()));
    for (const Actor &actor : m_store.actors())
        m_actorIds.push_back(actor.id.toUtf8());
    return SessionRows::writeActors(db, m_store.actors());
}

StorageError SessionWriter::writeViewState(SqliteDatabase &db)
{
    if (auto error = beginStage(SaveStages::viewState); error.isError())
        return error;
    return SessionRows::writeViewState(db, m_contents.viewState);
}

StorageError SessionWriter::writeAnnotations(SqliteDatabase &db)
{
    if (auto error = beginStage(SaveStages::annotations); error.isError())
        return error;
    return AnnotationTables::write(db, m_contents.annotations);
}

StorageError SessionWriter::buildIndexes(SqliteDatabase &db)
{
    if (auto error = beginStage(SaveStages::indexes); error.isError())
        return error;
    // These statements run for seconds on a million events: let the user cancel inside them.
    sqlite3_progress_handler(db.handle(), 200000, &SessionWriter::onSqliteProgress, this);
    if (SessionSchema::createIndexes(db) != SQLITE_OK) {
        if (m_cancelled)
            return cancelled();
        if (db.errorCode() != SQLITE_CONSTRAINT)
            return sqliteFailure(db);
        // Annotations find their event by id, so ids must be unique.
        SqliteStatement duplicate(db, "SELECT id FROM events GROUP BY id HAVING count(*) > 1 LIMIT 1");
        const QString id = duplicate.step() == SQLITE_ROW ? QString::fromUtf8(duplicate.columnText(0)) : QString();
        return StorageMessages::error(StorageError::Invalid,
                                      tr("The session could not be saved: two events have the id \"%1\".").arg(id));
    }
    return {};
}

StorageError SessionWriter::beginStage(const SaveStages::Stage &stage)
{
    m_stageBegin = stage.begin;
    m_stageEnd = stage.end;
    const QStringView name(stage.name);
    if (m_options.failureInjection && m_options.failureInjection(name))
        return StorageMessages::writeFailure(tr("simulated failure while writing %1").arg(name));
    if (m_reported != stage.begin && m_options.progress) {
        m_reported = stage.begin;
        m_cancelled = !m_options.progress(stage.begin);
    }
    if (m_cancelled)
        return cancelled();
    return {};
}

bool SessionWriter::advance(qsizetype done, qsizetype total, bool always)
{
    if (!m_options.progress || (!always && (done & 0xfff) != 0))
        return !m_cancelled;
    const int percent = m_stageBegin + int(qint64(m_stageEnd - m_stageBegin) * done / std::max<qsizetype>(total, 1));
    if (percent != m_reported) {
        m_reported = percent;
        m_cancelled = !m_options.progress(percent);
    }
    return !m_cancelled;
}

StorageError SessionWriter::cancelled()
{
    return StorageMessages::error(StorageError::Cancelled, tr("The save was cancelled."));
}

StorageError SessionWriter::sqliteFailure(const SqliteDatabase &db) const
{
    if (m_cancelled)
        return cancelled();
    return StorageMessages::writeFailure(db.errorMessage());
}

int SessionWriter::onSqliteProgress(void *writer)
{
    // Long statements (index builds, the search index) ask from time to time whether to go on.
    auto *self = static_cast<SessionWriter *>(writer);
    if (self->m_options.progress && !self->m_cancelled)
        self->m_cancelled = !self->m_options.progress(self->m_reported);
    return self->m_cancelled ? 1 : 0;
}

StorageError SessionFile::save(const QString &path, const SessionContents &contents, const SaveOptions &options,
                               FileLayout *written)
{
    SessionWriter writer(contents, options);
    const StorageError error = writer.save(path);
    if (!error.isError() && written)
        *written = writer.layout();
    return error;
}

} // namespace dyad
