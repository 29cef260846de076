#pragma once

#include "chartview.h"
#include "trends/trendaggregation.h"

class QBarCategoryAxis;
class QValueAxis;

namespace dyad {

// The actors (countries with their people) with the most events in the window, as
// horizontal bars, most first. Clicking a bar asks to filter by that actor.
class TopActorsChart final : public ChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopActorsChart)

public:
    explicit TopActorsChart(QWidget *parent = nullptr);

    void setData(const EventStore &store, const std::vector<ActorCount> &ranking);
    const QStringList &actorIds() const { return m_ids; }  // most events first
    // Where the bar of the actor at rank sits, in widget coordinates (for tests and tooltips).
    QRectF barRect(qsizetype rank) const;

Q_SIGNALS:
    void actorClicked(const QString &actorId);

protected:
    void applyStyle() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuildSeries();

    QStringList m_ids;
    QStringList m_names;
    std::vector<quint32> m_counts;
    QBarCategoryAxis *m_nameAxis;
    QValueAxis *m_countAxis;
};

} // namespace dyad
