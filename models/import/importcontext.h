#pragma once

#include "importer.h"

namespace dyad {

// What every importer does the same way: counts rows, keeps the first problems, polls for
// cancel, publishes progress and turns the outcome into an ImportResult that never holds
// partial data by accident.
class ImportContext
{
public:
    ImportContext(const QString &fileName, const ImportOptions &options, ImportProgress &progress);

    const QString &fileName() const { return m_fileName; }
    const ImportOptions &options() const { return m_options; }

    // A bad row: reported; AllOrNothing then refuses the file at the end.
    void addProblem(int line, int column, const QString &message);
    // The file as a whole is unusable: reported, and nothing is imported in either mode.
    void refuse(int line, int column, const QString &message);
    bool isRefused() const { return m_refused; }
    qsizetype problemCount() const { return m_problemCount; }

    void countRow(qsizetype rows = 1) { m_rowsRead += rows; }
    qsizetype rowsRead() const { return m_rowsRead; }

    // Publishes progress and reports whether the user cancelled.
    bool poll(qint64 bytesRead, qint64 totalBytes);
    bool isCancelled() const { return m_cancelled; }

    ImportResult finish(Dataset dataset);

private:
    QString m_fileName;
    ImportOptions m_options;
    ImportProgress &m_progress;
    QList<ParseError> m_problems;
    qsizetype m_problemCount = 0;
    qsizetype m_rowsRead = 0;
    bool m_refused = false;
    bool m_cancelled = false;
};

// Stable, by first day. Importers hand events over in this order, which is the store's, so
// filling a store needs no reordering.
void sortByStart(QList<Event> &events);

// The size of a device when it has one; 0 for pipes and sockets.
qint64 totalBytesOf(const QIODevice &device);

} // namespace dyad
