#include "session.h"

#include "io/jsondataset.h"

#include <QFile>

namespace dyad {

Session::Session(QObject *parent)
    : QObject(parent)
{
}

Session::~Session() = default;

void Session::reset(const DatasetInfo &info, EventStore store)
{
    Q_EMIT aboutToReset();
    m_info = info;
    m_store = std::move(store);
    m_store.sortByStart();
    m_filter = {};
    m_filtered = runFilter(m_store, m_filter);
    m_undoStack.clear();
    m_visibleWindow = dataExtent();
    Q_EMIT datasetReset();
    Q_EMIT visibleWindowChanged(m_visibleWindow);
}

ParseError Session::loadBundledDataset()
{
    QFile file(QStringLiteral(":/data/bundled.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {file.fileName(), 0, 0, file.errorString()};
    Dataset dataset;
    ParseError error = JsonDataset::read(file.readAll(), dataset);
    if (error.isError()) {
        error.file = file.fileName();
        return error;
    }
    EventStore store;
    fillStore(store, dataset);
    reset(dataset.info, std::move(store));
    return {};
}

void Session::setFilter(const EventFilter &filter)
{
    if (filter == m_filter)
        return;
    Q_EMIT aboutToChangeFilter();
    m_filter = filter;
    m_filtered = runFilter(m_store, m_filter);
    Q_EMIT filterChanged();
}

void Session::setVisibleWindow(TimeWindow window)
{
    if (!window.isValid() || window == m_visibleWindow)
        return;
    m_visibleWindow = window;
    Q_EMIT visibleWindowChanged(window);
}

TimeWindow Session::dataExtent() const
{
    if (m_store.isEmpty()) {
        // An empty session still shows a sensible stretch of time: the current decade.
        return {2451545, 2451545 + 3652};
    }
    return {m_store.firstDay(), std::max(m_store.lastDayOfAll(), m_store.firstDay())};
}

} // namespace dyad
