#pragma once

#include "core/eventstore.h"
#include "sessionfile.h"
#include "sqlitedatabase.h"
#include "utf8map.h"

#include <QByteArray>

#include <atomic>
#include <memory>
#include <span>
#include <thread>
#include <vector>

namespace dyad {

// Reads the participants and sources of a session file on a second thread while the
// events are read on the first: on two cores a million events load in about half the time.
// The worker fills vectors reserved to their final size, so what it has published never
// moves; the reader takes each event's parts in rowid order as soon as they are there.
class EventPartsReader
{
public:
    struct Source
    {
        quint32 publisher;  // an index into publisherNames()
        QByteArrayView title;
        QByteArrayView url;
        Date date;
    };
    struct Parts
    {
        std::span<const ActorIndex> actors;
        std::span<const ParticipantRole> roles;
        std::span<const Source> sources;
    };

    // `actors` maps UTF-8 actor ids to store indexes; it must not change while reading.
    EventPartsReader(const QString &path, const Utf8Map<ActorIndex> &actors);
    ~EventPartsReader();
    EventPartsReader(const EventPartsReader &) = delete;
    EventPartsReader &operator=(const EventPartsReader &) = delete;

    StorageError start();
    // The parts of the event with this rowid. Call with increasing rowids: rows left behind
    // for rowids that were skipped belong to no event, which makes the file invalid.
    StorageError take(qint64 eventRowid, Parts &parts);
    // After the last event: every row must have been taken.
    StorageError finish();
    // The distinct publishers, in the order of first use; valid for indexes that take() gave.
    const QString &publisherName(quint32 index) const { return m_publisherNames[index]; }

private:
    void run();
    StorageError readRows();
    void publish(qint64 completeBefore);
    void waitFor(qint64 eventRowid);
    StorageError orphan(const char *table, qint64 eventRowid) const;

    QString m_path;
    const Utf8Map<ActorIndex> &m_actors;
    SqliteDatabase m_db;

    // Written by the worker only; read by the reader up to what was published.
    std::vector<qint64> m_participantEvent;
    std::vector<ActorIndex> m_participantActor;
    std::vector<ParticipantRole> m_participantRole;
    std::vector<qint64> m_sourceEvent;
    std::vector<Source> m_sources;
    // What the sources' views point into: chunks that are added, never moved or grown.
    class StableBytes
    {
    public:
        QByteArrayView append(QByteArrayView bytes);

    private:
        std::vector<std::unique_ptr<char[]>> m_chunks;
        qsizetype m_used = 0;
        qsizetype m_capacity = 0;
    };
    StableBytes m_sourceText;
    std::vector<QString> m_publisherNames;
    StorageError m_error;                  // set before the worker publishes its end

    std::atomic<qint64> m_completeBefore{0};  // all parts of events with a smaller rowid are read
    std::atomic<size_t> m_participantsRead{0};
    std::atomic<size_t> m_sourcesRead{0};
    std::atomic<bool> m_failed{false};
    std::atomic<bool> m_stop{false};

    // The reader's side.
    size_t m_nextParticipant = 0;
    size_t m_nextSource = 0;
    std::thread m_thread;
};

} // namespace dyad
