// What the lanes hold: density, the dyad tone trend, event marks and their labels.
#include "core/eventstore.h"
#include "timeline/colorscale.h"
#include "timeline/lanes.h"
#include "timelinepainting_p.h"

#include <QPaintEngine>
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
            const double left = frame.densityBinX(runStart);
            context.painter->fillRect(QRectF(left, rect.top(), frame.densityBinX(i) - left, rect.height()),
                                      mixColors(context.colors.base, color, 0.15 + 0.85 * double(level) / levels));
        }
        runStart = i;
    }
}

} // namespace

float itemOpacity(const TimelinePaintContext &context, const FrameItem &item, bool emphasized)
{
    if (item.selected || item.hovered || emphasized)
        return 1.0f;
    return context.emphasisActive() ? item.opacity * dimmedOpacity : item.opacity;
}

void drawRoundMark(const TimelinePaintContext &context, const QRectF &rect, const QColor &color, bool ring)
{
    QPainter *painter = context.painter;
    const QPaintEngine *engine = painter->paintEngine();
    if (!engine || engine->type() != QPaintEngine::Raster || rect.width() > 40) {
        painter->setRenderHint(QPainter::Antialiasing, true);
        if (ring) {
            painter->setPen(QPen(color, 1.6));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(rect.adjusted(0.8, 0.8, -0.8, -0.8));
        } else {
            painter->setPen(Qt::NoPen);
            painter->setBrush(color);
            painter->drawEllipse(rect);
        }
        return;
    }
    const qreal ratio = painter->device()->devicePixelRatioF();
    const int diameter = int(std::lround(rect.width() * 2));  // half-pixel steps
    const quint64 key = (quint64(color.rgba()) << 32) | (quint64(ring) << 24) | (quint64(diameter) << 8)
                      | quint64(std::lround(ratio * 4) & 0xff);
    auto sprite = context.spriteCache->find(key);
    if (sprite == context.spriteCache->end()) {
        const int side = int(std::ceil((rect.width() + 2) * ratio));
        QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        image.setDevicePixelRatio(ratio);
        QPainter spritePainter(&image);
        spritePainter.setRenderHint(QPainter::Antialiasing, true);
        const QRectF circle(1, 1, rect.width(), rect.height());
        if (ring) {
            spritePainter.setPen(QPen(color, 1.6));
            spritePainter.drawEllipse(circle.adjusted(0.8, 0.8, -0.8, -0.8));
        } else {
            spritePainter.setPen(Qt::NoPen);
            spritePainter.setBrush(color);
            spritePainter.drawEllipse(circle);
        }
        spritePainter.end();
        sprite = context.spriteCache->insert(key, image);
    }
    // Whole device pixels: the blit stays a plain copy.
    const QPointF topLeft(std::round((rect.left() - 1) * ratio) / ratio, std::round((rect.top() - 1) * ratio) / ratio);
    painter->drawImage(topLeft, *sprite);
}

