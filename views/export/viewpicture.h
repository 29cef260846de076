#pragma once

#include <QRectF>
#include <QSizeF>
#include <QString>

#include <functional>

class QPainter;

namespace dyad {

// Draws a view into any rectangle of any painter: a widget, a QImage, an SVG or a PDF page.
// A view that wants to be exported (timeline, charts, map) hands out one of these, built on
// the same renderer that paints its widget.
using ViewPainter = std::function<void(QPainter &painter, const QRectF &rect)>;

struct ViewPicture
{
    QString title;      // "Timeline", "Charts", "Map": names the view in captions and briefs
    QSizeF size;        // the natural size in logical pixels; exports scale it as a whole
    ViewPainter paint;  // draws the view with its own legend

    bool isValid() const { return bool(paint) && !size.isEmpty(); }
};

} // namespace dyad
