#include "picturewriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace dyad {

namespace {

constexpr double captionPadding = 12;
constexpr double screenDpi = 96;  // logical pixels per inch in SVG and PDF, as on screen

QString tr(const char *text)
{
    return QCoreApplication::translate("dyad::PictureSheet", text);
}

// Pixel-sized, so the caption measures the same on every device.
QFont captionFont()
{
    QFont font;
    font.setPixelSize(13);
    return font;
}

} // namespace

PictureSheet::PictureSheet(ViewPicture picture, QString caption)
    : m_picture(std::move(picture))
    , m_caption(std::move(caption))
{
}

double PictureSheet::captionHeight(double width) const
{
    if (m_caption.isEmpty())
        return 0;
    const QFontMetricsF metrics(captionFont());
    const QRectF bounds = metrics.boundingRect(QRectF(0, 0, width - 2 * captionPadding, 1e6), Qt::TextWordWrap, m_caption);
    return std::ceil(bounds.height()) + 2 * captionPadding;
}

QSizeF PictureSheet::size() const
{
    const QSizeF picture = m_picture.size;
    return {picture.width(), picture.height() + captionHeight(picture.width())};
}

void PictureSheet::paint(QPainter &painter, const QRectF &rect) const
{
    const QSizeF natural = size();
    painter.save();
    painter.translate(rect.topLeft());
    painter.scale(rect.width() / natural.width(), rect.height() / natural.height());
    painter.fillRect(QRectF(QPointF(), natural), Qt::white);
    const QRectF pictureRect(QPointF(), m_picture.size);
    painter.save();
    painter.setClipRect(pictureRect);
    m_picture.paint(painter, pictureRect);
    painter.restore();
    if (!m_caption.isEmpty()) {
        const QRectF captionRect(captionPadding, pictureRect.bottom() + captionPadding,
                                 natural.width() - 2 * captionPadding, natural.height() - pictureRect.bottom() - 2 * captionPadding);
        painter.setPen(QColor(0xcc, 0xcc, 0xcc));
        painter.drawLine(QLineF(0, pictureRect.bottom() + 0.5, natural.width(), pictureRect.bottom() + 0.5));
        painter.setPen(QColor(0x44, 0x44, 0x44));
        painter.setFont(captionFont());
        painter.drawText(captionRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, m_caption);
    }
    painter.restore();
}

QImage PictureSheet::toImage(double scale) const
{
    const QSizeF natural = size();
    QImage image((natural * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paint(painter, QRectF(QPointF(), natural));
    return image;
}

QByteArray PictureSheet::toPng(double scale) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter(&buffer, "png").write(toImage(scale));
    return bytes;
}

bool PictureSheet::isSupportedSuffix(const QString &suffix)
{
    const QString lower = suffix.toLower();
    return lower == u"png" || lower == u"svg" || lower == u"pdf";
}

QString PictureSheet::write(const QString &path) const
{
    if (!m_picture.isValid())
        return tr("there is nothing to draw");
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!isSupportedSuffix(suffix))
        return tr("%1: a view is exported as .png, .svg or .pdf").arg(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write %1: %2").arg(path, file.errorString());
    QString error;
    if (suffix == u"png")
        error = writePng(file);
    else if (suffix == u"svg")
        error = writeSvg(file);
    else
        error = writePdf(file);
    if (!error.isEmpty()) {
        file.cancelWriting();
        return tr("cannot write %1: %2").arg(path, error);
    }
    if (!file.commit())
        return tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString PictureSheet::writePng(QIODevice &device) const
{
    // Twice the size for sharp print, unless that would be a huge image (a tall timeline).
    const QSizeF natural = size();
    const double scale = natural.width() * natural.height() > 12e6 / 4 ? 1 : 2;
    QImageWriter writer(&device, "png");
    if (!writer.write(toImage(scale)))
        return writer.errorString();
    return {};
}

QString PictureSheet::writeSvg(QIODevice &device) const
{
    const QSizeF natural = size();
    QSvgGenerator generator;
    generator.setOutputDevice(&device);
    generator.setResolution(int(screenDpi));
    generator.setSize(natural.toSize());
    generator.setViewBox(QRectF(QPointF(), natural));
    generator.setTitle(m_picture.title);
    generator.setDescription(m_caption);
    QPainter painter;
    if (!painter.begin(&generator))
        return tr("the SVG could not be started");
    paint(painter, QRectF(QPointF(), natural));
    painter.end();
    return {};
}

QString PictureSheet::writePdf(QIODevice &device) const
{
    const QSizeF natural = size();
    QPdfWriter writer(&device);
    writer.setResolution(int(screenDpi));
    writer.setPageSize(QPageSize(natural / screenDpi, QPageSize::Inch, m_picture.title, QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF());
    writer.setTitle(m_picture.title);
    writer.setCreator(QStringLiteral("Dyad"));
    QPainter painter;
    if (!painter.begin(&writer))
        return tr("the PDF could not be started");
    paint(painter, QRectF(QPointF(), natural));
    painter.end();
    return {};
}

} // namespace dyad
