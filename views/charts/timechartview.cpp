#include "timechartview.h"

#include "chartstyle.h"
#include "trends/timeticks.h"

#include <QCategoryAxis>
#include <QGraphicsRectItem>
#include <QMouseEvent>
#include <QRubberBand>
#include <QToolTip>

#include <cmath>

namespace dyad {

namespace {

constexpr int minimumDragPixels = 6;

} // namespace

TimeChartView::TimeChartView(QWidget *parent)
    : ChartView(parent)
    , m_timeAxis(new QCategoryAxis)
{
    setMouseTracking(true);
    m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    chart()->addAxis(m_timeAxis, Qt::AlignBottom);
    m_hoverBand = new QGraphicsRectItem(chart());
    m_hoverBand->setPen(Qt::NoPen);
    m_hoverBand->setZValue(100);
    m_hoverBand->hide();
    connect(chart(), &QChart::plotAreaChanged, this, &TimeChartView::updateTicks);
}

void TimeChartView::applyStyle()
{
    ChartView::applyStyle();
    chartstyle::styleAxis(m_timeAxis, palette(), chartFont());
    QColor band = palette().color(QPalette::Highlight);
    band.setAlpha(45);
    m_hoverBand->setBrush(band);
}

void TimeChartView::setTimeRange(const PeriodAxis &periods, TimeWindow window)
{
    m_periods = periods;
    m_window = window;
    m_hoverBand->hide();
    updateTicks();
}

void TimeChartView::updateTicks()
{
    if (!m_window.isValid())
        return;
    const QFontMetrics metrics(chartFont());
    const qreal labelWidth = metrics.horizontalAdvance(QStringLiteral("0000")) + metrics.averageCharWidth() * 3;
    const int maxTicks = std::max(2, int(chart()->plotArea().width() / labelWidth));
    const std::vector<TimeTick> ticks = timeTicks(m_window, maxTicks);

    QStringList labels;
    for (const TimeTick &tick : ticks) {
        QString label = tick.label;
        // QCategoryAxis keys categories by label: repeated month names get invisible suffixes.
        while (labels.contains(label))
            label += QChar(0x200B);
        labels.append(label);
    }
    if (labels == m_timeAxis->categoriesLabels() && m_timeAxis->min() == m_window.firstDay
        && m_timeAxis->max() == m_window.lastDay + 1.0) {
        return;
    }
    for (const QString &label : m_timeAxis->categoriesLabels())
        m_timeAxis->remove(label);
    m_timeAxis->setStartValue(m_window.firstDay);
    for (size_t i = 0; i < ticks.size(); ++i)
        m_timeAxis->append(labels.at(qsizetype(i)), ticks[i].day);
    m_timeAxis->setRange(m_window.firstDay, m_window.lastDay + 1.0);
}

QRectF TimeChartView::plotAreaInView() const
{
    const QRectF inScene = chart()->mapRectToScene(chart()->plotArea());
    return mapFromScene(inScene).boundingRect();
}

double TimeChartView::dayAt(QPointF position) const
{
    const QRectF plot = plotAreaInView();
    if (plot.width() <= 0)
        return m_window.firstDay;
    const double fraction = (position.x() - plot.left()) / plot.width();
    return m_timeAxis->min() + fraction * (m_timeAxis->max() - m_timeAxis->min());
}

QString TimeChartView::toolTipAt(QPointF position) const
{
    if (!plotAreaInView().contains(position))
        return {};
    const qsizetype period = m_periods.periodOf(qint32(std::floor(dayAt(position))));
    if (period < 0)
        return {};
    const QList<QAbstractSeries *> series = chart()->series();
    const QPointF inChart = chart()->mapFromScene(mapToScene(position.toPoint()));
    const double value = series.isEmpty() ? 0 : chart()->mapToValue(inChart, series.first()).y();
    return describePeriod(period, value);
}

void TimeChartView::hover(QPointF position)
{
    const QRectF plot = plotAreaInView();
    const qsizetype period = plot.contains(position) ? m_periods.periodOf(qint32(std::floor(dayAt(position)))) : -1;
    if (period < 0) {
        setHoverMarksVisible(false);
        return;
    }
    const QRectF chartPlot = chart()->plotArea();
    const auto xOf = [&](double day) {
        const double fraction = (day - m_timeAxis->min()) / (m_timeAxis->max() - m_timeAxis->min());
        return std::clamp(chartPlot.left() + fraction * chartPlot.width(), chartPlot.left(), chartPlot.right());
    };
    const qreal left = xOf(m_periods.firstDay(period));
    const qreal right = xOf(m_periods.lastDay(period) + 1.0);
    m_hoverBand->setRect(QRectF(left, chartPlot.top(), std::max<qreal>(right - left, 1), chartPlot.height()));
    m_hoverBand->show();
    QToolTip::showText(mapToGlobal(position.toPoint()), toolTipAt(position), this);
}

void TimeChartView::setHoverMarksVisible(bool visible)
{
    if (!visible) {
        m_hoverBand->hide();
        QToolTip::hideText();
    }
}

void TimeChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && plotAreaInView().contains(event->position())) {
        m_pressX = event->position().x();
        event->accept();
        return;
    }
    ChartView::mousePressEvent(event);
}

void TimeChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressX) {
        hover(event->position());
        ChartView::mouseMoveEvent(event);
        return;
    }
    setHoverMarksVisible(false);
    const QRectF plot = plotAreaInView();
    const qreal x = std::clamp(event->position().x(), plot.left(), plot.right());
    if (!m_rubberBand)
        m_rubberBand = new QRubberBand(QRubberBand::Rectangle, this);
    m_rubberBand->setGeometry(QRectF(QPointF(std::min(*m_pressX, x), plot.top()), QPointF(std::max(*m_pressX, x), plot.bottom()))
                                  .toRect());
    m_rubberBand->show();
    event->accept();
}

void TimeChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_pressX || event->button() != Qt::LeftButton) {
        ChartView::mouseReleaseEvent(event);
        return;
    }
    const QRectF plot = plotAreaInView();
    const qreal from = *m_pressX;
    const qreal to = std::clamp(event->position().x(), plot.left(), plot.right());
    m_pressX.reset();
    if (m_rubberBand)
        m_rubberBand->hide();
    event->accept();
    if (std::abs(to - from) >= minimumDragPixels) {
        const auto first = qint32(std::floor(dayAt(QPointF(std::min(from, to), 0))));
        const auto last = qint32(std::floor(dayAt(QPointF(std::max(from, to), 0))));
        Q_EMIT windowPicked({first, std::max(first, last)});
        return;
    }
    const qsizetype period = m_periods.periodOf(qint32(std::floor(dayAt(QPointF(from, 0)))));
    if (period >= 0)
        Q_EMIT periodClicked(period);
}

void TimeChartView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_pressX) {
        m_pressX.reset();
        if (m_rubberBand)
            m_rubberBand->hide();
        event->accept();
        return;
    }
    ChartView::keyPressEvent(event);
}

void TimeChartView::leaveEvent(QEvent *event)
{
    setHoverMarksVisible(false);
    ChartView::leaveEvent(event);
}

void TimeChartView::resizeEvent(QResizeEvent *event)
{
    ChartView::resizeEvent(event);
    updateTicks();
}

} // namespace dyad
