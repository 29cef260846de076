// timeline_*: one 1920x1080 frame of the timeline painted offscreen (layout + paint) with
// the window over the whole data, a year, a month and a day; and a wheel step (zoom, then
// recompute and paint). Lanes are built before timing, as the view builds them when the
// filter changes, never while painting.
#include "benchsuites.h"

#include "session/session.h"
#include "timeline/timelinerenderer.h"

#include <QApplication>
#include <QDate>
#include <QImage>
#include <QPainter>

namespace dyad::bench {

namespace {

double julianDay(int year, int month, int day)
{
    return double(QDate(year, month, day).toJulianDay());
}

} // namespace

void runTimelineBenchmarks(Session &session, BenchReporter &report)
{
    const TimelineRenderer renderer(session);
    report.measureOnce(QStringLiteral("timeline_build_lanes_actor"), [&] { renderer.lanes(LaneMode::Actor); });
    report.measureOnce(QStringLiteral("timeline_build_lanes_dyad"), [&] { renderer.lanes(LaneMode::Dyad); });
    report.value(QStringLiteral("timeline_lanes_bytes_actor"), double(renderer.lanes(LaneMode::Actor).memoryBytes()),
                 QStringLiteral("bytes"));
    report.value(QStringLiteral("timeline_lanes_bytes_dyad"), double(renderer.lanes(LaneMode::Dyad).memoryBytes()),
                 QStringLiteral("bytes"));

    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const QRectF bounds(0, 0, image.width(), image.height());
    TimelineRenderOptions options;
    options.palette = QApplication::palette();
    options.font = QApplication::font();
    const auto paint = [&] {
        QPainter painter(&image);
        renderer.paint(&painter, bounds, options);
    };
    const DayRange all = DayRange::fromWindow(session.dataExtent());
    const struct
    {
        const char *name;
        DayRange range;
    } windows[] = {
        {"all", all},
        {"year", {julianDay(2020, 1, 1), julianDay(2021, 1, 1)}},
        {"month", {julianDay(2020, 6, 1), julianDay(2020, 7, 1)}},
        {"day", {julianDay(2020, 6, 15), julianDay(2020, 6, 16)}},
    };
    for (const LaneMode mode : {LaneMode::Actor, LaneMode::Dyad}) {
        options.laneMode = mode;
        const QString suffix = mode == LaneMode::Actor ? QString() : QStringLiteral("_dyad");
        for (const auto &window : windows) {
            options.range = window.range;
            report.measure(u"timeline_paint_"_qs + QString::fromLatin1(window.name) + suffix, 30, paint);
        }
    }

    // A wheel step around a point, alternately in and out so every run starts from the same
    // zoom level (between a year and a month, where marks and density cross-fade).
    options.laneMode = LaneMode::Actor;
    options.colorMode = ColorMode::Category;
    const DayRangeLimits limits = DayRangeLimits::forExtent(session.dataExtent());
    options.range = {julianDay(2019, 10, 1), julianDay(2020, 4, 1)};
    const double anchor = julianDay(2020, 1, 10);
    const double notch = std::pow(2.0, 0.25);
    bool zoomIn = true;
    report.measure(QStringLiteral("timeline_zoom_step"), 40, [&] {
        options.range = zoomRange(options.range, anchor, zoomIn ? notch : 1 / notch, limits);
        zoomIn = !zoomIn;
        paint();
    });
    options.colorMode = ColorMode::Tone;
    options.range = all;
    report.measure(QStringLiteral("timeline_paint_all_tone"), 30, paint);
}

} // namespace dyad::bench
