#include "mainwindow.h"

#include "documentcontroller.h"

#include "annotations/annotationeditor.h"
#include "annotations/annotationsview.h"
#include "charts/trendspanel.h"
#include "details/eventdetailsview.h"
#include "filter/filterpanel.h"
#include "itemmodels/actormodel.h"
#include "itemmodels/eventselectionmodel.h"
#include "itemmodels/eventtablemodel.h"
#include "map/actormappanel.h"
#include "session/session.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>

namespace dyad {

MainWindow::MainWindow(Session *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_tableModel = new EventTableModel(session, this);
    m_selection = new EventSelectionModel(m_tableModel, this);
    m_actorModel = new ActorModel(session, this);

    createViews();
    createDocks();
    m_document = new DocumentController(this);
    createActions();

    m_eventCount = new QLabel(this);
    statusBar()->addPermanentWidget(m_eventCount);
    connect(session, &Session::filterChanged, this, &MainWindow::updateStatus);
    // While a job works with the document, nothing may edit, undo, save or close it.
    connect(session, &Session::busyChanged, this, [this](bool busy) {
        menuBar()->setEnabled(!busy);
        for (QWidget *child : findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (!child->isWindow() && child != statusBar())
                child->setEnabled(!busy);
        }
    });
    connect(session, &Session::datasetReset, this, &MainWindow::updateStatus);
    updateStatus();
    setAcceptDrops(true);
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    // Views go before the models they show: Qt deletes children in creation order, which
    // would destroy the models first and leave a floating dock relayouting a dead model.
    qDeleteAll(findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly));
    delete takeCentralWidget();
}

void MainWindow::createViews()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("eventTable"));
    m_table->setModel(m_tableModel);
    m_table->setSelectionModel(m_selection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EventTableModel::DateColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(EventTableModel::TitleColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(EventTableModel::DateColumn, fontMetrics().horizontalAdvance(QStringLiteral("00 Mmm 0000 – 00 Mmm 0000")));
    m_table->setColumnWidth(EventTableModel::ActorsColumn, fontMetrics().horizontalAdvance(u'M') * 18);
    m_table->setColumnWidth(EventTableModel::CategoryColumn, fontMetrics().horizontalAdvance(u'M') * 9);
    m_table->setColumnWidth(EventTableModel::ToneColumn, fontMetrics().horizontalAdvance(u'M') * 4);
    createTimeline();
}

QDockWidget *MainWindow::addDock(const QString &title, const QString &objectName, QWidget *content, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(content);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createDocks()
{
    m_filterPanel = new FilterPanel(m_session, m_actorModel, this);
    // Scrolls rather than forcing its height on the window, so a tall map or chart fits.
    auto *filterScroll = new QScrollArea(this);
    filterScroll->setWidget(m_filterPanel);
    filterScroll->setWidgetResizable(true);
    filterScroll->setFrameShape(QFrame::NoFrame);
    filterScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    filterScroll->setMinimumWidth(m_filterPanel->minimumSizeHint().width());
    addDock(tr("Filter"), QStringLiteral("filterDock"), filterScroll, Qt::LeftDockWidgetArea);
    auto *detailsSplitter = new QSplitter(Qt::Vertical, this);
    m_details = new EventDetailsView(m_session, m_selection, detailsSplitter);
    m_annotationEditor = new AnnotationEditor(m_session, m_selection, detailsSplitter);
    detailsSplitter->addWidget(m_details);
    detailsSplitter->addWidget(m_annotationEditor);
    detailsSplitter->setStretchFactor(0, 3);
    detailsSplitter->setStretchFactor(1, 2);
    QDockWidget *details = addDock(tr("Event details"), QStringLiteral("detailsDock"), detailsSplitter, Qt::RightDockWidgetArea);
    auto *annotations = new AnnotationsView(m_session, m_selection, this);
    connect(annotations, &AnnotationsView::message, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    QDockWidget *annotationsDock = addDock(tr("Annotations"), QStringLiteral("annotationsDock"), annotations, Qt::RightDockWidgetArea);
    tabifyDockWidget(details, annotationsDock);
    details->raise();
    resizeDocks({findChild<QDockWidget *>(QStringLiteral("filterDock")), findChild<QDockWidget *>(QStringLiteral("detailsDock"))},
                {300, 340}, Qt::Horizontal);

    createMap();  // beside the event table, before the trends join the table as a tab
    // Trends share the full width under the timeline with the event table, as a second tab.
    m_trends = new TrendsPanel(m_session, m_tableModel, m_selection, this);
    QDockWidget *trends = addDock(tr("Trends"), QStringLiteral("trendsDock"), m_trends, Qt::BottomDockWidgetArea);
    if (auto *events = findChild<QDockWidget *>(QStringLiteral("eventsDock"))) {
        tabifyDockWidget(events, trends);
        events->raise();
    }
    resizeDocks({trends}, {300}, Qt::Vertical);
}

void MainWindow::updateStatus()
{
    m_eventCount->setText(tr("%L1 of %L2 events").arg(m_session->filteredRows().size()).arg(m_session->store().size()));
}

// The credit and licences the map data asks for, from the file shipped with it.
static QString mapAttribution()
{
    QFile file(QStringLiteral(":/geo/ATTRIBUTION.txt"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return QString();
    return QString::fromUtf8(file.readAll()).toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

void MainWindow::showAbout()
{
    const QString text = tr("<h3>Dyad %1</h3>"
                            "<p>A relationship-timeline viewer: dated events between states and organisations, "
                            "on a timeline and a map.</p>"
                            "<p><b>Data:</b> %2</p><p>%3</p>"
                            "<p><b>Map:</b> %4</p>")
                             .arg(QStringLiteral(DYAD_VERSION_STRING), m_session->info().title.toHtmlEscaped(),
                                  m_session->info().attribution.toHtmlEscaped(), mapAttribution());
    QMessageBox::about(this, tr("About Dyad"), text);
}

QJsonObject MainWindow::viewStates() const
{
    QJsonObject states;
    states.insert(QStringLiteral("timeline"), m_timeline->saveState());
    states.insert(QStringLiteral("charts"), m_trends->saveState());
    states.insert(QStringLiteral("map"), m_map->saveState());
    return states;
}

void MainWindow::restoreViewStates(const QJsonObject &states)
{
    m_timeline->restoreState(states.value(QStringLiteral("timeline")).toObject());
    m_trends->restoreState(states.value(QStringLiteral("charts")).toObject());
    m_map->restoreState(states.value(QStringLiteral("map")).toObject());
}

bool MainWindow::focusView(const QString &name)
{
    if (name.isEmpty() || name == u"window")
        return true;
    if (name == u"charts") {
        auto *trends = findChild<QDockWidget *>(QStringLiteral("trendsDock"));
        trends->show();
        trends->raise();
        resizeDocks({trends}, {440}, Qt::Vertical);
        m_timeline->fitToFilteredEvents();  // the charts tell the whole story
        return true;
    }
    if (focusTimeline(name) || focusMap(name))
        return true;
    if (name == u"table") {
        m_table->setFocus();
        return true;
    }
    return false;
}

} // namespace dyad
