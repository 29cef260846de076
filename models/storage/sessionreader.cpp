#include "sessionreader.h"

#include "annotationtables.h"

#include "rowreader.h"
#include "sessionschema.h"
#include "storagemessages.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>
#include <QtEndian>

#include <sqlite3.h>

namespace dyad {

namespace {

using StorageMessages::tr;

constexpr int maximumValueBytes = 16 * 1024 * 1024;

// Limits for an untrusted database: no value beyond 16 MB, no statement in its schema
// longer than any Dyad writes, nothing attached.
constexpr std::pair<int, int> readLimits[] = {
    {SQLITE_LIMIT_LENGTH, maximumValueBytes},
    {SQLITE_LIMIT_SQL_LENGTH, 100000},
    {SQLITE_LIMIT_COLUMN, 100},
    {SQLITE_LIMIT_EXPR_DEPTH, 100},
    {SQLITE_LIMIT_COMPOUND_SELECT, 10},
    {SQLITE_LIMIT_FUNCTION_ARG, 8},
    {SQLITE_LIMIT_ATTACHED, 0},
    {SQLITE_LIMIT_TRIGGER_DEPTH, 1},
};

constexpr std::pair<int, int> readConfiguration[] = {
    {SQLITE_DBCONFIG_DEFENSIVE, 1},
    {SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0},
    {SQLITE_DBCONFIG_ENABLE_TRIGGER, 0},
    {SQLITE_DBCONFIG_ENABLE_VIEW, 0},
    {SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0},
};

// The parts of the 100-byte SQLite header that matter here (https://sqlite.org/fileformat.html).
struct SqliteHeader
{
    static constexpr qsizetype size = 100;
    QByteArray bytes;

    bool hasMagic() const { return bytes.startsWith(QByteArrayView("SQLite format 3\0", 16)); }
    quint32 at(int offset) const { return qFromBigEndian<quint32>(bytes.constData() + offset); }
    qint64 pageSize() const
    {
        const quint16 value = qFromBigEndian<quint16>(bytes.constData() + 16);
        return value == 1 ? 65536 : value;
    }
    // The size the file had when it was written, when the header says so reliably.
    std::optional<qint64> expectedFileSize() const
    {
        const quint32 pages = at(28);
        if (pages == 0 || at(24) != at(92))
            return std::nullopt;
        return pages * pageSize();
    }
};

QByteArray readOnlyUri(const QString &path)
{
    // immutable=1: no locks, no journal or WAL files looked at or created. The file never
    // changes under us: Dyad replaces a session by renaming a new file over it.
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?immutable=1";
}

bool readCategories(const QString &json, QStringList &categories)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return false;
    const QJsonArray names = document.array();
    if (names.size() > std::numeric_limits<CategoryIndex>::max() + 1)
        return false;
    for (const QJsonValue &name : names) {
        if (!name.isString())
            return false;
        categories.append(name.toString());
    }
    return categories.size() == QSet<QString>(categories.begin(), categories.end()).size();
}

QString quoted(QByteArrayView utf8)
{
    return u'"' + QString::fromUtf8(utf8) + u'"';
}

} // namespace

SessionReader::SessionReader(const QString &path) : m_path(path) {}

StorageError SessionReader::read(SessionContents &contents)
{
    using Step = StorageError (SessionReader::*)();
    for (Step step : {&SessionReader::finishInterruptedSave, &SessionReader::checkHeader, &SessionReader::open,
                      &SessionReader::checkIdentity}) {
        if (auto error = (this->*step)(); error.isError())
            return error;
    }
    if (auto error = SessionSchema::check(m_db, m_schemaVersion); error.isError())
        return error;
    // Version 1 files have no annotations: they open with none, and are saved as the current version.
    if (m_schemaVersion >= AnnotationTables::firstSchemaVersion) {
        if (auto error = AnnotationTables::read(m_db, contents.annotations); error.isError())
            return error;
    }
    if (auto error = readMetadata(contents.info); error.isError())
        return error;
    contents.layout.revision = m_revision;
    contents.layout.schemaVersion = m_schemaVersion;
    if (auto error = readViewState(contents.viewState); error.isError())
        return error;
    if (auto error = readActors(contents.store); error.isError())
        return error;
    return readEvents(contents.store, contents.layout);
}

// Before the header check: until its journal is played back, a file whose save was cut short
// may be shorter than its header says.
StorageError SessionReader::finishInterruptedSave()
{
    if (const QString problem = SessionFile::rollBackUnfinishedSave(m_path); !problem.isEmpty())
        return StorageMessages::error(StorageError::Damaged, problem);
    return {};
}

StorageError SessionReader::checkHeader()
{
    QFile file(m_path);
    if (!file.exists())
        return StorageMessages::error(StorageError::NotFound, tr("The file \"%1\" does not exist.").arg(m_path));
    if (QFileInfo(file).isDir() || !file.open(QIODevice::ReadOnly))
        return StorageMessages::error(StorageError::NotFound, tr("The file \"%1\" cannot be opened: %2")
                                                                  .arg(m_path, file.errorString()));
    const SqliteHeader header{file.read(SqliteHeader::size)};
    if (!header.hasMagic())
        return StorageMessages::notADyadFile();
    if (header.bytes.size() < SqliteHeader::size)
        return StorageMessages::damaged();
    if (const auto size = header.expectedFileSize(); size && file.size() < *size)
        return StorageMessages::damaged();
    return {};
}

