// SessionWriter: the rows of the events, participants and sources tables. Each table is
// written in one pass over the store's rows, so its rows arrive in key order and SQLite
// appends to its B-tree instead of searching it.

#include "batchinsert.h"
#include "sessionrows.h"
#include "sessionwriter.h"
#include "sqlitedatabase.h"
#include "storagemessages.h"

#include <sqlite3.h>


namespace dyad {

using StorageMessages::tr;
using SessionRows::toneForFile;

StorageError SessionWriter::writeEvents(SqliteDatabase &db)
{
    if (auto error = beginStage(SaveStages::events); error.isError())
        return error;
    std::vector<QByteArray> categories;
    for (const QString &category : m_store.categories())
        categories.push_back(category.toUtf8());

    BatchInsert insert(db, "events", "rowid, id, start_day, start_precision, end_day, end_precision, title, summary, "
                                     "category, tone, place_name, place_lat, place_lon", 13);
    const qsizetype count = m_store.size();
    for (EventRow row = 0; row < EventRow(count); ++row) {
        const QString id = m_store.id(row);
        insert.setInt(0, qint64(row) + 1);  // rowid order is start order: the reader relies on it for speed
        insert.setOwnedText(1, id.toUtf8());
        insert.setInt(2, m_store.startDay(row));
        insert.setInt(3, int(m_store.startPrecision(row)));
        if (const auto end = m_store.endDate(row)) {
            insert.setInt(4, end->firstDay());
            insert.setInt(5, int(end->precision()));
        } else {
            insert.setNull(4);
            insert.setNull(5);
        }
        insert.setText(6, m_store.titleUtf8(row));
        insert.setText(7, m_store.summaryUtf8(row));
        insert.setText(8, categories[m_store.category(row)]);
        insert.setDouble(9, toneForFile(m_store.tone(row)));
        const auto place = m_store.place(row);
        if (place)
            insert.setText(10, m_store.placeNameUtf8(row));
        else
            insert.setNull(10);
        if (place && place->location && !place->location->isValid())
            return SessionRows::outOfRange(tr("the place of event \"%1\"").arg(id));
        if (place && place->location) {
            insert.setDouble(11, place->location->latitude);
            insert.setDouble(12, place->location->longitude);
        } else {
            insert.setNull(11);
            insert.setNull(12);
        }
        if (insert.endRow() != SQLITE_OK)
            return sqliteFailure(db);
        if (!advance(row, count))
            return cancelled();
    }
    return insert.finish() == SQLITE_OK ? StorageError() : sqliteFailure(db);
}

StorageError SessionWriter::writeParticipants(SqliteDatabase &db)
{
    if (auto error = beginStage(SaveStages::participants); error.isError())
        return error;
    const QByteArray roles[] = {participantRoleName(ParticipantRole::Participant).toUtf8(),
                                participantRoleName(ParticipantRole::Initiator).toUtf8(),
                                participantRoleName(ParticipantRole::Target).toUtf8()};
    BatchInsert insert(db, "participants", "event_rowid, position, actor_id, role", 4);
    const qsizetype count = m_store.size();
    for (EventRow row = 0; row < EventRow(count); ++row) {
        const auto actors = m_store.participants(row);
        const auto actorRoles = m_store.participantRoles(row);
        for (size_t i = 0; i < actors.size(); ++i) {
            insert.setInt(0, qint64(row) + 1);
            insert.setInt(1, qint64(i));
            insert.setText(2, m_actorIds[actors[i]]);
            insert.setText(3, roles[size_t(actorRoles[i])]);
            if (insert.endRow() != SQLITE_OK)
                return sqliteFailure(db);
        }
        if (!advance(row, count))
            return cancelled();
    }
    return insert.finish() == SQLITE_OK ? StorageError() : sqliteFailure(db);
}

StorageError SessionWriter::writeSources(SqliteDatabase &db)
{
    if (auto error = beginStage(SaveStages::sources); error.isError())
        return error;
    BatchInsert insert(db, "sources", "event_rowid, position, publisher, title, url, date_day, date_precision", 7);
    const qsizetype count = m_store.size();
    for (EventRow row = 0; row < EventRow(count); ++row) {
        const QList<Source> sources = m_store.sources(row);
        for (qsizetype i = 0; i < sources.size(); ++i) {
            const Source &source = sources.at(i);
            insert.setInt(0, qint64(row) + 1);
            insert.setInt(1, i);
            insert.setOwnedText(2, source.publisher.toUtf8());
            insert.setOwnedText(3, source.title.toUtf8());
            insert.setOwnedText(4, source.url.toUtf8());
            if (source.date.isValid()) {
                insert.setInt(5, source.date.firstDay());
                insert.setInt(6, int(source.date.precision()));
            } else {
                insert.setNull(5);
                insert.setNull(6);
            }
            if (insert.endRow() != SQLITE_OK)
                return sqliteFailure(db);
        }
        if (!advance(row, count))
            return cancelled();
    }
    return insert.finish() == SQLITE_OK ? StorageError() : sqliteFailure(db);
}

} // namespace dyad
