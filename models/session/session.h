#pragma once

#include "core/datasetinfo.h"
#include "core/eventfilter.h"
#include "core/eventstore.h"
#include "io/dataset.h"
#include "timewindow.h"

#include <QJsonObject>
#include <QObject>
#include <QUndoStack>

namespace dyad {

// The open document: the events, the filter every view shows, the visible time window
// the views follow, and the undo stack for edits. Views read it; they never change the
// store directly. Change flows one way: session signal -> item models -> views.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    // Replaces everything with the given data; the filter is cleared.
    void reset(const DatasetInfo &info, EventStore store);
    ParseError loadBundledDataset();

    const DatasetInfo &info() const { return m_info; }
    const EventStore &store() const { return m_store; }

    const EventFilter &filter() const { return m_filter; }
    void setFilter(const EventFilter &filter);
    const FilterResult &filtered() const { return m_filtered; }
    const std::vector<EventRow> &filteredRows() const { return m_filtered.rows; }

    // The span the timeline shows; the map and charts follow it.
    TimeWindow visibleWindow() const { return m_visibleWindow; }
    void setVisibleWindow(TimeWindow window);
    // The whole data's extent, never empty.
    TimeWindow dataExtent() const;

    QUndoStack *undoStack() { return &m_undoStack; }

Q_SIGNALS:
    void aboutToReset();
    void datasetReset();
    void aboutToChangeFilter();
    void filterChanged();
    void visibleWindowChanged(dyad::TimeWindow window);

private:
    DatasetInfo m_info;
    EventStore m_store;
    EventFilter m_filter;
    FilterResult m_filtered;
    TimeWindow m_visibleWindow;
    QUndoStack m_undoStack;
};

} // namespace dyad
