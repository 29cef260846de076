#include "eventpartsreader.h"

#include "rowreader.h"
#include "sessionreader.h"
#include "storagemessages.h"

#include <sqlite3.h>

#include <cstring>
#include <limits>

namespace dyad {

namespace {

using StorageMessages::tr;

constexpr qint64 endOfParts = std::numeric_limits<qint64>::max();

// A scan of one table of event parts, in event rowid order.
struct PartScan
{
    PartScan(const SqliteDatabase &db, const char *sql, const char *table)
        : statement(db, sql), row(statement, table, "event")
    {
    }

    int next()
    {
        result = statement.step();
        eventRowid = endOfParts;
        if (result == SQLITE_ROW) {
            eventRowid = row.integer(0, 1, endOfParts - 1);
            row.setRow(eventRowid);
        }
        return result;
    }

    SqliteStatement statement;
    RowReader row;
    int result = SQLITE_OK;
    qint64 eventRowid = endOfParts;
};

} // namespace

QByteArrayView EventPartsReader::StableBytes::append(QByteArrayView bytes)
{
    constexpr qsizetype chunkSize = 1 << 20;
    if (bytes.isEmpty())
        return {};
    if (m_used + bytes.size() > m_capacity) {
        m_capacity = std::max(chunkSize, bytes.size());
        m_chunks.push_back(std::make_unique_for_overwrite<char[]>(size_t(m_capacity)));
        m_used = 0;
    }
    char *at = m_chunks.back().get() + m_used;
    std::memcpy(at, bytes.data(), size_t(bytes.size()));
    m_used += bytes.size();
    return {at, bytes.size()};
}

EventPartsReader::EventPartsReader(const QString &path, const Utf8Map<ActorIndex> &actors)
    : m_path(path), m_actors(actors)
{
}

EventPartsReader::~EventPartsReader()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

StorageError EventPartsReader::start()
{
    if (auto error = SessionReader::openDatabase(m_db, m_path); error.isError())
        return error;
    qint64 participants = 0;
    qint64 sources = 0;
    for (auto [sql, count] : {std::pair{"SELECT count(*) FROM participants", &participants},
                              std::pair{"SELECT count(*) FROM sources", &sources}}) {
        if (const int result = m_db.queryInt(sql, *count); result != SQLITE_OK)
            return StorageMessages::readFailure(m_db, result);
    }
    try {
        m_participantEvent.reserve(size_t(participants));
        m_participantActor.reserve(size_t(participants));
        m_participantRole.reserve(size_t(participants));
        m_sourceEvent.reserve(size_t(sources));
        m_sources.reserve(size_t(sources));
        m_publisherNames.reserve(size_t(sources));
    } catch (const std::exception &) {
        return StorageMessages::error(StorageError::Invalid, tr("The session is too large to open."));
    }
    m_thread = std::thread(&EventPartsReader::run, this);
    return {};
}

void EventPartsReader::run()
{
    try {
        m_error = readRows();
    } catch (const std::exception &) {  // out of memory
        m_error = StorageMessages::error(StorageError::Invalid, tr("The session is too large to open."));
    }
    m_failed = m_error.isError();
    publish(endOfParts);
}

StorageError EventPartsReader::readRows()
{
    PartScan participants(m_db, "SELECT event_rowid, actor_id, role FROM participants ORDER BY event_rowid, position",
                          "participants");
    PartScan sources(m_db, "SELECT event_rowid, publisher, title, url, date_day, date_precision FROM sources "
                           "ORDER BY event_rowid, position", "sources");
    for (const PartScan *scan : {&participants, &sources}) {
        if (scan->statement.prepareResult() != SQLITE_OK)
            return StorageMessages::readFailure(m_db, scan->statement.prepareResult());
    }
    const QByteArray roleNames[] = {participantRoleName(ParticipantRole::Participant).toUtf8(),
                                    participantRoleName(ParticipantRole::Initiator).toUtf8(),
                                    participantRoleName(ParticipantRole::Target).toUtf8()};
    Utf8Map<quint32> publishers;

    const auto readParticipant = [&](RowReader &row) {
        const QByteArrayView actorId = row.text(1);
        const QByteArrayView roleName = row.text(2);
        const ActorIndex *actor = m_actors.find(actorId);
        const auto role = std::find(std::begin(roleNames), std::end(roleNames), roleName);
        if (row.ok() && !actor)
            row.fail(1, tr("there is no actor with the id \"%1\"").arg(QString::fromUtf8(actorId)));
        if (row.ok() && role == std::end(roleNames))
            row.fail(2, tr("unknown role \"%1\"").arg(QString::fromUtf8(roleName)));
        if (row.ok() && m_participantEvent.size() == m_participantEvent.capacity())
            return StorageMessages::damaged();  // more rows than counted: the file changed
        if (!row.ok())
            return row.error();
        m_participantEvent.push_back(participants.eventRowid);
        m_participantActor.push_back(*actor);
        m_participantRole.push_back(ParticipantRole(role - std::begin(roleNames)));
        return StorageError();
    };
    const auto readSource = [&](RowReader &row) {
        const QByteArrayView publisher = row.text(1);
        const QByteArrayView title = row.text(2);
        const QByteArrayView url = row.text(3);
        const Date date = row.date(4, 5).value_or(Date());
        if (row.ok() && m_sources.size() == m_sources.capacity())
            return StorageMessages::damaged();
        if (!row.ok())
            return row.error();
        const quint32 *known = publishers.find(publisher);
        const quint32 index = known ? *known : publishers.insert(publisher, quint32(m_publisherNames.size()));
        if (!known)
            m_publisherNames.push_back(QString::fromUtf8(publisher));
        m_sourceEvent.push_back(sources.eventRowid);
        m_sources.push_back({index, m_sourceText.append(title), m_sourceText.append(url), date});
        return StorageError();
    };

    participants.next();
    sources.next();
    for (quint32 events = 1; !m_stop; ++events) {
        for (PartScan *scan : {&participants, &sources}) {
            if (!scan->row.ok())
                return scan->row.error();
            if (scan->result != SQLITE_ROW && scan->result != SQLITE_DONE)
                return StorageMessages::readFailure(m_db, scan->result);
        }
        const qint64 event = std::min(participants.eventRowid, sources.eventRowid);
        if (event == endOfParts)
            return {};
        for (; participants.eventRowid == event && participants.row.ok(); participants.next()) {
            if (auto error = readParticipant(participants.row); error.isError())
                return error;
        }
        for (; sources.eventRowid == event && sources.row.ok(); sources.next()) {
            if (auto error = readSource(sources.row); error.isError())
                return error;
        }
        if (events % 256 == 0)
            publish(event + 1);
    }
    return StorageMessages::error(StorageError::Cancelled, QString());  // the reader gave up first
}

void EventPartsReader::publish(qint64 completeBefore)
{
    m_participantsRead.store(m_participantEvent.size(), std::memory_order_release);
    m_sourcesRead.store(m_sources.size(), std::memory_order_release);
    m_completeBefore.store(completeBefore, std::memory_order_release);
    m_completeBefore.notify_all();
}

void EventPartsReader::waitFor(qint64 eventRowid)
{
    qint64 complete = m_completeBefore.load(std::memory_order_acquire);
    while (complete <= eventRowid) {
        m_completeBefore.wait(complete, std::memory_order_acquire);
        complete = m_completeBefore.load(std::memory_order_acquire);
    }
}

StorageError EventPartsReader::orphan(const char *table, qint64 eventRowid) const
{
    return StorageMessages::invalid(tr("table %1, event %2: there is no event with this rowid")
                                        .arg(QString::fromUtf8(table))
                                        .arg(eventRowid));
}

StorageError EventPartsReader::take(qint64 eventRowid, Parts &parts)
{
    waitFor(eventRowid);
    if (m_failed.load(std::memory_order_acquire))
        return m_error;
    const size_t participantsRead = m_participantsRead.load(std::memory_order_acquire);
    const size_t sourcesRead = m_sourcesRead.load(std::memory_order_acquire);
    if (m_nextParticipant < participantsRead && m_participantEvent[m_nextParticipant] < eventRowid)
        return orphan("participants", m_participantEvent[m_nextParticipant]);
    if (m_nextSource < sourcesRead && m_sourceEvent[m_nextSource] < eventRowid)
        return orphan("sources", m_sourceEvent[m_nextSource]);

    const size_t firstParticipant = m_nextParticipant;
    while (m_nextParticipant < participantsRead && m_participantEvent[m_nextParticipant] == eventRowid)
        ++m_nextParticipant;
    const size_t firstSource = m_nextSource;
    while (m_nextSource < sourcesRead && m_sourceEvent[m_nextSource] == eventRowid)
        ++m_nextSource;
    if (m_nextSource - firstSource > std::numeric_limits<quint16>::max())
        return StorageMessages::invalid(tr("table sources, event %1: more sources than Dyad can keep for one event").arg(eventRowid));
    parts.actors = {m_participantActor.data() + firstParticipant, m_nextParticipant - firstParticipant};
    parts.roles = {m_participantRole.data() + firstParticipant, m_nextParticipant - firstParticipant};
    parts.sources = {m_sources.data() + firstSource, m_nextSource - firstSource};
    return {};
}

StorageError EventPartsReader::finish()
{
    waitFor(endOfParts - 1);
    if (m_failed.load(std::memory_order_acquire))
        return m_error;
    if (m_nextParticipant < m_participantEvent.size())
        return orphan("participants", m_participantEvent[m_nextParticipant]);
    if (m_nextSource < m_sourceEvent.size())
        return orphan("sources", m_sourceEvent[m_nextSource]);
    return {};
}

} // namespace dyad
