#pragma once

#include "timechartview.h"
#include "trends/trendaggregation.h"

class QGraphicsSimpleTextItem;
class QLineSeries;
class QValueAxis;

namespace dyad {

// "Relationship temperature": each dyad's mean tone per period on a -10..+10 axis, over a
// background shaded for cooperation (above zero) and conflict (below). A dot is one period's
// mean; lines join neighbouring periods, dashed where periods without events lie between.
class ToneChart final : public TimeChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToneChart)

public:
    explicit ToneChart(QWidget *parent = nullptr);

    // names: the display name of each of data.tones, in the same order.
    void setData(const TrendAggregate &aggregate, const QStringList &names, TimeWindow window);
    const QStringList &dyadNames() const { return m_names; }
    QValueAxis *toneAxis() const { return m_toneAxis; }

protected:
    QString describePeriod(qsizetype period, double value) const override;
    void applyStyle() override;

private:
    void rebuildSeries();
    void addDyadSeries(qsizetype index);
    void placeZoneLabels();

    TrendAggregate m_data;
    QStringList m_names;
    QValueAxis *m_toneAxis;
    QGraphicsSimpleTextItem *m_cooperationLabel;
    QGraphicsSimpleTextItem *m_conflictLabel;
};

} // namespace dyad
