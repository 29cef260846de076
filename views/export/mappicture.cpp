#include "mappicture.h"

#include "map/actormapview.h"

#include <QCoreApplication>

namespace dyad {

ViewPicture mapPicture(const ActorMapView &view, QSizeF sizeIfHidden)
{
    ViewPicture picture;
    picture.title = QCoreApplication::translate("dyad::MapPicture", "Map");
    picture.size = view.isVisible() && !view.size().isEmpty() ? QSizeF(view.size()) : sizeIfHidden;
    picture.paint = [&view](QPainter &painter, const QRectF &rect) { view.render(&painter, rect, QString()); };
    return picture;
}

} // namespace dyad
