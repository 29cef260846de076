#include "timelinepicture.h"

#include "session/session.h"
#include "timeline/timelinerenderer.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <memory>

namespace dyad {

DayRange wholeFilteredRange(const Session &session)
{
    const EventStore &store = session.store();
    const std::vector<EventRow> &rows = session.filteredRows();
    if (rows.empty())
        return DayRange::fromWindow(session.dataExtent());
    qint32 last = store.lastDay(rows.front());
    for (const EventRow row : rows)
        last = std::max(last, store.lastDay(row));
    DayRange range = DayRange::fromWindow({store.startDay(rows.front()), last});
    const double margin = std::max(1.0, range.span() * 0.03);
    range = {range.begin - margin, range.end + margin};
    if (range.span() < 14)
        range = {range.centre() - 7, range.centre() + 7};
    return range;
}

ViewPicture timelinePicture(const Session &session, const TimelinePictureOptions &options)
{
    auto renderer = std::make_shared<TimelineRenderer>(session);
    TimelineRenderOptions render;
    render.range = options.range;
    render.laneMode = options.laneMode;
    render.colorMode = options.colorMode;
    render.arrangement = options.arrangement;
    render.palette = options.palette;
    render.font = options.font;
    render.showOverview = false;
    render.showLegend = true;

    // Every lane, unscrolled: the chrome's height plus the lanes' content height.
    const TimelineFrame probe = renderer->layout(QRectF(0, 0, options.width, 600), render);
    const double chrome = probe.bounds.height() - probe.lanesRect.height();
    const double height = std::clamp(std::ceil(chrome + probe.contentHeight), 200.0, options.maximumHeight);

    ViewPicture picture;
    picture.title = QCoreApplication::translate("dyad::TimelinePicture", "Timeline");
    picture.size = QSizeF(options.width, height);
    picture.paint = [renderer, render](QPainter &painter, const QRectF &rect) { renderer->paint(&painter, rect, render); };
    return picture;
}

} // namespace dyad
