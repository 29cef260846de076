#include "sessionrows.h"

#include "sqlitedatabase.h"
#include "storagemessages.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <sqlite3.h>

#include <charconv>
#include <cmath>

namespace dyad::SessionRows {

namespace {

using StorageMessages::tr;

QByteArray jsonValueText(const QJsonValue &value)
{
    // QJsonDocument holds only objects and arrays: wrap the value and cut the brackets off.
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
}

} // namespace

double toneForFile(float tone)
{
    if (std::isnan(tone))
        return 0;  // SQLite would store NaN as NULL
    char text[32];
    const auto written = std::to_chars(text, text + sizeof text, tone);
    double value = tone;
    std::from_chars(text, written.ptr, value);
    return value;
}

QString newRevision()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

StorageError failure(const SqliteDatabase &db)
{
    return StorageMessages::writeFailure(db.errorMessage());
}

StorageError writeMetadata(SqliteDatabase &db, const DatasetInfo &info, const QStringList &categories,
                           const QString &revision)
{
    SqliteStatement insert(db, "INSERT INTO metadata (key, value) VALUES (?1, ?2)");
    // The category order is the store's: views give each category its colour by index.
    const QString categoryList = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(categories)).toJson(QJsonDocument::Compact));
    const std::pair<QByteArrayView, QString> entries[] = {
        {"title", info.title},
        {"description", info.description},
        {"attribution", info.attribution},
        {"categories", categoryList},
        {"application", QStringLiteral("Dyad " DYAD_VERSION_STRING)},
        {"revision", revision},
    };
    for (const auto &[key, value] : entries) {
        insert.bindText(1, key);
        insert.bindText(2, QStringView(value));
        if (insert.step() != SQLITE_DONE)
            return failure(db);
        insert.reset();
    }
    return {};
}

StorageError writeViewState(SqliteDatabase &db, const QJsonObject &state)
{
    SqliteStatement insert(db, "INSERT INTO view_state (key, json) VALUES (?1, ?2)");
    for (auto it = state.constBegin(); it != state.constEnd(); ++it) {
        const QString key = it.key();
        const QByteArray json = jsonValueText(it.value());
        insert.bindText(1, QStringView(key));
        insert.bindText(2, json);
        if (insert.step() != SQLITE_DONE)
            return failure(db);
        insert.reset();
    }
    return {};
}

StorageError writeActors(SqliteDatabase &db, const QList<Actor> &actors)
{
    SqliteStatement insert(db, "INSERT INTO actors (rowid, id, name, kind, state_id, home_lat, home_lon) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (qsizetype index = 0; index < actors.size(); ++index) {
        const Actor &actor = actors.at(index);
        const QString kind = actorKindName(actor.kind);
        insert.bindInt(1, qint64(index) + 1);  // the row order is the actor order
        insert.bindText(2, QStringView(actor.id));
        insert.bindText(3, QStringView(actor.name));
        insert.bindText(4, QStringView(kind));
        if (actor.stateId.isEmpty())
            insert.bindNull(5);
        else
            insert.bindText(5, QStringView(actor.stateId));
        if (actor.home && !actor.home->isValid())
            return outOfRange(tr("the home of actor \"%1\"").arg(actor.id));
        if (actor.home) {
            insert.bindDouble(6, actor.home->latitude);
            insert.bindDouble(7, actor.home->longitude);
        } else {
            insert.bindNull(6);
            insert.bindNull(7);
        }
        if (insert.step() != SQLITE_DONE)
            return failure(db);
        insert.reset();
    }
    return {};
}

StorageError logSave(SqliteDatabase &db, QStringView kind, qint64 eventsWritten, qint64 eventsRemoved)
{
    SqliteStatement insert(db, "INSERT INTO saves (saved_at, kind, events_written, events_removed) VALUES (?1, ?2, ?3, ?4)");
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    insert.bindText(1, QStringView(now));
    insert.bindText(2, kind);
    insert.bindInt(3, eventsWritten);
    insert.bindInt(4, eventsRemoved);
    return insert.step() == SQLITE_DONE ? StorageError() : failure(db);
}

StorageError outOfRange(const QString &what)
{
    // Written as they are, such coordinates would make a file that Dyad refuses to open.
    return StorageMessages::error(StorageError::Invalid,
                                  tr("The session could not be saved: %1 has coordinates out of range.").arg(what));
}

} // namespace dyad::SessionRows
