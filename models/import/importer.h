#pragma once

#include "io/dataset.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QIODevice;

namespace dyad {

class EventStore;

struct ImportOptions
{
    // AllOrNothing: one bad row refuses the whole file. SkipInvalidRows: the good rows are
    // imported and the bad ones reported. A broken file (open quote, UTF-16, binary data,
    // wrong delimiter) is refused in both modes.
    enum Mode { AllOrNothing, SkipInvalidRows } mode = AllOrNothing;
};

struct ImportResult
{
    static constexpr qsizetype maximumKeptProblems = 100;

    Dataset dataset;            // empty when refused or cancelled
    QList<ParseError> problems; // the first maximumKeptProblems, in file order
    qsizetype problemCount = 0; // all of them
    qsizetype rowsRead = 0;     // data rows (or items) seen, good and bad
    QStringList warnings;       // about the imported data as a whole: "12 events have no country"
    bool cancelled = false;
    bool refused = false;       // the file as a whole was not imported

    bool isComplete() const { return !cancelled && !refused && problemCount == 0; }
};

// Shared between the importing thread and the thread that shows progress; no locks.
class ImportProgress
{
public:
    void setProgress(qint64 bytesRead, qint64 totalBytes)
    {
        m_bytesRead.store(bytesRead, std::memory_order_relaxed);
        m_totalBytes.store(totalBytes, std::memory_order_relaxed);
    }
    qint64 bytesRead() const { return m_bytesRead.load(std::memory_order_relaxed); }
    qint64 totalBytes() const { return m_totalBytes.load(std::memory_order_relaxed); }  // 0 when unknown
    double fraction() const;

    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

private:
    std::atomic<qint64> m_bytesRead{0};
    std::atomic<qint64> m_totalBytes{0};
    std::atomic<bool> m_cancelled{false};
};

// One file format. Importers are plain objects: create one on the worker thread that reads
// (or move it there); they touch no GUI and need no event loop.
class Importer
{
public:
    virtual ~Importer();
    virtual QString formatName() const = 0;
    // `fileName` only labels the problems. The device must be open for reading.
    virtual ImportResult read(QIODevice &input, const QString &fileName, const ImportOptions &options,
                              ImportProgress &progress) = 0;
    // The same, with the events and actors put into `store` (left unchanged when refused or
    // cancelled); result.dataset then holds only the dataset's title and description. Into an
    // empty store (a new session) this is the fast path: GDELT skips Event values altogether.
    // The default reads and then calls mergeIntoStore().
    virtual ImportResult readInto(EventStore &store, QIODevice &input, const QString &fileName,
                                  const ImportOptions &options, ImportProgress &progress);
};

// "dyad", "csv", "timelinejs" (CSV or JSON, by content), "timelinejs-json", "vis", "gdelt"
// (1.0 and 2.0, by column count), "acled". Null for an unknown name.
std::unique_ptr<Importer> importerForFormat(QStringView name);
QStringList importFormatNames();

// Guesses the format from the first bytes of a file (a few kilobytes are plenty) and,
// when the content says nothing, from the file name. Empty when it cannot tell.
QString detectFormat(QByteArrayView head, const QString &fileName);

} // namespace dyad
