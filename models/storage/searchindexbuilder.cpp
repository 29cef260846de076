#include "searchindexbuilder.h"

#include "core/eventstore.h"
#include "sessionschema.h"
#include "sqlitedatabase.h"
#include "storagemessages.h"

#include <QFile>

#include <sqlite3.h>

namespace dyad {

SearchIndexBuilder::SearchIndexBuilder(const EventStore &store) : m_store(store) {}

SearchIndexBuilder::~SearchIndexBuilder()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

QString SearchIndexBuilder::start(const QString &nearPath)
{
    m_file = std::make_unique<ReplacementFile>(nearPath + u"-search");
    if (const QString problem = m_file->create(); !problem.isEmpty())
        return problem;
    m_thread = std::thread(&SearchIndexBuilder::run, this);
    return {};
}

void SearchIndexBuilder::run()
{
    QString error;
    try {
        error = build();
    } catch (const std::exception &) {
        error = StorageMessages::tr("out of memory");
    }
    const std::lock_guard lock(m_mutex);
    m_error = error;
    m_finished = true;
    m_finishedChanged.notify_all();
}

QString SearchIndexBuilder::build()
{
    SqliteDatabase db;
    // Merging segments while a million rows go in costs more than one merge at the end.
    if (db.open(QFile::encodeName(m_file->path()), SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX) != SQLITE_OK
        || db.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE; "
                   "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536") != SQLITE_OK
        || SessionSchema::createSearchTable(db) != SQLITE_OK
        || db.exec("INSERT INTO events_fts (events_fts, rank) VALUES ('automerge', 0); BEGIN") != SQLITE_OK)
        return db.errorMessage();
    {
        // One row per statement: several rows in one statement are slower for a virtual table.
        SqliteStatement insert(db, "INSERT INTO events_fts (rowid, title, summary) VALUES (?1, ?2, ?3)");
        const qsizetype count = m_store.size();
        for (EventRow row = 0; row < EventRow(count); ++row) {
            insert.bindInt(1, qint64(row) + 1);  // the rowid the events table gives the row
            insert.bindText(2, m_store.titleUtf8(row));
            insert.bindText(3, m_store.summaryUtf8(row));
            if (insert.step() != SQLITE_DONE)
                return db.errorMessage();
            insert.reset();
            if ((row & 0xfff) == 0) {
                m_done.store(row, std::memory_order_relaxed);
                if (m_stop)
                    return StorageMessages::tr("cancelled");
            }
        }
    }
    // One merged segment, and the default merge setting back for whoever writes to it next.
    if (db.exec("INSERT INTO events_fts (events_fts) VALUES ('optimize'); "
                "INSERT INTO events_fts (events_fts, rank) VALUES ('automerge', 4); COMMIT") != SQLITE_OK)
        return db.errorMessage();
    return db.close() == SQLITE_OK ? QString() : StorageMessages::tr("the search index could not be closed");
}

QString SearchIndexBuilder::wait(const std::function<bool(double share)> &poll)
{
    using namespace std::chrono_literals;
    std::unique_lock lock(m_mutex);
    while (!m_finished) {
        if (m_finishedChanged.wait_for(lock, 100ms, [this] { return m_finished; }))
            break;
        lock.unlock();
        const double share = double(m_done.load(std::memory_order_relaxed)) / double(std::max<qsizetype>(m_store.size(), 1));
        const bool goOn = poll(share);
        lock.lock();
        if (!goOn) {
            m_stop = true;
            return StorageMessages::tr("cancelled");
        }
    }
    return m_error;
}

} // namespace dyad
