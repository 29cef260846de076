#pragma once

#include <QJsonObject>
#include <QMainWindow>

class QDockWidget;
class QLabel;
class QTableView;

namespace dyad {

class ActorMapPanel;
class ActorModel;
class DocumentController;
class AnnotationEditor;
class EventDetailsView;
class EventSelectionModel;
class EventTableModel;
class FilterPanel;
class Session;
class TimelineView;
class TrendsPanel;

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
    DocumentController *document() const { return m_document; }
    EventTableModel *eventTableModel() const { return m_tableModel; }
    EventSelectionModel *selectionModel() const { return m_selection; }
    QTableView *eventTable() const { return m_table; }
    FilterPanel *filterPanel() const { return m_filterPanel; }
    EventDetailsView *detailsView() const { return m_details; }
    AnnotationEditor *annotationEditor() const { return m_annotationEditor; }
    TimelineView *timelineView() const { return m_timeline; }
    TrendsPanel *trendsPanel() const { return m_trends; }
    ActorMapPanel *mapPanel() const { return m_map; }

    // Each view's own state (lane mode, map viewport, chart choices) keyed by view name, for
    // the session file; see viewstate.h for the rest.
    QJsonObject viewStates() const;
    void restoreViewStates(const QJsonObject &states);

    // Shows a dock or the whole window for `--screenshot --view NAME`; false if unknown.
    bool focusView(const QString &name);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createViews();
    void createTimeline();  // mainwindowtimeline.cpp
    void addTimelineMenu();
    bool focusTimeline(const QString &name);
    void createMap();  // mainwindowmap.cpp
    bool focusMap(const QString &name);
    void createDocks();
    void createActions();
    void createFileMenu();
    void createImportAction(QMenu *file);  // mainwindowimport.cpp
    void createExportActions(QMenu *file);  // mainwindowexport.cpp
    void createDataEditingActions(QMenu *edit);
    void fillRecentMenu();
    void openInteractively(const QString &path);
    void updateStatus();
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
    TimelineView *m_timeline = nullptr;
    QLabel *m_hoveredDay = nullptr;
    TrendsPanel *m_trends = nullptr;
    ActorMapPanel *m_map = nullptr;
    QLabel *m_eventCount = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    DocumentController *m_document = nullptr;
};

} // namespace dyad
