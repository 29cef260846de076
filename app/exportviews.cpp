#include "exportviews.h"

#include "mainwindow.h"

#include "charts/trendspanel.h"
#include "export/chartspicture.h"
#include "export/mappicture.h"
#include "map/actormappanel.h"
#include "export/timelinepicture.h"
#include "session/session.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QDockWidget>

namespace dyad {

namespace {

QString tr(const char *text)
{
    return QApplication::translate("dyad::ExportViews", text);
}

ViewPicture timeline(MainWindow &window, const ViewExportRequest &request)
{
    const TimelineView *view = window.timelineView();
    TimelinePictureOptions options;
    options.range = request.range == ExportRange::VisibleWindow ? view->visibleRange() : wholeFilteredRange(*window.session());
    options.laneMode = view->laneMode();
    options.colorMode = view->colorMode();
    const QJsonObject lanes = view->saveState().value(QStringLiteral("lanes")).toObject();
    options.arrangement = LaneArrangement::fromJson(lanes.value(laneModeName(options.laneMode)).toObject());
    options.palette = view->palette();
    options.font = view->font();
    options.width = request.width;
    return timelinePicture(*window.session(), options);
}

ViewPicture charts(MainWindow &window)
{
    TrendsPanel *panel = window.trendsPanel();
    // The charts are laid out only while their dock shows: bring it up for a moment if hidden.
    if (!panel->isVisible()) {
        if (auto *dock = window.findChild<QDockWidget *>(QStringLiteral("trendsDock"))) {
            dock->show();
            dock->raise();
            for (int i = 0; i < 2; ++i)  // the dock lays out, then the charts in it
                QApplication::processEvents();
        }
    }
    return chartsPicture(*panel);
}

} // namespace

QStringList exportableViews()
{
    return {QStringLiteral("timeline"), QStringLiteral("map"), QStringLiteral("charts")};
}

QString exportableViewTitle(const QString &view)
{
    if (view == u"timeline")
        return tr("Timeline");
    if (view == u"charts")
        return tr("Charts");
    if (view == u"map")
        return tr("Map");
    return view;
}

ViewPicture viewPicture(MainWindow &window, const ViewExportRequest &request, QString &error)
{
    ViewPicture picture;
    if (request.view == u"timeline")
        picture = timeline(window, request);
    else if (request.view == u"charts")
        picture = charts(window);
    else if (request.view == u"map")
        picture = mapPicture(*window.mapPanel()->mapView(), QSizeF(request.width, request.width * 0.625));
    else
        error = tr("unknown view \"%1\"").arg(request.view);
    if (error.isEmpty() && !picture.isValid())
        error = tr("the %1 view has not been laid out, so there is nothing to draw").arg(exportableViewTitle(request.view).toLower());
    return picture;
}

} // namespace dyad
