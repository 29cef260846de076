#pragma once

#include "trends/trendaggregation.h"

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QSplitter;
class QToolButton;

namespace dyad {

class ActivityChart;
class EventSelectionModel;
class EventTableModel;
class Session;
class ToneChart;
class TopActorsChart;

// The Trends dock: activity, relationship temperature and the most active actors for the
// session's filter over the visible window. It follows the window (at once after a quiet
// spell, then at most once per ~60 ms while the timeline is dragged), a drag across a chart sets the window, a click on
// a period selects that period's events, a click on an actor's bar filters by that actor.
class TrendsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrendsPanel)

public:
    TrendsPanel(Session *session, EventTableModel *table, EventSelectionModel *selection, QWidget *parent = nullptr);

    ActivityChart *activityChart() const { return m_activity; }
    ToneChart *toneChart() const { return m_tone; }
    TopActorsChart *topActorsChart() const { return m_topActors; }

    // std::nullopt: chosen from the window's length.
    std::optional<PeriodUnit> periodUnit() const { return m_unit; }
    void setPeriodUnit(std::optional<PeriodUnit> unit);
    const std::vector<Dyad> &dyads() const { return m_dyads; }
    // Pins these dyads; an empty list goes back to the most frequent pairs of the filter.
    void setDyads(const std::vector<Dyad> &dyads);

    // The user's choices (period unit, pinned pairs, hidden categories) for the session file.
    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

    // Applies a pending window or filter change at once instead of after the short delay.
    void refreshNow();
    bool hasPendingRefresh() const { return m_stale; }
    int refreshCount() const { return m_refreshCount; }
    const TrendAggregate &data() const { return m_data; }

    // Selects the filtered events that start in one period (of the dyads shown, when onlyDyads).
    void selectPeriod(qsizetype period, bool onlyDyads);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createControls();
    void scheduleRefresh();
    void filterOrDataChanged();
    void rebuildDyadMenu();
    void updateDyadButton();
    void filterByActor(const QString &actorId);

    Session *m_session;
    EventTableModel *m_table;
    EventSelectionModel *m_selection;
    ActivityChart *m_activity;
    ToneChart *m_tone;
    TopActorsChart *m_topActors;
    QSplitter *m_splitter = nullptr;
    QComboBox *m_unitBox = nullptr;
    QToolButton *m_dyadButton = nullptr;
    QTimer m_refreshTimer;
    TrendAggregate m_data;
    std::optional<PeriodUnit> m_unit;
    std::vector<Dyad> m_dyads;
    bool m_dyadsPinned = false;
    bool m_stale = true;
    int m_refreshCount = 0;
};

} // namespace dyad
