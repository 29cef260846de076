#pragma once

#include "timechartview.h"
#include "trends/trendaggregation.h"

#include <QSet>

class QAreaSeries;
class QValueAxis;

namespace dyad {

// Events per period, stacked by category. Clicking a legend entry hides or shows that
// category, and the stack closes up around it.
class ActivityChart final : public TimeChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityChart)

public:
    explicit ActivityChart(QWidget *parent = nullptr);

    // categories: the store's category names, indexed like the aggregate's columns.
    void setData(const TrendAggregate &aggregate, const QStringList &categories, TimeWindow window);

    QStringList shownCategories() const;   // in stacking order, bottom first
    QStringList hiddenCategories() const { return m_hidden.values(); }
    void setCategoryHidden(const QString &category, bool hidden);
    QValueAxis *countAxis() const { return m_countAxis; }

protected:
    QString describePeriod(qsizetype period, double value) const override;
    void applyStyle() override;

private:
    void rebuildSeries();

    TrendAggregate m_data;
    QStringList m_categoryNames;
    std::vector<CategoryIndex> m_order;  // categories with events in the window, by name
    QSet<QString> m_hidden;
    QValueAxis *m_countAxis;
};

} // namespace dyad
