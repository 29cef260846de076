#pragma once

#include "viewpicture.h"

#include <QImage>
#include <QString>

namespace dyad {

// A picture of a view with its caption (filter and window in words, data attribution)
// written under it: one page, one image, one SVG.
class PictureSheet
{
public:
    PictureSheet(ViewPicture picture, QString caption);

    QSizeF size() const;  // logical pixels, caption included
    void paint(QPainter &painter, const QRectF &rect) const;

    QImage toImage(double scale = 2) const;
    QByteArray toPng(double scale = 2) const;

    // By the file's suffix: .png, .svg or .pdf. Returns an error message, empty on success;
    // the file is replaced only once it was written completely.
    QString write(const QString &path) const;
    static bool isSupportedSuffix(const QString &suffix);

private:
    QString writePng(QIODevice &device) const;
    QString writeSvg(QIODevice &device) const;
    QString writePdf(QIODevice &device) const;
    double captionHeight(double width) const;

    ViewPicture m_picture;
    QString m_caption;
};

} // namespace dyad
