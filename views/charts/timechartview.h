#pragma once

#include "chartview.h"
#include "trends/periods.h"

class QCategoryAxis;
class QGraphicsRectItem;
class QRubberBand;

namespace dyad {

// A chart over time whose x axis is Julian days. It labels the axis with round calendar
// ticks, highlights the period under the mouse and explains it in a tooltip, turns a
// drag across the plot into a new time window and a click into a period.
class TimeChartView : public ChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeChartView)

public:
    explicit TimeChartView(QWidget *parent = nullptr);

    const PeriodAxis &periodAxis() const { return m_periods; }
    TimeWindow window() const { return m_window; }
    QCategoryAxis *timeAxis() const { return m_timeAxis; }

    // The Julian day under a point in widget coordinates (not clamped to the plot).
    double dayAt(QPointF position) const;
    // The tooltip text for a point in widget coordinates; empty outside the plot.
    QString toolTipAt(QPointF position) const;

Q_SIGNALS:
    // The user dragged across the plot: show this span.
    void windowPicked(dyad::TimeWindow window);
    // The user clicked inside a period (an index into periodAxis()).
    void periodClicked(qsizetype period);

protected:
    // Subclasses call this when they show new data, before adding their series.
    void setTimeRange(const PeriodAxis &periods, TimeWindow window);
    // The explanation of one period; value is the y value under the mouse.
    virtual QString describePeriod(qsizetype period, double value) const = 0;

    void applyStyle() override;
    void setHoverMarksVisible(bool visible) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateTicks();
    void hover(QPointF position);
    QRectF plotAreaInView() const;

    PeriodAxis m_periods;
    TimeWindow m_window;
    QCategoryAxis *m_timeAxis;
    QGraphicsRectItem *m_hoverBand;
    QRubberBand *m_rubberBand = nullptr;
    std::optional<qreal> m_pressX;
};

} // namespace dyad
