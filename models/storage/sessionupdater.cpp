#include "sessionupdater.h"

#include "annotationtables.h"
#include "sessionrows.h"
#include "sessionschema.h"
#include "sqlitedatabase.h"
#include "storagemessages.h"

#include <QFile>

#include <sqlite3.h>

namespace dyad {

namespace {

using StorageMessages::tr;

// Opening the file for writing must not let the file run anything: it may have been swapped
// for a crafted one since it was loaded (the schema check below refuses it then).
constexpr std::pair<int, int> writeConfiguration[] = {
    {SQLITE_DBCONFIG_DEFENSIVE, 1},
    {SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0},
    {SQLITE_DBCONFIG_ENABLE_TRIGGER, 0},
    {SQLITE_DBCONFIG_ENABLE_VIEW, 0},
    {SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0},
};

// The classic rollback journal: the old pages go to <file>-journal and are synced before the
// file is written, and the journal's deletion is the commit. FULL syncs the folder too, so
// a power cut cannot lose a committed save or leave a half-written one.
constexpr const char *durableWritePragmas[] = {
    "PRAGMA journal_mode = DELETE",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = OFF",
};

const QByteArray roleNames[] = {participantRoleName(ParticipantRole::Participant).toUtf8(),
                                participantRoleName(ParticipantRole::Initiator).toUtf8(),
                                participantRoleName(ParticipantRole::Target).toUtf8()};

} // namespace

qint64 FileLayout::assignRowid(EventKey key)
{
    if (key >= eventRowids.size())
        eventRowids.resize(size_t(key) + 1, 0);
    eventRowids[key] = nextRowid++;
    return eventRowids[key];
}

QString SessionFile::rollBackUnfinishedSave(const QString &path)
{
    if (!QFile::exists(path + u"-journal"))
        return {};
    // Any read through an ordinary read-write connection makes SQLite roll a hot journal back.
    SqliteDatabase db;
    qint64 version = 0;
    if (db.open(QFile::encodeName(path), SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX) != SQLITE_OK
        || db.queryInt("PRAGMA user_version", version) != SQLITE_OK) {
        return tr("A save of this session was interrupted, and it could not be finished: %1. "
                  "Open it from a folder Dyad can write to.")
            .arg(db.errorMessage());
    }
    return {};
}

SessionUpdater::SessionUpdater(const SessionUpdate &changes, const SaveOptions &options)
    : m_changes(changes)
    , m_options(options)
    , m_revision(SessionRows::newRevision())
{
}

StorageError SessionUpdater::update(const QString &path, FileLayout &layout)
{
    if (!layout.isValid() || layout.schemaVersion != SessionFile::currentSchemaVersion)
        return StorageMessages::error(StorageError::Outdated, tr("The file needs to be written whole."));
    if (const QString problem = SessionFile::rollBackUnfinishedSave(path); !problem.isEmpty())
        return StorageMessages::writeFailure(problem);
    SqliteDatabase db;
    if (auto error = open(db, path); error.isError())
        return error;
    if (db.exec("BEGIN IMMEDIATE") != SQLITE_OK)
        return failure(db);
    // From here on, closing the database without COMMIT rolls everything back.
    if (auto error = checkRevision(db, layout); error.isError())
        return error;
    FileLayout next = layout;
    using Step = StorageError (SessionUpdater::*)(SqliteDatabase &);
    for (Step step : {&SessionUpdater::writeSmallTables, &SessionUpdater::writeAnnotations}) {
        if (auto error = (this->*step)(db); error.isError())
            return error;
    }
    if (auto error = writeEvents(db, next); error.isError())
        return error;
    if (auto error = SessionRows::logSave(db, u"changes", m_written, m_removed); error.isError())
        return error;
    if (m_options.failureInjection && m_options.failureInjection(u"commit"))
        return StorageMessages::writeFailure(tr("simulated failure while writing %1").arg(u"commit"));
    if (db.exec("COMMIT") != SQLITE_OK)
        return failure(db);
    next.revision = m_revision;
    layout = std::move(next);
    if (m_options.progress)
        m_options.progress(100);
    return {};
}

StorageError SessionUpdater::open(SqliteDatabase &db, const QString &path)
{
    if (!QFile::exists(path))
        return StorageMessages::error(StorageError::Outdated, tr("The file \"%1\" is gone.").arg(path));
    if (db.open(QFile::encodeName(path), SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX) != SQLITE_OK)
        return failure(db);
    for (const auto &[option, value] : writeConfiguration)
        sqlite3_db_config(db.handle(), option, value, nullptr);
    for (const char *pragma : durableWritePragmas) {
        if (db.exec(pragma) != SQLITE_OK)
            return failure(db);
    }
    qint64 applicationId = 0;
    qint64 version = 0;
    if (db.queryInt("PRAGMA application_id", applicationId) != SQLITE_OK || db.queryInt("PRAGMA user_version", version) != SQLITE_OK)
        return failure(db);
    if (applicationId != SessionFile::applicationId || version != SessionFile::currentSchemaVersion
        || SessionSchema::check(db, int(version)).isError())
        return StorageMessages::error(StorageError::Outdated, tr("The file is no longer the session that was opened."));
    return {};
}

StorageError SessionUpdater::checkRevision(SqliteDatabase &db, const FileLayout &layout)
{
    SqliteStatement select(db, "SELECT value FROM metadata WHERE key = 'revision'");
    if (select.step() != SQLITE_ROW || select.columnText(0) != layout.revision.toUtf8())
        return StorageMessages::error(StorageError::Outdated, tr("The file was saved by someone else since it was opened."));
    return {};
}

StorageError SessionUpdater::writeSmallTables(SqliteDatabase &db)
{
    if (db.exec("DELETE FROM metadata; DELETE FROM view_state") != SQLITE_OK)
        return failure(db);
    if (auto error = SessionRows::writeMetadata(db, m_changes.info, m_changes.categories, m_revision); error.isError())
        return error;
    if (auto error = SessionRows::writeViewState(db, m_changes.viewState); error.isError())
        return error;
    if (!m_changes.actors)
        return {};
    if (db.exec("DELETE FROM actors") != SQLITE_OK)
        return failure(db);
    return SessionRows::writeActors(db, *m_changes.actors);
}

StorageError SessionUpdater::writeAnnotations(SqliteDatabase &db)
{
    if (auto error = AnnotationTables::replaceAnnotations(db, m_changes.annotations); error.isError())
        return error;
    if (m_changes.links) {
        if (auto error = AnnotationTables::replaceLinks(db, *m_changes.links); error.isError())
            return error;
    }
    if (m_changes.presets)
        return AnnotationTables::replacePresets(db, *m_changes.presets);
    return {};
}

StorageError SessionUpdater::writeEvents(SqliteDatabase &db, FileLayout &layout)
{
    const auto total = qsizetype(m_changes.events.size());
    for (qsizetype i = 0; i < total; ++i) {
        const SessionUpdate::EventRow &change = m_changes.events[size_t(i)];
        qint64 rowid = layout.rowidOf(change.key);
        if (rowid != 0) {
            if (auto error = removeEventRow(db, rowid); error.isError())
                return error;
            if (!change.event) {
                layout.eventRowids[change.key] = 0;
                ++m_removed;
            }
        }
        if (change.event) {
            if (rowid == 0)
                rowid = layout.assignRowid(change.key);
            if (auto error = insertEventRow(db, rowid, *change.event); error.isError())
                return error;
            ++m_written;
        }
        if (!advance(i, total))
            return StorageMessages::error(StorageError::Cancelled, tr("The save was cancelled."));
    }
    return {};
}

StorageError SessionUpdater::removeEventRow(SqliteDatabase &db, qint64 rowid)
{
    // The search index has no copy of the text: it is told which words to forget.
    SqliteStatement old(db, "SELECT title, summary FROM events WHERE rowid = ?1");
    old.bindInt(1, rowid);
    if (old.step() == SQLITE_ROW) {
        SqliteStatement forget(db, "INSERT INTO events_fts (events_fts, rowid, title, summary) VALUES ('delete', ?1, ?2, ?3)");
        forget.bindInt(1, rowid);
        forget.bindText(2, old.columnText(0));
        forget.bindText(3, old.columnText(1));
        if (forget.step() != SQLITE_DONE)
            return failure(db);
    }
    for (const char *sql : {"DELETE FROM participants WHERE event_rowid = ?1", "DELETE FROM sources WHERE event_rowid = ?1",
                            "DELETE FROM events WHERE rowid = ?1"}) {
        SqliteStatement remove(db, sql);
        remove.bindInt(1, rowid);
        if (remove.step() != SQLITE_DONE)
            return failure(db);
    }
    return {};
}

StorageError SessionUpdater::insertEventRow(SqliteDatabase &db, qint64 rowid, const Event &event)
{
    SqliteStatement insert(db, "INSERT INTO events (rowid, id, start_day, start_precision, end_day, end_precision, title, "
                               "summary, category, tone, place_name, place_lat, place_lon) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    insert.bindInt(1, rowid);
    insert.bindText(2, QStringView(event.id));
    insert.bindInt(3, event.start.firstDay());
    insert.bindInt(4, int(event.start.precision()));
    if (event.end) {
        insert.bindInt(5, event.end->firstDay());
        insert.bindInt(6, int(event.end->precision()));
    } else {
        insert.bindNull(5);
        insert.bindNull(6);
    }
    insert.bindText(7, QStringView(event.title));
    insert.bindText(8, QStringView(event.summary));
    insert.bindText(9, QStringView(event.category));
    insert.bindDouble(10, SessionRows::toneForFile(float(std::clamp(event.tone, minimumTone, maximumTone))));
    if (event.place)
        insert.bindText(11, QStringView(event.place->name));
    else
        insert.bindNull(11);
    if (event.place && event.place->location && !event.place->location->isValid())
        return SessionRows::outOfRange(tr("the place of event \"%1\"").arg(event.id));
    if (event.place && event.place->location) {
        insert.bindDouble(12, event.place->location->latitude);
        insert.bindDouble(13, event.place->location->longitude);
    } else {
        insert.bindNull(12);
        insert.bindNull(13);
    }
    if (insert.step() != SQLITE_DONE)
        return failure(db);

    SqliteStatement participant(db, "INSERT INTO participants (event_rowid, position, actor_id, role) VALUES (?1, ?2, ?3, ?4)");
    for (qsizetype i = 0; i < event.participants.size(); ++i) {
        participant.bindInt(1, rowid);
        participant.bindInt(2, i);
        participant.bindText(3, QStringView(event.participants.at(i).actorId));
        participant.bindText(4, roleNames[size_t(event.participants.at(i).role)]);
        if (participant.step() != SQLITE_DONE)
            return failure(db);
        participant.reset();
    }
    SqliteStatement source(db, "INSERT INTO sources (event_rowid, position, publisher, title, url, date_day, date_precision) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (qsizetype i = 0; i < event.sources.size(); ++i) {
        const Source &value = event.sources.at(i);
        source.bindInt(1, rowid);
        source.bindInt(2, i);
        source.bindText(3, QStringView(value.publisher));
        source.bindText(4, QStringView(value.title));
        source.bindText(5, QStringView(value.url));
        if (value.date.isValid()) {
            source.bindInt(6, value.date.firstDay());
            source.bindInt(7, int(value.date.precision()));
        } else {
            source.bindNull(6);
            source.bindNull(7);
        }
        if (source.step() != SQLITE_DONE)
            return failure(db);
        source.reset();
    }

    SqliteStatement index(db, "INSERT INTO events_fts (rowid, title, summary) VALUES (?1, ?2, ?3)");
    index.bindInt(1, rowid);
    index.bindText(2, QStringView(event.title));
    index.bindText(3, QStringView(event.summary));
    return index.step() == SQLITE_DONE ? StorageError() : failure(db);
}

StorageError SessionUpdater::failure(const SqliteDatabase &db) const
{
    return StorageMessages::writeFailure(db.errorMessage());
}

bool SessionUpdater::advance(qsizetype done, qsizetype total)
{
    if (!m_options.progress || (done & 0xff) != 0)
        return true;
    const int percent = int(qint64(99) * done / std::max<qsizetype>(total, 1));
    if (percent != m_reported) {
        m_reported = percent;
        m_cancelled = !m_options.progress(percent);
    }
    return !m_cancelled;
}

StorageError SessionFile::update(const QString &path, const SessionUpdate &changes, FileLayout &layout,
                                 const SaveOptions &options)
{
    return SessionUpdater(changes, options).update(path, layout);
}

} // namespace dyad
