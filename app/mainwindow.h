#pragma once

#include <QJsonObject>
#include <QMainWindow>

class QDockWidget;
class QLabel;
class QTableView;

namespace dyad {

class ActorModel;
class AnnotationEditor;
class EventDetailsView;
class EventSelectionModel;
class EventTableModel;
class FilterPanel;
class Session;

// Wires the session's models to the views: the event table, the filter and details docks,
// menus and the status bar. Holds no domain logic.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Session *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    Session *session() const { return m_session; }
    EventTableModel *eventTableModel() const { return m_tableModel; }
    EventSelectionModel *selectionModel() const { return m_selection; }
    QTableView *eventTable() const { return m_table; }
    FilterPanel *filterPanel() const { return m_filterPanel; }
    EventDetailsView *detailsView() const { return m_details; }
    AnnotationEditor *annotationEditor() const { return m_annotationEditor; }

    // Each view's own state (lane mode, map viewport, chart choices) keyed by view name, for
    // the session file; see viewstate.h for the rest.
    QJsonObject viewStates() const;
    void restoreViewStates(const QJsonObject &states);

    // Shows a dock or the whole window for `--screenshot --view NAME`; false if unknown.
    bool focusView(const QString &name);

private:
    void createViews();
    void createDocks();
    void createActions();
    void updateStatus();
    void updateTitle();
    void showAbout();
    QDockWidget *addDock(const QString &title, const QString &objectName, QWidget *content, Qt::DockWidgetArea area);

    Session *m_session;
    EventTableModel *m_tableModel = nullptr;
    EventSelectionModel *m_selection = nullptr;
    ActorModel *m_actorModel = nullptr;
    QTableView *m_table = nullptr;
    FilterPanel *m_filterPanel = nullptr;
    EventDetailsView *m_details = nullptr;
    AnnotationEditor *m_annotationEditor = nullptr;
    QLabel *m_eventCount = nullptr;
    QMenu *m_viewMenu = nullptr;
};

} // namespace dyad
