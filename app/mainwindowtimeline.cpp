// The timeline as the main window's central view: the event table moves to a dock, the
// View menu gets the timeline's modes, the status bar reads the date under the cursor.
#include "mainwindow.h"

#include "timeline/timelinemenu.h"
#include "timeline/timelineview.h"

#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>
#include <QTableView>

namespace dyad {

void MainWindow::createTimeline()
{
    m_timeline = new TimelineView(m_session, m_tableModel, m_selection, this);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    setCentralWidget(m_timeline);
    addDock(tr("Events"), QStringLiteral("eventsDock"), m_table, Qt::BottomDockWidgetArea);

    m_hoveredDay = new QLabel(this);
    m_hoveredDay->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00 Mmm 0000 BCE")));
    statusBar()->addPermanentWidget(m_hoveredDay);
    connect(m_timeline, &TimelineView::hoveredDayChanged, this, [this](std::optional<Date> day) {
        m_hoveredDay->setText(day ? day->toDisplayString() : QString());
    });
    connect(m_timeline, &TimelineView::activated, this, [this] {
        if (auto *details = findChild<QDockWidget *>(QStringLiteral("detailsDock"))) {
            details->show();
            details->raise();
        }
    });
}

void MainWindow::addTimelineMenu()
{
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(createTimelineMenu(m_timeline, this));
}

bool MainWindow::focusTimeline(const QString &name)
{
    static const QHash<QString, LaneMode> modes = {
        {QStringLiteral("timeline"), LaneMode::Actor},
        {QStringLiteral("timeline-dyad"), LaneMode::Dyad},
        {QStringLiteral("timeline-category"), LaneMode::Category},
    };
    const auto mode = modes.constFind(name);
    if (mode == modes.constEnd())
        return false;
    // The timeline gets the window's height: the docks under it step aside.
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        if (dockWidgetArea(dock) == Qt::BottomDockWidgetArea)
            dock->hide();
    }
    m_timeline->setLaneMode(*mode);
    m_timeline->setFocus();
    return true;
}

} // namespace dyad
