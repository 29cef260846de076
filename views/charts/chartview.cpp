#include "chartview.h"

#include "chartstyle.h"

#include <QContextMenuEvent>
#include <QFileDialog>
#include <QImage>
#include <QImageWriter>
#include <QMenu>
#include <QMessageBox>
#include <QSvgGenerator>

namespace dyad {

ChartView::ChartView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    setFrameShape(QFrame::NoFrame);
    setMinimumSize(160, 120);
}

QFont ChartView::chartFont() const
{
    QFont font = this->font();
    // Slightly smaller than body text: charts are dense, but labels stay readable.
    if (font.pointSizeF() > 0)
        font.setPointSizeF(std::max(8.0, font.pointSizeF() * 0.92));
    return font;
}

void ChartView::applyStyle()
{
    chartstyle::applyPalette(chart(), palette(), chartFont());
    setBackgroundBrush(palette().brush(QPalette::Base));
    // The scene's own background fills what the chart's background leaves at its edges in an export.
    scene()->setBackgroundBrush(palette().brush(QPalette::Base));
}

void ChartView::setHoverMarksVisible(bool)
{
}

void ChartView::renderChart(QPainter *painter, const QRectF &target)
{
    setHoverMarksVisible(false);
    scene()->render(painter, target, chart()->geometry(), Qt::IgnoreAspectRatio);
}

QString ChartView::exportPng(const QString &fileName)
{
    const qreal scale = 2;  // crisp on high-density screens and in documents
    QImage image((chart()->size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderChart(&painter, QRectF(QPointF(), chart()->size()));
    }
    QImageWriter writer(fileName, "png");
    if (!writer.write(image))
        return writer.errorString();
    return {};
}

QString ChartView::exportSvg(const QString &fileName)
{
    QSvgGenerator generator;
    generator.setFileName(fileName);
    generator.setSize(chart()->size().toSize());
    generator.setViewBox(QRectF(QPointF(), chart()->size()));
    generator.setTitle(chart()->title());
    generator.setDescription(tr("Chart exported from Dyad"));
    QPainter painter;
    if (!painter.begin(&generator))
        return tr("Cannot write %1").arg(fileName);
    renderChart(&painter, QRectF(QPointF(), chart()->size()));
    painter.end();
    return {};
}

void ChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyStyle();
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    setHoverMarksVisible(false);
    QMenu menu(this);
    const auto exportAs = [this](const QString &filter, const QString &suffix, QString (ChartView::*write)(const QString &)) {
        const QString name = m_exportName.isEmpty() ? tr("chart") : m_exportName;
        QString fileName = QFileDialog::getSaveFileName(this, tr("Export Chart"), name + suffix, filter);
        if (fileName.isEmpty())
            return;
        if (!fileName.endsWith(suffix, Qt::CaseInsensitive))
            fileName += suffix;
        const QString error = (this->*write)(fileName);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Export Chart"), tr("The chart could not be exported:\n%1").arg(error));
    };
    menu.addAction(tr("Export as PNG…"), this, [=] { exportAs(tr("PNG images (*.png)"), QStringLiteral(".png"), &ChartView::exportPng); });
    menu.addAction(tr("Export as SVG…"), this, [=] { exportAs(tr("SVG images (*.svg)"), QStringLiteral(".svg"), &ChartView::exportSvg); });
    menu.exec(event->globalPos());
}

} // namespace dyad
