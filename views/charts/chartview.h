#pragma once

#include <QChartView>

namespace dyad {

// What every Trends panel shares: palette-following style, and a context menu that exports
// the chart as PNG or SVG through renderChart(), which tests call as well.
class ChartView : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartView)

public:
    explicit ChartView(QWidget *parent = nullptr);

    // Draws the chart, without hover marks, into target: a widget, an image, an SVG or a PDF page.
    void renderChart(QPainter *painter, const QRectF &target);
    // Writes the chart at its current size; returns an error message, empty on success.
    QString exportPng(const QString &fileName);
    QString exportSvg(const QString &fileName);

protected:
    // Called when the palette or font changes: subclasses restyle their series and axes.
    virtual void applyStyle();
    // Hover marks (a band, a tooltip) that must not appear in an export.
    virtual void setHoverMarksVisible(bool visible);
    QFont chartFont() const;
    // The file name an export suggests, without suffix: "activity".
    void setExportName(const QString &name) { m_exportName = name; }

    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QString m_exportName;
};

} // namespace dyad