void paintDensity(const TimelinePaintContext &context)
{
    const TimelineFrame &frame = context.frame;
    QPainter *painter = context.painter;
    const bool byTone = context.options.colorMode == ColorMode::Tone && !frame.densityTone.empty();
    for (const VisibleLane &visible : frame.lanes) {
        if (visible.densityOpacity <= 0)
            continue;
        const size_t binCount = frame.densityBins;
        const std::span<const float> bins(frame.density.data() + visible.densityBegin, binCount);
        const Lane &lane = context.lanes.lane(visible.lane);
        const bool dimmed = context.emphasisActive() && !context.isLaneEmphasized(lane);
        painter->setOpacity(visible.densityOpacity * (dimmed ? dimmedOpacity : 1.0f));
        if (visible.collapsed) {
            paintHeatStrip(context, visible, bins, laneDensityColor(context, lane));
            continue;
        }
        if (frame.densityMaximum <= 0)
            continue;
        const QRectF rect = visible.eventsRect;
        // Square-root heights keep a quiet lane readable beside a busy one on one scale.
        const auto heightOf = [&](float count) {
            return std::sqrt(std::min(1.0f, count / frame.densityMaximum)) * (rect.height() - 2);
        };
        if (!byTone) {
            // Rectangles, not one outline polygon: the raster engine fills a batch of
            // rectangles several times faster than a polygon with a vertex per bin edge.
            std::vector<QRectF> bars;
            bars.reserve(binCount);
            for (size_t i = 0; i < binCount; ++i) {
                if (bins[i] <= 0)
                    continue;
                const double height = heightOf(bins[i]);
                bars.emplace_back(frame.densityBinX(i), rect.bottom() - height, frame.densityBinX(i + 1) - frame.densityBinX(i),
                                  height);
            }
            painter->setPen(Qt::NoPen);
            painter->setBrush(laneDensityColor(context, lane));
            painter->drawRects(bars.data(), int(bars.size()));
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
            groups[group].emplace_back(frame.densityBinX(i), rect.bottom() - height,
                                       frame.densityBinX(i + 1) - frame.densityBinX(i), height);
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
    // Everything is grouped by colour (tone rounded to a whole number) and drawn with one call
    // per group: a dozen lanes of a few hundred periods each stay cheap.
    constexpr size_t groups = 21;
    const auto groupOf = [](double tone) { return size_t(std::lround(std::clamp(tone, -10.0, 10.0)) + 10); };
    const auto colorOf = [](size_t group) { return toneColors()(double(group) - 10.0); };
    std::array<std::vector<QRectF>, groups * 2> bars;  // pale and less pale
    std::array<std::vector<QLineF>, groups * 2> lines;  // solid, and faint across gaps
    std::array<std::vector<QPointF>, groups> dots;
    painter->setPen(QPen(context.colors.strongGrid, 1));
    for (const VisibleLane &visible : frame.lanes) {
        if (visible.trendRect.isEmpty())
            continue;
        const QRectF rect = visible.trendRect;
        const double zero = std::round(rect.center().y()) + 0.5;
        const double half = rect.height() / 2 - 2;
        painter->fillRect(rect, context.colors.dark ? context.colors.alternate.lighter(115) : context.colors.alternate.darker(103));
        painter->drawLine(QPointF(rect.left(), zero), QPointF(rect.right(), zero));
        QPointF previous;
        double previousTone = 0;
        size_t previousPeriod = std::numeric_limits<size_t>::max();
        for (size_t i = visible.trendBegin; i < visible.trendEnd; ++i) {
            const TonePeriod &period = frame.trend[i];
            if (period.count == 0)
                continue;
            const double left = frame.scale.xOfDay(period.firstDay);
            const double right = frame.scale.xOfDay(period.endDay);
            const double height = std::clamp(period.meanTone / 10.0, -1.0, 1.0) * half;
            const QPointF point((left + right) / 2, zero - height);
            const size_t group = groupOf(period.meanTone);
            // A period of one or two events says less than a busy one: its bar is paler.
            const bool busy = period.count >= 5;
            const double inset = right - left > 4 ? 0.5 : 0;
            const double barLeft = std::max(left + inset, rect.left());
            const double barRight = std::min(right - inset, rect.right());
            if (barRight > barLeft)
                bars[group * 2 + (busy ? 1 : 0)].emplace_back(barLeft, std::min(zero, zero - height), barRight - barLeft,
                                                              std::max(1.0, std::abs(height)));
            if (right - left >= 14)
                dots[group].push_back(point);
            if (previousPeriod != std::numeric_limits<size_t>::max()) {
                const bool gap = i != previousPeriod + 1;
                lines[groupOf((previousTone + period.meanTone) / 2) * 2 + (gap ? 1 : 0)].emplace_back(previous, point);
            }
            previous = point;
            previousTone = period.meanTone;
            previousPeriod = i;
        }
    }
    painter->setPen(Qt::NoPen);
    for (size_t i = 0; i < bars.size(); ++i) {
        if (bars[i].empty())
            continue;
        QColor color = colorOf(i / 2);
        // Dark backgrounds need more of the colour to show the same difference.
        const float alpha = i % 2 ? 0.42f : 0.2f;
        color.setAlphaF(context.colors.dark ? std::min(1.0f, alpha * 1.7f) : alpha);
        painter->setBrush(color);
        painter->drawRects(bars[i].data(), int(bars[i].size()));
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    for (size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].empty())
            continue;
        QColor color = colorOf(i / 2);
        if (i % 2)
            color.setAlphaF(0.45f);
        // Flat caps: round ones cost ten times as much to stroke.
        painter->setPen(QPen(color, i % 2 ? 1.0 : 2.0, Qt::SolidLine, Qt::FlatCap));
        painter->drawLines(lines[i].data(), int(lines[i].size()));
    }
    for (size_t i = 0; i < dots.size(); ++i) {
        for (const QPointF &dot : dots[i])
            drawRoundMark(context, QRectF(dot.x() - 2.5, dot.y() - 2.5, 5, 5), colorOf(i), false);
    }
    painter->setRenderHint(QPainter::Antialiasing, false);
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
    const bool emphasis = context.emphasisActive();
    for (const FrameItem &item : frame.items) {
        const bool emphasized = emphasis && item.kind != FrameItem::Kind::Overflow && context.isEmphasized(item.row);
        const float wanted = itemOpacity(context, item, emphasized);
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
            drawRoundMark(context, mark, color, false);
            break;
        case FrameItem::Kind::Span:
            if (small) {
                drawRoundMark(context, mark, color, false);
            } else if (mark.width() > 40) {
                // Long bars: square corners, no anti-aliasing; nobody sees a 2 px radius at this size.
                painter->setRenderHint(QPainter::Antialiasing, false);
                painter->fillRect(mark, color);
                painter->setPen(QPen(color.darker(125), 1));
                painter->setBrush(Qt::NoBrush);
                painter->drawRect(mark.adjusted(0, 0, -1, -1));
                painter->setRenderHint(QPainter::Antialiasing, true);
            } else {
                painter->setPen(QPen(color.darker(125), 1));
                painter->setBrush(color);
                painter->drawRoundedRect(mark.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
            }
            break;
        case FrameItem::Kind::Imprecise: {
            // Not an exact day: a hollow ring when small, a soft hatched span over the month or year.
            if (small) {
                drawRoundMark(context, mark, color, true);
                break;
            }
            painter->setRenderHint(QPainter::Antialiasing, true);
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
        if (emphasized && !item.selected) {
            // A ring in the text colour sets the emphasised events apart from the dimmed rest.
            painter->setRenderHint(QPainter::Antialiasing, true);
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(context.colors.text, 1.3));
            if (small || item.kind == FrameItem::Kind::Point)
                painter->drawEllipse(mark.adjusted(-1.5, -1.5, 1.5, 1.5));
            else
                painter->drawRoundedRect(mark.adjusted(-1.5, -1.5, 1.5, 1.5), 3, 3);
        }
        if (item.selected || item.hovered) {
            painter->setRenderHint(QPainter::Antialiasing, true);
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
    const bool emphasis = context.emphasisActive();
    for (const FrameItem &item : frame.items) {
        if (item.label.isEmpty() || item.label.right() < frame.lanesRect.left() || item.label.left() > frame.lanesRect.right())
            continue;
        const float wanted = itemOpacity(context, item, emphasis && context.isEmphasized(item.row));
        if (wanted != opacity) {
            opacity = wanted;
            painter->setOpacity(opacity);
        }
        // Elided widths are bucketed to 8 px so a pan reuses the cached text.
        // Inline annotation badges take the start of the label's room (paintBadges).
        const double badgeRoom = inlineBadgeWidth(context, item);
        const bool elide = item.labelElided || item.selected || item.hovered || badgeRoom > 0;
        const double width = elide ? std::floor((item.label.width() - badgeRoom + 1) / 8) * 8 : 0;
        if (elide && width < 8)
            continue;  // room for the badges only
        const quint64 cacheKey = (quint64(item.key) << 20) | (elide ? quint64(width) : 0xFFFFF);
        auto cached = context.labelCache->find(cacheKey);
        if (cached == context.labelCache->end()) {
            QString title = context.store.title(item.row);
            if (elide)
                title = context.metrics.elidedText(title, Qt::ElideRight, width);
            QStaticText text(title);
            text.setTextFormat(Qt::PlainText);
            text.prepare(QTransform(), context.options.font);
            cached = context.labelCache->insert(cacheKey, text);
        }
        if (item.selected || item.hovered) {
            QColor plate = context.colors.base;
            plate.setAlphaF(0.9f);
            painter->fillRect(item.label.adjusted(0, 1, 2, -1), plate);
        }
        if (item.labelInside) {
            const QColor fill = byTone ? toneColors()(context.store.tone(item.row))
                                       : categoryColor(context.store.category(item.row));
            painter->setPen(readableTextOn(fill));
        } else {
            painter->setPen(item.selected ? context.colors.highlight.darker(context.colors.dark ? 70 : 110) : context.colors.text);
        }
        painter->drawStaticText(QPointF(item.label.left() + badgeRoom, item.label.center().y() - context.metrics.height() / 2),
                                *cached);
    }
    painter->setOpacity(1);
}

} // namespace dyad
