#include "chartspicture.h"

#include "charts/activitychart.h"
#include "charts/tonechart.h"
#include "charts/topactorschart.h"
#include "charts/trendspanel.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPointer>

namespace dyad {

ViewPicture chartsPicture(TrendsPanel &panel)
{
    if (panel.hasPendingRefresh())
        panel.refreshNow();
    struct Part
    {
        QPointer<ChartView> chart;
        QRectF rect;  // in the panel
    };
    std::vector<Part> parts;
    QRectF bounds;
    ViewPicture picture;
    picture.title = QCoreApplication::translate("dyad::ChartsPicture", "Charts");
    if (!panel.isVisible())
        return picture;  // charts are laid out by their widgets, and only once shown
    for (ChartView *chart : std::initializer_list<ChartView *>{panel.activityChart(), panel.toneChart(), panel.topActorsChart()}) {
        if (!chart->isVisibleTo(&panel) || chart->width() < 2 || chart->height() < 2)
            continue;
        const QRectF rect(chart->mapTo(&panel, QPoint()), chart->size());
        parts.push_back({chart, rect});
        bounds = bounds.united(rect);
    }
    if (parts.empty())
        return picture;
    picture.size = bounds.size();
    picture.paint = [parts, bounds](QPainter &painter, const QRectF &rect) {
        const double sx = rect.width() / bounds.width();
        const double sy = rect.height() / bounds.height();
        for (const Part &part : parts) {
            if (!part.chart)
                continue;
            const QRectF target(rect.left() + (part.rect.left() - bounds.left()) * sx, rect.top() + (part.rect.top() - bounds.top()) * sy,
                                part.rect.width() * sx, part.rect.height() * sy);
            part.chart->renderChart(&painter, target);
        }
    };
    return picture;
}

} // namespace dyad
