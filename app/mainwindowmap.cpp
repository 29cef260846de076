// The actor map as a dock beside the event table: it follows the session's window, the
// filter and the selection; hovering an actor emphasises its events on the timeline.
#include "mainwindow.h"

#include "map/actormappanel.h"
#include "map/actormapview.h"
#include "timeline/timelineview.h"

#include <QDockWidget>

namespace dyad {

void MainWindow::createMap()
{
    m_map = new ActorMapPanel(m_session, m_selection, this);
    QDockWidget *dock = addDock(tr("Map"), QStringLiteral("mapDock"), m_map, Qt::BottomDockWidgetArea);
    if (auto *events = findChild<QDockWidget *>(QStringLiteral("eventsDock")))
        splitDockWidget(events, dock, Qt::Horizontal);
    resizeDocks({dock}, {620}, Qt::Horizontal);
    connect(m_map->mapView(), &ActorMapView::hoveredActorsChanged, m_timeline, &TimelineView::setEmphasizedActors);
}

bool MainWindow::focusMap(const QString &name)
{
    if (name != u"map" && name != u"map-network")
        return false;
    auto *dock = findChild<QDockWidget *>(QStringLiteral("mapDock"));
    // The map gets the bottom area to itself and most of the window's height; the timeline
    // above it still shows the window the map follows.
    for (QDockWidget *other : findChildren<QDockWidget *>()) {
        if (other != dock && dockWidgetArea(other) == Qt::BottomDockWidgetArea)
            other->hide();
    }
    dock->show();
    dock->raise();
    // Once the hidden docks have left the layout, or the share goes to them.
    QMetaObject::invokeMethod(this, [this, dock] { resizeDocks({dock}, {height() * 3 / 5}, Qt::Vertical); }, Qt::QueuedConnection);
    m_map->mapView()->setMode(name == u"map-network" ? MapLayoutMode::Network : MapLayoutMode::Geography);
    m_map->mapView()->setFocus();
    return true;
}

} // namespace dyad
