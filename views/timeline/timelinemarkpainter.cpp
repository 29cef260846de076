// What the lanes hold: density, the dyad tone trend, event marks and their labels.
#include "core/eventstore.h"
#include "timeline/colorscale.h"
#include "timeline/lanes.h"
#include "timelinepainting_p.h"

#include <QPainterPath>

#include <array>
#include <cmath>

namespace dyad {

namespace {

// Tone colours quantised to tenths: the scale is smooth, the lookups are cheap.
class ToneColorTable
{
public:
    ToneColorTable()
    {
        for (size_t i = 0; i < m_colors.size(); ++i)
            m_colors[i] = toneColor(double(i) / 10.0 - 10.0);
    }
    const QColor &operator()(double tone) const
    {
        const auto index = std::lround(std::clamp(tone, -10.0, 10.0) * 10.0) + 100;
        return m_colors[size_t(index)];
    }

private:
    std::array<QColor, 201> m_colors;
};

const ToneColorTable &toneColors()
{
    static const ToneColorTable table;
    return table;
}

QColor laneDensityColor(const TimelinePaintContext &context, const Lane &lane)
{
    if (lane.categoryIndex >= 0)
        return categoryColor(lane.categoryIndex);
    return context.colors.density;
}

void paintHeatStrip(const TimelinePaintContext &context, const VisibleLane &visible, std::span<const float> bins,
                    const QColor &color)
{
    const float maximum = *std::max_element(bins.begin(), bins.end());
    if (maximum <= 0)
        return;
    const TimelineFrame &frame = context.frame;
    const QRectF rect = visible.eventsRect;
    constexpr int levels = 12;
    const auto levelOf = [&](float count) {
        return count <= 0 ? 0 : 1 + int(std::sqrt(count / maximum) * (levels - 1));
    };
    size_t runStart = 0;
    for (size_t i = 1; i <= bins.size(); ++i) {
        if (i < bins.size() && levelOf(bins[i]) == levelOf(bins[runStart]))
            continue;
        if (const int level = levelOf(bins[runStart]); level > 0) {
            const double left = rect.left() + double(runStart) * frame.binPixels;
            context.painter->fillRect(QRectF(left, rect.top(), double(i - runStart) * frame.binPixels, rect.height()),
                                      mixColors(context.colors.base, color, 0.15 + 0.85 * double(level) / levels));
        }
        runStart = i;
    }
}

} // namespace

void paintDensity(const TimelinePaintContext &context)
{
    const TimelineFrame &frame = context.frame;
    QPainter *painter = context.painter;
    const bool byTone = context.options.colorMode == ColorMode::Tone && !frame.densityTone.empty();
    for (const VisibleLane &visible : frame.lanes) {
        if (visible.densityOpacity <= 0)
            continue;
        const size_t binCount = size_t(std::ceil(frame.lanesRect.width() / frame.binPixels));
        const std::span<const float> bins(frame.density.data() + visible.densityBegin, binCount);
        const Lane &lane = context.lanes.lane(visible.lane);
        painter->setOpacity(visible.densityOpacity);
        if (visible.collapsed) {
            paintHeatStrip(context, visible, bins, laneDensityColor(context, lane));
            continue;
        }
        if (frame.densityMaximum <= 0)
            continue;
        const QRectF rect = visible.eventsRect;
        // Square-root heights keep a quiet lane readable beside a busy one on one scale.
        const auto heightOf = [&](float count) {
            return std::sqrt(count / frame.densityMaximum) * (rect.height() - 2);
        };
        if (!byTone) {
            QPolygonF outline;
            outline.reserve(qsizetype(binCount) * 2 + 2);
            outline.append(QPointF(rect.left(), rect.bottom()));
            for (size_t i = 0; i < binCount; ++i) {
                const double x = rect.left() + double(i) * frame.binPixels;
                const double y = rect.bottom() - heightOf(bins[i]);
                outline.append(QPointF(x, y));
                outline.append(QPointF(x + frame.binPixels, y));
            }
            outline.append(QPointF(rect.left() + double(binCount) * frame.binPixels, rect.bottom()));
            painter->setPen(Qt::NoPen);
            painter->setBrush(laneDensityColor(context, lane));
            painter->drawPolygon(outline);
            continue;
        }
        // Coloured by the mean tone of each bin's period: grouped by colour, one call per colour.
        std::array<std::vector<QRectF>, 22> groups;
        for (size_t i = 0; i < binCount; ++i) {
            if (bins[i] <= 0)
                continue;
            const float tone = frame.densityTone[visible.densityBegin + i];
            const size_t group = std::isnan(tone) ? 21 : size_t(std::lround(std::clamp(tone, -10.0f, 10.0f))) + 10;
            const double height = heightOf(bins[i]);
            groups[group].emplace_back(rect.left() + double(i) * frame.binPixels, rect.bottom() - height,
                                       frame.binPixels, height);
        }
        painter->setPen(Qt::NoPen);
        for (size_t group = 0; group < groups.size(); ++group) {
            if (groups[group].empty())
                continue;
            painter->setBrush(group == 21 ? context.colors.density : toneColors()(double(group) - 10.0));
            painter->drawRects(groups[group].data(), int(groups[group].size()));
        }
    }
    painter->setOpacity(1);
}

void paintTrends(const TimelinePaintContext &context)
{
    const TimelineFrame &frame = context.frame;
    QPainter *painter = context.painter;
    for (const VisibleLane &visible : frame.lanes) {
        if (visible.trendRect.isEmpty())
            continue;
        const QRectF rect = visible.trendRect;
        const double zero = std::round(rect.center().y()) + 0.5;
        const double half = rect.height() / 2 - 2;
        painter->fillRect(rect, context.colors.dark ? context.colors.alternate.lighter(115) : context.colors.alternate.darker(103));
        painter->setPen(QPen(context.colors.strongGrid, 1));
        painter->drawLine(QPointF(rect.left(), zero), QPointF(rect.right(), zero));
        // A pale band from the zero line to each period's mean ...
        struct Point
        {
            QPointF at;
            double tone;
            size_t period;
        };
        std::vector<Point> points;
        for (size_t i = visible.trendBegin; i < visible.trendEnd; ++i) {
            const TonePeriod &period = frame.trend[i];
            if (period.count == 0)
                continue;
            const double left = frame.scale.xOfDay(period.firstDay);
            const double right = frame.scale.xOfDay(period.endDay);
            const double height = std::clamp(period.meanTone / 10.0, -1.0, 1.0) * half;
            points.push_back({QPointF((left + right) / 2, zero - height), period.meanTone, i});
            const double barLeft = std::max(left + (right - left > 4 ? 0.5 : 0), rect.left());
            const double barRight = std::min(right - (right - left > 4 ? 0.5 : 0), rect.right());
            if (barRight <= barLeft)
                continue;
            QColor color = toneColors()(period.meanTone);
            // A period of one or two events says less than a busy one: paler still.
            color.setAlphaF(float(0.15 + 0.3 * std::min(1.0, std::sqrt(double(period.count) / 8.0))));
            painter->fillRect(QRectF(barLeft, std::min(zero, zero - height), barRight - barLeft,
                                     std::max(1.0, std::abs(height))), color);
        }
        // ... and the trend itself as a line coloured by its tone, faint across empty periods.
        painter->setRenderHint(QPainter::Antialiasing, true);
        for (size_t i = 0; i < points.size(); ++i) {
            const QColor color = toneColors()(points[i].tone);
            painter->setPen(Qt::NoPen);
            painter->setBrush(color);
            painter->drawEllipse(points[i].at, 2, 2);
            if (i + 1 == points.size())
                break;
            const bool gap = points[i + 1].period != points[i].period + 1;
            QColor lineColor = toneColors()((points[i].tone + points[i + 1].tone) / 2);
            if (gap)
                lineColor.setAlphaF(0.45f);
            painter->setPen(QPen(lineColor, gap ? 1 : 2));
            painter->drawLine(points[i].at, points[i + 1].at);
        }
        painter->setRenderHint(QPainter::Antialiasing, false);
    }
}

void paintItems(const TimelinePaintContext &context)
{
    const TimelineFrame &frame = context.frame;
    QPainter *painter = context.painter;
    const bool byTone = context.options.colorMode == ColorMode::Tone;
    std::vector<QColor> categoryColors;
    for (qsizetype i = 0; i < context.store.categories().size(); ++i)
        categoryColors.push_back(categoryColor(int(i)));
    painter->setRenderHint(QPainter::Antialiasing, true);
    float opacity = 1;
    painter->setOpacity(1);
    for (const FrameItem &item : frame.items) {
        const float wanted = item.selected || item.hovered ? 1.0f : item.opacity;
        if (wanted != opacity) {
            opacity = wanted;
            painter->setOpacity(opacity);
        }
        const QColor color = byTone ? toneColors()(context.store.tone(item.row))
                                    : categoryColors[context.store.category(item.row)];
        const QRectF &mark = item.mark;
        const bool small = mark.width() <= mark.height() + 0.5;
        switch (item.kind) {
        case FrameItem::Kind::Overflow:
            painter->fillRect(mark, context.colors.dimText);
            continue;
        case FrameItem::Kind::Point:
            painter->setPen(Qt::NoPen);
            painter->setBrush(color);
            painter->drawEllipse(mark);
            break;
        case FrameItem::Kind::Span:
            if (small) {
                painter->setPen(Qt::NoPen);
                painter->setBrush(color);
                painter->drawEllipse(mark);
            } else {
                painter->setPen(QPen(color.darker(125), 1));
                painter->setBrush(color);
                painter->drawRoundedRect(mark.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
            }
            break;
        case FrameItem::Kind::Imprecise: {
            // Not an exact day: a hollow ring when small, a soft hatched span over the month or year.
            if (small) {
                painter->setPen(QPen(color, 1.6));
                painter->setBrush(Qt::NoBrush);
                painter->drawEllipse(mark.adjusted(0.8, 0.8, -0.8, -0.8));
                break;
            }
            QColor soft = color;
            soft.setAlphaF(0.18f);
            painter->setPen(Qt::NoPen);
            painter->setBrush(soft);
            painter->drawRect(mark);
            QColor hatch = color;
            hatch.setAlphaF(0.55f);
            painter->setBrush(QBrush(hatch, Qt::BDiagPattern));
            painter->drawRect(mark);
            painter->setPen(QPen(hatch, 1, Qt::DashLine));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(mark.adjusted(0.5, 0.5, -0.5, -0.5));
            break;
        }
        }
        if (item.selected || item.hovered) {
            painter->setBrush(Qt::NoBrush);
            painter->setPen(item.selected ? QPen(context.colors.highlight, 2.5) : QPen(context.colors.text, 1.2));
            const double grow = item.selected ? 3 : 2;
            if (small || item.kind == FrameItem::Kind::Point)
                painter->drawEllipse(mark.adjusted(-grow, -grow, grow, grow));
            else
                painter->drawRoundedRect(mark.adjusted(-grow, -grow, grow, grow), 3, 3);
        }
    }
    painter->setOpacity(1);
    painter->setRenderHint(QPainter::Antialiasing, false);
}

void paintLabels(const TimelinePaintContext &context)
{
    const TimelineFrame &frame = context.frame;
    QPainter *painter = context.painter;
    const bool byTone = context.options.colorMode == ColorMode::Tone;
    float opacity = 1;
    for (const FrameItem &item : frame.items) {
        if (item.label.isEmpty() || item.label.right() < frame.lanesRect.left() || item.label.left() > frame.lanesRect.right())
            continue;
        const float wanted = item.selected || item.hovered ? 1.0f : item.opacity;
        if (wanted != opacity) {
            opacity = wanted;
            painter->setOpacity(opacity);
        }
        QString title = context.store.title(item.row);
        if (item.labelElided || item.selected || item.hovered)
            title = context.metrics.elidedText(title, Qt::ElideRight, item.label.width() + 1);
        if (item.selected || item.hovered) {
            QColor plate = context.colors.base;
            plate.setAlphaF(0.9f);
            painter->fillRect(item.label.adjusted(-2, 1, 2, -1), plate);
        }
        if (item.labelInside) {
            const QColor fill = byTone ? toneColors()(context.store.tone(item.row))
                                       : categoryColor(context.store.category(item.row));
            painter->setPen(readableTextOn(fill));
        } else {
            painter->setPen(item.selected ? context.colors.highlight.darker(context.colors.dark ? 70 : 110) : context.colors.text);
        }
        painter->drawText(item.label, Qt::AlignLeft | Qt::AlignVCenter, title);
    }
    painter->setOpacity(1);
}

} // namespace dyad
