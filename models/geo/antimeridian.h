#pragma once

#include <QList>
#include <QPolygonF>

namespace dyad {

// Makes a lon/lat ring drawable on a flat map. Natural Earth rings may cross the ±180°
// meridian (Chukotka, Fiji) or wrap around a pole (Antarctica); drawn as they are, such an
// edge would cut across the whole map. This cuts them into closed rings on either side of the
// meridian, closed along it (or along the pole line), and drops rings that lie on a pole.
// The result fills correctly with Qt::OddEvenFill together with the shape's other rings.
QList<QPolygonF> splitAtAntimeridian(const QPolygonF &ring);

} // namespace dyad
