#pragma once

#include "replacementfile.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace dyad {

class EventStore;

// Builds the full-text index of a store's titles and summaries in a database file of its
// own, on a thread of its own, while the session's tables are written on the first: the
// index takes as long as the rest of a save, so on two cores this halves the wait. The
// result is copied into the session file (SessionSchema::copySearchIndex) and this file
// is removed when the builder goes.
class SearchIndexBuilder
{
public:
    explicit SearchIndexBuilder(const EventStore &store);
    ~SearchIndexBuilder();
    SearchIndexBuilder(const SearchIndexBuilder &) = delete;
    SearchIndexBuilder &operator=(const SearchIndexBuilder &) = delete;

    // Starts building in a new file beside `nearPath`; an error text on failure.
    QString start(const QString &nearPath);
    // Waits for the end, calling `poll` now and then with the share done (0..1); `poll`
    // returns false to give up. An error text on failure, empty on success.
    QString wait(const std::function<bool(double share)> &poll);
    QString path() const { return m_file ? m_file->path() : QString(); }

private:
    void run();
    QString build();

    const EventStore &m_store;
    std::unique_ptr<ReplacementFile> m_file;  // never replaces anything: it is only removed
    std::thread m_thread;
    std::atomic<qsizetype> m_done{0};
    std::atomic<bool> m_stop{false};
    std::mutex m_mutex;
    std::condition_variable m_finishedChanged;
    bool m_finished = false;  // guarded by m_mutex
    QString m_error;          // written before m_finished
};

} // namespace dyad
