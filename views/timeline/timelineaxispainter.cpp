// The time axis (two label rows), the grid behind the lanes and the overview strip.
#include "timeline/lanes.h"
#include "timelinepainting_p.h"

#include <QCoreApplication>
#include <QPainterPath>

namespace dyad {

void paintGrid(const TimelinePaintContext &context)
{
    const TimelineFrame &frame = context.frame;
    QPainter *painter = context.painter;
    const QRectF area = frame.lanesRect;
    std::vector<QLineF> lines;
    lines.reserve(frame.ticks.size());
    for (const AxisTick &tick : frame.ticks) {
        if (tick.x >= area.left() && tick.x <= area.right())
            lines.emplace_back(std::round(tick.x) + 0.5, area.top(), std::round(tick.x) + 0.5, area.bottom());
    }
    painter->setPen(QPen(context.colors.grid, 1));
    painter->drawLines(lines.data(), int(lines.size()));
    lines.clear();
    for (const AxisPeriod &period : frame.periods) {
        if (period.left >= area.left() && period.left <= area.right())
            lines.emplace_back(std::round(period.left) + 0.5, area.top(), std::round(period.left) + 0.5, area.bottom());
    }
    painter->setPen(QPen(context.colors.strongGrid, 1));
    painter->drawLines(lines.data(), int(lines.size()));
}

void paintAxis(const TimelinePaintContext &context)
{
    const TimelineFrame &frame = context.frame;
    QPainter *painter = context.painter;
    const QRectF axis = frame.axisRect;
    painter->save();
    painter->fillRect(QRectF(frame.bounds.left(), axis.top(), frame.bounds.width(), axis.height()), context.colors.chrome);
    painter->setClipRect(axis);
    const double rowHeight = axis.height() / 2;
    const QRectF periodRow(axis.left(), axis.top(), axis.width(), rowHeight);
    const QRectF tickRow(axis.left(), axis.top() + rowHeight, axis.width(), rowHeight);

    std::vector<QLineF> lines;
    for (double x : frame.minorTicks)
        lines.emplace_back(std::round(x) + 0.5, axis.bottom() - 3, std::round(x) + 0.5, axis.bottom());
    painter->setPen(QPen(context.colors.strongGrid, 1));
    painter->drawLines(lines.data(), int(lines.size()));
    lines.clear();
    for (const AxisTick &tick : frame.ticks)
        lines.emplace_back(std::round(tick.x) + 0.5, tickRow.top() + 2, std::round(tick.x) + 0.5, axis.bottom());
    for (const AxisPeriod &period : frame.periods)
        lines.emplace_back(std::round(period.left) + 0.5, axis.top(), std::round(period.left) + 0.5, axis.bottom());
    painter->setPen(QPen(context.colors.strongGrid, 1));
    painter->drawLines(lines.data(), int(lines.size()));

    painter->setPen(context.colors.text);
    for (const AxisTick &tick : frame.ticks) {
        const double width = context.metrics.horizontalAdvance(tick.label);
        if (tick.labelX + width / 2 < axis.left() || tick.labelX - width / 2 > axis.right())
            continue;
        painter->drawText(QRectF(tick.labelX - width / 2 - 1, tickRow.top(), width + 2, tickRow.height()),
                          Qt::AlignCenter, tick.label);
    }
    QFont bold = context.options.font;
    bold.setBold(true);
    painter->setFont(bold);
    const QFontMetricsF boldMetrics(bold);
    for (const AxisPeriod &period : frame.periods) {
        if (period.label.isEmpty() || period.right < axis.left() || period.left > axis.right())
            continue;
        painter->drawText(QRectF(period.labelLeft, periodRow.top(), boldMetrics.horizontalAdvance(period.label) + 2,
                                 periodRow.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, period.label);
    }
    painter->setClipping(false);
    painter->setPen(QPen(context.colors.strongGrid, 1));
    painter->drawLine(QPointF(frame.bounds.left(), axis.bottom() - 0.5), QPointF(frame.bounds.right(), axis.bottom() - 0.5));
    painter->restore();
}

void paintOverview(const TimelinePaintContext &context)
{
    const TimelineFrame &frame = context.frame;
    QPainter *painter = context.painter;
    const QRectF area = frame.overviewRect;
    if (area.isEmpty())
        return;
    painter->save();
    const QRectF band(frame.bounds.left(), area.top() - 3, frame.bounds.width(), frame.bounds.bottom() - area.top() + 3);
    painter->fillRect(band, context.colors.chrome);
    painter->setPen(QPen(context.colors.strongGrid, 1));
    painter->drawLine(QPointF(band.left(), band.top() + 0.5), QPointF(band.right(), band.top() + 0.5));
    painter->setPen(context.colors.dimText);
    painter->drawText(QRectF(frame.bounds.left() + 8, area.top(), frame.headerRect.width() - 12, area.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QCoreApplication::translate("dyad::TimelineRenderer", "Overview"));
    painter->fillRect(area, context.colors.base);
    painter->setClipRect(area);

    // The whole data's density as an area, square-root scaled so quiet years still show.
    if (frame.overviewMaximum > 0) {
        std::vector<QRectF> bars;
        bars.reserve(frame.overviewDensity.size());
        for (size_t i = 0; i < frame.overviewDensity.size(); ++i) {
            if (frame.overviewDensity[i] <= 0)
                continue;
            const double height = std::sqrt(frame.overviewDensity[i] / frame.overviewMaximum) * (area.height() - 4);
            bars.emplace_back(area.left() + double(i) * frame.binPixels, area.bottom() - height, frame.binPixels, height);
        }
        painter->setPen(Qt::NoPen);
        painter->setBrush(context.colors.density);
        painter->drawRects(bars.data(), int(bars.size()));
    }

    // Year labels along the top, sparse.
    const TimeScale &scale = frame.overviewScale;
    QFont small = context.options.font;
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.8));
    painter->setFont(small);
    const QFontMetricsF smallMetrics(small);
    const auto firstDay = qint32(std::ceil(scale.range().begin));
    const auto lastDay = qint32(std::floor(scale.range().end));
    // Years only: a quarter or a month means nothing here without its year.
    const TickStep step = chooseTickStep(scale.pixelsPerDay(), [&](TickStep candidate) {
        if (candidate.unit != TickStep::Unit::Year)
            return std::numeric_limits<double>::infinity();
        double widest = 0;
        for (const QString &label : sampleTickLabels(candidate, firstDay, lastDay))
            widest = std::max(widest, smallMetrics.horizontalAdvance(label));
        return widest;
    }, 24);
    painter->setPen(context.colors.dimText);
    for (const Tick &tick : generateTicks(step, firstDay, lastDay)) {
        const double x = scale.xOfDay(tick.day);
        painter->drawLine(QPointF(std::round(x) + 0.5, area.top()), QPointF(std::round(x) + 0.5, area.top() + 4));
        painter->drawText(QPointF(x + 3, area.top() + smallMetrics.ascent() + 1), tickLabel(step, tick));
    }

    // The visible window as a brush with grips at both ends.
    QColor fill = context.colors.highlight;
    fill.setAlphaF(0.2f);
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(fill);
    painter->setPen(QPen(context.colors.highlight, 1.5));
    painter->drawRect(frame.brush.adjusted(0.75, 0.75, -0.75, -0.75));
    painter->setBrush(context.colors.highlight);
    painter->setPen(Qt::NoPen);
    for (double x : {frame.brush.left(), frame.brush.right()})
        painter->drawRoundedRect(QRectF(x - 2, frame.brush.center().y() - 7, 4, 14), 1.5, 1.5);
    painter->restore();
}

} // namespace dyad
