#include "activitychart.h"

#include "chartstyle.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

namespace dyad {

ActivityChart::ActivityChart(QWidget *parent)
    : TimeChartView(parent)
    , m_countAxis(new QValueAxis)
{
    setObjectName(QStringLiteral("activityChart"));
    setExportName(QStringLiteral("activity"));
    chart()->addAxis(m_countAxis, Qt::AlignLeft);
    m_countAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart()->setLocalizeNumbers(true);
    chart()->legend()->setAlignment(Qt::AlignRight);
    chart()->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    applyStyle();
}

void ActivityChart::applyStyle()
{
    TimeChartView::applyStyle();
    chartstyle::styleAxis(m_countAxis, palette(), chartFont());
    rebuildSeries();
}

void ActivityChart::setData(const TrendAggregate &aggregate, const QStringList &categories, TimeWindow window)
{
    m_data = aggregate;
    m_categoryNames = categories;
    m_order.clear();
    const ActivityTable &activity = m_data.activity;
    for (CategoryIndex category = 0; category < CategoryIndex(activity.categoryCount); ++category) {
        for (qsizetype period = 0; period < m_data.axis.count(); ++period) {
            if (activity.count(period, category) > 0) {
                m_order.push_back(category);
                break;
            }
        }
    }
    std::sort(m_order.begin(), m_order.end(), [this](CategoryIndex a, CategoryIndex b) {
        return m_categoryNames.at(a).compare(m_categoryNames.at(b), Qt::CaseInsensitive) < 0;
    });
    chart()->setTitle(tr("Activity: events per %1").arg(periodUnitDisplayName(m_data.axis.unit())));
    setTimeRange(m_data.axis, window);
    rebuildSeries();
}

QStringList ActivityChart::shownCategories() const
{
    QStringList shown;
    for (CategoryIndex category : m_order) {
        if (!m_hidden.contains(m_categoryNames.at(category)))
            shown.append(m_categoryNames.at(category));
    }
    return shown;
}

void ActivityChart::setCategoryHidden(const QString &category, bool hidden)
{
    if (hidden == m_hidden.contains(category))
        return;
    if (hidden)
        m_hidden.insert(category);
    else
        m_hidden.remove(category);
    rebuildSeries();
}

void ActivityChart::rebuildSeries()
{
    chart()->removeAllSeries();
    const PeriodAxis &axis = m_data.axis;
    const auto periods = axis.count();
    if (periods == 0)
        return;
    // Leave a thin gap between bars when there is room for it.
    const double daysPerPixel = window().days() / std::max(1.0, chart()->plotArea().width());
    const double gap = periods < 2 ? 0 : std::min(0.12 * (axis.span().days() / double(periods)), 1.5 * daysPerPixel);

    std::vector<quint32> base(size_t(periods), 0);
    quint32 highest = 0;
    for (CategoryIndex category : m_order) {
        const QString &name = m_categoryNames.at(category);
        const bool hidden = m_hidden.contains(name);
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        QList<QPointF> upperPoints;
        QList<QPointF> lowerPoints;
        upperPoints.reserve(periods * 4);
        lowerPoints.reserve(periods * 4);
        for (qsizetype period = 0; period < periods; ++period) {
            const double left = axis.firstDay(period) + gap / 2;
            const double right = axis.lastDay(period) + 1 - gap / 2;
            const quint32 below = base[size_t(period)];
            const quint32 top = below + (hidden ? 0 : m_data.activity.count(period, category));
            // Each bar is a rectangle; upper and lower meet between bars so the gap stays empty.
            upperPoints << QPointF(left, below) << QPointF(left, top) << QPointF(right, top) << QPointF(right, below);
            lowerPoints << QPointF(left, below) << QPointF(left, below) << QPointF(right, below) << QPointF(right, below);
            base[size_t(period)] = top;
            highest = std::max(highest, top);
        }
        upper->replace(upperPoints);
        lower->replace(lowerPoints);
        auto *area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        area->setName(name);
        const QColor color = chartstyle::categoryColor(name, palette());
        area->setColor(color);
        area->setBorderColor(color);
        area->setPen(Qt::NoPen);
        chart()->addSeries(area);
        area->attachAxis(timeAxis());
        area->attachAxis(m_countAxis);
        area->setVisible(!hidden);

        QLegendMarker *marker = chart()->legend()->markers(area).value(0);
        if (!marker)
            continue;
        marker->setVisible(true);
        marker->setLabelBrush(hidden ? chartstyle::mutedColor(palette(), 0.65) : palette().color(QPalette::Text));
        if (hidden)
            marker->setBrush(chartstyle::mutedColor(palette(), 0.8));
        // Queued: the rebuild deletes the marker that is emitting.
        connect(marker, &QLegendMarker::clicked, this, [this, name] { setCategoryHidden(name, !m_hidden.contains(name)); },
                Qt::QueuedConnection);
    }
    m_countAxis->setRange(0, std::max<quint32>(highest, 4));
    m_countAxis->applyNiceNumbers();
    m_countAxis->setMin(0);
}

QString ActivityChart::describePeriod(qsizetype period, double value) const
{
    const ActivityTable &activity = m_data.activity;
    const quint32 total = activity.totals[size_t(period)];
    QString text = u"<b>" + m_data.axis.displayName(period) + u"</b>: "
                 + (total == 1 ? tr("1 event") : tr("%L1 events").arg(total));
    // Name the category under the mouse first, then the rest by size.
    quint32 stacked = 0;
    QString pointed;
    std::vector<std::pair<quint32, QString>> rest;
    for (CategoryIndex category : m_order) {
        const QString &name = m_categoryNames.at(category);
        const quint32 count = activity.count(period, category);
        if (m_hidden.contains(name) || count == 0)
            continue;
        if (pointed.isEmpty() && value >= stacked && value < stacked + count)
            pointed = name;
        stacked += count;
        rest.emplace_back(count, name);
    }
    std::sort(rest.begin(), rest.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[count, name] : rest) {
        const QString line = QStringLiteral("%1: %L2").arg(name.toHtmlEscaped()).arg(count);
        text += u"<br>" + (name == pointed ? u"<b>" + line + u"</b>" : line);
    }
    if (const quint32 coarse = activity.coarselyDated[size_t(period)]) {
        text += u"<br><i>" + tr("of which %L1 dated only to a month or year, counted at its start").arg(coarse)
              + u"</i>";
    }
    return text;
}

} // namespace dyad
