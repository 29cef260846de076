#include "importcontext.h"

#include <QIODevice>

namespace dyad {

ImportContext::ImportContext(const QString &fileName, const ImportOptions &options, ImportProgress &progress)
    : m_fileName(fileName)
    , m_options(options)
    , m_progress(progress)
{
}

void ImportContext::addProblem(int line, int column, const QString &message)
{
    ++m_problemCount;
    if (m_problems.size() < ImportResult::maximumKeptProblems)
        m_problems.append({m_fileName, line, column, message});
}

void ImportContext::refuse(int line, int column, const QString &message)
{
    m_refused = true;
    addProblem(line, column, message);
}

bool ImportContext::poll(qint64 bytesRead, qint64 totalBytes)
{
    m_progress.setProgress(bytesRead, totalBytes);
    if (m_progress.isCancelled())
        m_cancelled = true;
    return m_cancelled;
}

ImportResult ImportContext::finish(Dataset dataset)
{
    ImportResult result;
    result.rowsRead = m_rowsRead;
    if (m_cancelled || m_progress.isCancelled()) {
        result.cancelled = true;
        return result;
    }
    result.problems = m_problems;
    result.problemCount = m_problemCount;
    result.refused = m_refused || (m_problemCount > 0 && m_options.mode == ImportOptions::AllOrNothing);
    if (!result.refused) {
        sortByStart(dataset.events);
        result.dataset = std::move(dataset);
    }
    return result;
}

void sortByStart(QList<Event> &events)
{
    const auto earlier = [](const Event &a, const Event &b) { return a.firstDay() < b.firstDay(); };
    if (std::is_sorted(events.cbegin(), events.cend(), earlier))
        return;
    // Sort positions, then move each event once: cheaper than swapping whole events around.
    std::vector<std::pair<qint32, qsizetype>> order;
    order.reserve(size_t(events.size()));
    for (qsizetype i = 0; i < events.size(); ++i)
        order.emplace_back(events[i].firstDay(), i);
    std::stable_sort(order.begin(), order.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Event> sorted;
    sorted.reserve(events.size());
    for (const auto &[day, index] : order)
        sorted.append(std::move(events[index]));
    events = std::move(sorted);
}

qint64 totalBytesOf(const QIODevice &device)
{
    return device.isSequential() ? 0 : device.size();
}

} // namespace dyad
