#pragma once

// Internal to the map renderer: the legend box and the attribution line.

#include <QRectF>

class QPainter;

namespace dyad {

struct MapColors;
struct MapPaintOptions;
struct MapScene;

void paintMapLegend(QPainter *painter, const QRectF &rect, const MapScene &scene, const MapColors &colors,
                    const MapPaintOptions &options);

} // namespace dyad
