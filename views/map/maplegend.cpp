// The map's legend: the window and what it holds, the tone scale, what widths and shapes
// mean, the actors that could not be placed; and the data attribution in the corner.
#include "maplegend_p.h"

#include "maprenderer.h"

#include "export/filterdescription.h"
#include "timeline/colorscale.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>

namespace dyad {

namespace {

// Gives the legend's strings a translation context of their own.
struct MapLegend
{
    Q_DECLARE_TR_FUNCTIONS(MapLegend)
};

QString eventCount(size_t count)
{
    return count == 1 ? MapLegend::tr("1 event") : MapLegend::tr("%L1 events").arg(count);
}

QString pairCount(size_t count)
{
    return count == 1 ? MapLegend::tr("1 pair") : MapLegend::tr("%L1 pairs").arg(count);
}


} // namespace

static void paintAttribution(QPainter *painter, const QRectF &rect, const MapColors &colors, const MapPaintOptions &options);

void paintMapLegend(QPainter *painter, const QRectF &rect, const MapScene &scene, const MapColors &colors,
                    const MapPaintOptions &options)
{
    const QFontMetricsF metrics(painter->font());
    const double line = metrics.height() + 3;
    const double padding = 8;
    const double barWidth = 150;

    QStringList header;
    if (!options.caption.isEmpty())
        header.append(options.caption);
    if (scene.window.isValid())
        header.append(describeWindow(scene.window));
    header.append(MapLegend::tr("%1 · %2").arg(eventCount(scene.eventCount), pairCount(scene.relations.size())));
    if (scene.relations.size() > MapRenderer::arcLimit)
        header.append(MapLegend::tr("Arcs for the %L1 busiest pairs; hover an actor for all of its own").arg(MapRenderer::arcLimit));
    // A small map keeps only what the colours need: the window and the tone scale.
    const bool compact = rect.height() < 400 || rect.width() < 640;
    QString unplaced;
    if (!compact && options.mode == MapLayoutMode::Geography && !scene.unplaced.isEmpty())
        unplaced = MapLegend::tr("Not on the map (no location): %1").arg(scene.unplaced.join(QStringLiteral(", ")));

    const QString hostile = MapLegend::tr("hostile");
    const QString cooperative = MapLegend::tr("cooperative");
    const QString shapes = MapLegend::tr("● state   ■ organisation   ◯ person or group");
    double width = barWidth + metrics.horizontalAdvance(hostile) + metrics.horizontalAdvance(cooperative) + 16;
    for (const QString &text : std::as_const(header))
        width = std::max(width, metrics.horizontalAdvance(text));
    if (!compact)
        width = std::max(width, metrics.horizontalAdvance(shapes));
    width = std::min(std::max(width, metrics.horizontalAdvance(unplaced.left(60))), rect.width() - 2 * padding - 20);
    const int unplacedLines = unplaced.isEmpty() ? 0 : int(std::ceil(metrics.horizontalAdvance(unplaced) / width)) ;
    const double height = line * (header.size() + (compact ? 1 : 3) + unplacedLines) + 2 * padding;
    const QRectF box(rect.left() + 10, rect.bottom() - height - 10, width + 2 * padding, height);

    painter->save();
    painter->setPen(QPen(colors.border, 1));
    painter->setBrush(colors.panel);
    painter->drawRoundedRect(box, 4, 4);
    painter->setPen(colors.text);
    double y = box.top() + padding;
    const double x = box.left() + padding;
    for (const QString &text : std::as_const(header)) {
        painter->drawText(QRectF(x, y, width, line), Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(text, Qt::ElideRight, width));
        y += line;
    }

    // The tone scale the arcs are coloured by.
    painter->drawText(QRectF(x, y, width, line), Qt::AlignLeft | Qt::AlignVCenter, hostile);
    const double barLeft = x + metrics.horizontalAdvance(hostile) + 8;
    QLinearGradient gradient(barLeft, 0, barLeft + barWidth, 0);
    for (int tone = -10; tone <= 10; tone += 2)
        gradient.setColorAt((tone + 10) / 20.0, toneColor(tone));
    painter->fillRect(QRectF(barLeft, y + line * 0.25, barWidth, line * 0.5), gradient);
    painter->drawText(QRectF(barLeft + barWidth + 8, y, width, line), Qt::AlignLeft | Qt::AlignVCenter, cooperative);
    y += line;

    if (compact) {
        painter->restore();
        paintAttribution(painter, rect, colors, options);
        return;
    }
    // Widths: the thinnest and the thickest arc of this window.
    const double sampleLength = 28;
    double sx = x;
    const auto drawWidthSample = [&](double penWidth, const QString &label) {
        painter->setPen(QPen(colors.text, penWidth, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(QPointF(sx + penWidth / 2, y + line / 2), QPointF(sx + sampleLength - penWidth / 2, y + line / 2));
        painter->setPen(colors.text);
        const double labelWidth = metrics.horizontalAdvance(label);
        painter->drawText(QRectF(sx + sampleLength + 6, y, labelWidth + 2, line), Qt::AlignLeft | Qt::AlignVCenter, label);
        sx += sampleLength + labelWidth + 22;
    };
    drawWidthSample(1.0, eventCount(1));
    if (scene.maxRelationCount > 1)
        drawWidthSample(9.0, eventCount(scene.maxRelationCount));
    y += line;
    painter->drawText(QRectF(x, y, width, line), Qt::AlignLeft | Qt::AlignVCenter, shapes);
    y += line;
    if (!unplaced.isEmpty())
        painter->drawText(QRectF(x, y, width, line * unplacedLines), Qt::AlignLeft | Qt::TextWordWrap, unplaced);
    painter->restore();
    paintAttribution(painter, rect, colors, options);
}

static void paintAttribution(QPainter *painter, const QRectF &rect, const MapColors &colors, const MapPaintOptions &options)
{
    if (options.mode == MapLayoutMode::Geography) {
        painter->save();
        const QString attribution = MapLegend::tr("Map data: Natural Earth (public domain), via world-atlas");
        QFont small = painter->font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        painter->setFont(small);
        const QFontMetricsF smallMetrics(small);
        const QRectF corner(rect.right() - smallMetrics.horizontalAdvance(attribution) - 12, rect.bottom() - smallMetrics.height() - 6,
                            smallMetrics.horizontalAdvance(attribution) + 8, smallMetrics.height() + 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colors.panel);
        painter->drawRect(corner);
        painter->setPen(colors.text);
        painter->drawText(corner, Qt::AlignCenter, attribution);
        painter->restore();
    }
}

} // namespace dyad