StorageError SessionReader::openDatabase(SqliteDatabase &db, const QString &path)
{
    const int flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
    if (const int result = db.open(readOnlyUri(path), flags); result != SQLITE_OK)
        return StorageMessages::readFailure(db, result);
    for (const auto &[option, value] : readConfiguration)
        sqlite3_db_config(db.handle(), option, value, nullptr);
    for (const auto &[limit, value] : readLimits)
        sqlite3_limit(db.handle(), limit, value);
    // Spot damaged pages early; and refuse any write, whatever the file asks for.
    if (db.exec("PRAGMA cell_size_check = ON; PRAGMA query_only = ON") != SQLITE_OK)
        return StorageMessages::readFailure(db, db.errorCode());
    return {};
}

StorageError SessionReader::open()
{
    return openDatabase(m_db, m_path);
}

StorageError SessionReader::checkIdentity()
{
    qint64 applicationId = 0;
    qint64 version = 0;
    if (const int result = m_db.queryInt("PRAGMA application_id", applicationId); result != SQLITE_OK)
        return StorageMessages::readFailure(m_db, result);
    if (applicationId != SessionFile::applicationId)
        return StorageMessages::notADyadFile();
    if (const int result = m_db.queryInt("PRAGMA user_version", version); result != SQLITE_OK)
        return StorageMessages::readFailure(m_db, result);
    if (version > SessionFile::currentSchemaVersion) {
        return StorageMessages::error(StorageError::NewerVersion,
                                      tr("This session was made by a newer version of Dyad (schema %1); "
                                         "this version reads up to %2.")
                                          .arg(version)
                                          .arg(SessionFile::currentSchemaVersion));
    }
    if (version < 1)
        return StorageMessages::notADyadFile();
    m_schemaVersion = int(version);
    return {};
}

StorageError SessionReader::readMetadata(DatasetInfo &info)
{
    SqliteStatement select(m_db, "SELECT key, value FROM metadata");
    RowReader row(select, "metadata");
    int result = select.prepareResult();
    qint64 number = 0;
    while (result == SQLITE_OK && (result = select.step()) == SQLITE_ROW) {
        row.setRow(++number);
        const QByteArrayView key = row.text(0);
        const QString value = QString::fromUtf8(row.text(1));
        if (key == "categories" && row.ok() && !readCategories(value, m_categories))
            row.fail(1, tr("not a list of category names"));
        if (!row.ok())
            return row.error();
        if (key == "title")
            info.title = value;
        else if (key == "description")
            info.description = value;
        else if (key == "attribution")
            info.attribution = value;
        else if (key == "revision")
            m_revision = value;
        // Other keys (the application that wrote the file) are for people and other tools.
        result = SQLITE_OK;
    }
    return result == SQLITE_DONE ? StorageError() : StorageMessages::readFailure(m_db, result);
}

StorageError SessionReader::readViewState(QJsonObject &state)
{
    SqliteStatement select(m_db, "SELECT key, json FROM view_state");
    RowReader row(select, "view_state");
    int result = select.prepareResult();
    qint64 number = 0;
    while (result == SQLITE_OK && (result = select.step()) == SQLITE_ROW) {
        row.setRow(++number);
        const QString key = QString::fromUtf8(row.text(0));
        const QByteArrayView json = row.text(1);
        if (!row.ok())
            return row.error();
        // Each value was written as the one element of an array with its brackets cut off.
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson('[' + json.toByteArray() + ']', &parseError);
        if (parseError.error != QJsonParseError::NoError || document.array().size() != 1) {
            row.fail(1, tr("not a JSON value"));
            return row.error();
        }
        state.insert(key, document.array().first());
        result = SQLITE_OK;
    }
    return result == SQLITE_DONE ? StorageError() : StorageMessages::readFailure(m_db, result);
}

StorageError SessionReader::readActors(EventStore &store)
{
    SqliteStatement select(m_db, "SELECT rowid, id, name, kind, state_id, home_lat, home_lon FROM actors ORDER BY rowid");
    RowReader row(select, "actors");
    QList<Actor> actors;
    int result = select.prepareResult();
    while (result == SQLITE_OK && (result = select.step()) == SQLITE_ROW) {
        row.setRow(select.columnInt(0));
        const QByteArrayView id = row.text(1);
        Actor actor;
        actor.name = QString::fromUtf8(row.text(2));
        const QByteArrayView kindName = row.text(3);
        actor.stateId = QString::fromUtf8(row.optionalText(4).value_or(QByteArrayView()));
        actor.home = row.point(5, 6);
        if (!row.ok())
            return row.error();
        const auto kind = actorKindFromName(QString::fromUtf8(kindName));
        if (!kind) {
            row.fail(3, tr("unknown actor kind %1").arg(quoted(kindName)));
            return row.error();
        }
        if (m_actorIndexes.find(id)) {
            row.fail(1, tr("a second actor with the id %1").arg(quoted(id)));
            return row.error();
        }
        actor.kind = *kind;
        actor.id = QString::fromUtf8(id);
        // The store is empty and the ids are distinct: each actor's index is its position.
        m_actorIndexes.insert(id, ActorIndex(actors.size()));
        actors.append(std::move(actor));
        result = SQLITE_OK;
    }
    if (result != SQLITE_DONE)
        return StorageMessages::readFailure(m_db, result);
    store.addActors(actors);  // one pass over the state groups, however many actors there are
    return {};
}

StorageError SessionFile::load(const QString &path, SessionContents &out)
{
    SessionContents contents;
    SessionReader reader(path);
    if (auto error = reader.read(contents); error.isError())
        return error;
    out = std::move(contents);
    return {};
}

} // namespace dyad
