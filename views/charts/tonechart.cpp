#include "tonechart.h"

#include "chartstyle.h"

#include <QCategoryAxis>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

namespace dyad {

namespace {

// A period's dot sits in the middle of the part of it that is shown: the first and last
// periods usually stick out of the window, and their dots should stay visible.
double middleOf(const PeriodAxis &axis, qsizetype period, TimeWindow window)
{
    const double first = std::max(axis.firstDay(period), window.firstDay);
    const double end = std::min(axis.lastDay(period), window.lastDay) + 1.0;
    return first < end ? (first + end) / 2 : (axis.firstDay(period) + axis.lastDay(period) + 1.0) / 2;
}

QString toneText(double tone)
{
    const QString number = QLocale().toString(tone, 'f', 1);
    return tone > 0.05 ? u'+' + number : number;
}

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

} // namespace

ToneChart::ToneChart(QWidget *parent)
    : TimeChartView(parent)
    , m_toneAxis(new QValueAxis)
    , m_cooperationLabel(new QGraphicsSimpleTextItem(chart()))
    , m_conflictLabel(new QGraphicsSimpleTextItem(chart()))
{
    setObjectName(QStringLiteral("toneChart"));
    setExportName(QStringLiteral("relationship-temperature"));
    m_toneAxis->setRange(minimumTone, maximumTone);
    m_toneAxis->setTickCount(5);
    m_toneAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart()->addAxis(m_toneAxis, Qt::AlignLeft);
    chart()->legend()->setAlignment(Qt::AlignTop);
    chart()->setPlotAreaBackgroundVisible(true);
    m_cooperationLabel->setText(tr("cooperation"));
    m_conflictLabel->setText(tr("conflict"));
    m_cooperationLabel->setZValue(1);
    m_conflictLabel->setZValue(1);
    connect(chart(), &QChart::plotAreaChanged, this, &ToneChart::placeZoneLabels);
    applyStyle();
}

void ToneChart::applyStyle()
{
    TimeChartView::applyStyle();
    chartstyle::styleAxis(m_toneAxis, palette(), chartFont());
    // Cooperation above the zero line, conflict below: a hard stop at the middle of the plot.
    // The tints are a little of a green and a red over the base colour, so text stays readable.
    const QColor base = palette().color(QPalette::Base);
    const qreal strength = chartstyle::isDark(palette()) ? 0.14 : 0.10;
    const auto tint = [&](const QColor &hue) {
        return QColor::fromRgbF(float(base.redF() + (hue.redF() - base.redF()) * strength),
                                float(base.greenF() + (hue.greenF() - base.greenF()) * strength),
                                float(base.blueF() + (hue.blueF() - base.blueF()) * strength));
    };
    const QColor cooperation = tint(QColor(0x1f, 0xa0, 0x5a));
    const QColor conflict = tint(QColor(0xd8, 0x3a, 0x30));
    QLinearGradient zones(0, 0, 0, 1);
    zones.setCoordinateMode(QGradient::ObjectBoundingMode);
    zones.setColorAt(0, cooperation);
    zones.setColorAt(0.5, cooperation);
    zones.setColorAt(0.5001, conflict);
    zones.setColorAt(1, conflict);
    chart()->setPlotAreaBackgroundBrush(zones);
    chart()->setPlotAreaBackgroundPen(Qt::NoPen);
    QFont small = chartFont();
    small.setItalic(true);
    for (QGraphicsSimpleTextItem *label : {m_cooperationLabel, m_conflictLabel}) {
        label->setFont(small);
        label->setBrush(chartstyle::mutedColor(palette(), 0.45));
    }
    rebuildSeries();
}

void ToneChart::placeZoneLabels()
{
    const QRectF plot = chart()->plotArea();
    const qreal margin = 4;
    // In the right-hand corners: a story that opens with a crisis has its first dots on the left.
    m_cooperationLabel->setPos(plot.right() - m_cooperationLabel->boundingRect().width() - margin, plot.top() + margin / 2);
    m_conflictLabel->setPos(plot.right() - m_conflictLabel->boundingRect().width() - margin,
                            plot.bottom() - m_conflictLabel->boundingRect().height() - margin / 2);
}

void ToneChart::setData(const TrendAggregate &aggregate, const QStringList &names, TimeWindow window)
{
    m_data = aggregate;
    m_names = names;
    chart()->setTitle(tr("Relationship temperature: mean tone per %1").arg(periodUnitDisplayName(m_data.axis.unit())));
    setTimeRange(m_data.axis, window);
    rebuildSeries();
}

void ToneChart::rebuildSeries()
{
    chart()->removeAllSeries();
    if (!window().isValid())
        return;
    auto *zero = new QLineSeries;
    zero->append(window().firstDay, 0);
    zero->append(window().lastDay + 1.0, 0);
    QPen zeroPen(chartstyle::mutedColor(palette(), 0.5));
    zeroPen.setWidthF(1.2);
    zero->setPen(zeroPen);
    chart()->addSeries(zero);
    zero->attachAxis(timeAxis());
    zero->attachAxis(m_toneAxis);
    hideFromLegend(chart(), zero);
    for (qsizetype index = 0; index < qsizetype(m_data.tones.size()); ++index)
        addDyadSeries(index);
}

void ToneChart::addDyadSeries(qsizetype index)
{
    const ToneSeries &tones = m_data.tones[size_t(index)];
    const PeriodAxis &axis = m_data.axis;
    const QColor color = chartstyle::lineColor(int(index), palette());
    const auto add = [this](QAbstractSeries *series, bool inLegend) {
        chart()->addSeries(series);
        series->attachAxis(timeAxis());
        series->attachAxis(m_toneAxis);
        if (!inLegend)
            hideFromLegend(chart(), series);
    };

    // Under everything, a dashed line through every period that has a mean: it carries the
    // story across months without events. Solid runs join neighbouring periods on top of it.
    auto *bridge = new QLineSeries;
    auto *dots = new QScatterSeries;
    QList<QPointF> run;
    quint32 events = 0;
    const auto endRun = [&] {
        if (run.size() > 1) {
            auto *solid = new QLineSeries;
            solid->replace(run);
            solid->setPen(QPen(color, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            add(solid, false);
        }
        run.clear();
    };
    for (qsizetype period = 0; period < axis.count(); ++period) {
        const std::optional<double> mean = tones.mean(period);
        if (!mean) {
            endRun();
            continue;
        }
        events += tones.counts[size_t(period)];
        const QPointF point(middleOf(axis, period, window()), *mean);
        bridge->append(point);
        dots->append(point);
        run.append(point);
    }
    endRun();
    QPen dashed(color, 1.4, Qt::DashLine, Qt::RoundCap);
    dashed.setDashPattern({3, 3});
    bridge->setPen(dashed);
    bridge->setName(events == 0 ? tr("%1 (no events)").arg(m_names.value(index)) : m_names.value(index));
    bridge->setColor(color);
    add(bridge, true);
    if (QLegendMarker *marker = chart()->legend()->markers(bridge).value(0))
        marker->setBrush(color);

    dots->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    dots->setMarkerSize(axis.count() > 200 ? 4 : 7);
    dots->setColor(color);
    dots->setBorderColor(palette().color(QPalette::Base));
    add(dots, false);
}

QString ToneChart::describePeriod(qsizetype period, double) const
{
    QString text = u"<b>" + m_data.axis.displayName(period) + u"</b>";
    for (size_t i = 0; i < m_data.tones.size(); ++i) {
        const ToneSeries &tones = m_data.tones[i];
        const QString name = m_names.value(qsizetype(i)).toHtmlEscaped();
        const quint32 count = tones.counts[size_t(period)];
        const QString swatch = QStringLiteral("<span style=\"color:%1\">&#9679;</span> ").arg(chartstyle::lineColor(int(i), palette()).name());
        if (count == 0) {
            text += u"<br>" + swatch + tr("%1: no events").arg(name);
            continue;
        }
        const QString events = count == 1 ? tr("1 event") : tr("%L1 events").arg(count);
        text += u"<br>" + swatch + tr("%1: mean tone %2 (%3)").arg(name, toneText(*tones.mean(period)), events);
    }
    return text;
}

} // namespace dyad
