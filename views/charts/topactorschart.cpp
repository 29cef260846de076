#include "topactorschart.h"

#include "chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QToolTip>
#include <QValueAxis>

namespace dyad {

TopActorsChart::TopActorsChart(QWidget *parent)
    : ChartView(parent)
    , m_nameAxis(new QBarCategoryAxis)
    , m_countAxis(new QValueAxis)
{
    setObjectName(QStringLiteral("topActorsChart"));
    setExportName(QStringLiteral("top-actors"));
    chart()->addAxis(m_nameAxis, Qt::AlignLeft);
    chart()->addAxis(m_countAxis, Qt::AlignBottom);
    chart()->legend()->hide();
    chart()->setLocalizeNumbers(true);
    m_countAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_countAxis->setTickCount(3);
    m_nameAxis->setTruncateLabels(false);
    chart()->setTitle(tr("Most active"));
    applyStyle();
}

void TopActorsChart::applyStyle()
{
    ChartView::applyStyle();
    chartstyle::styleAxis(m_nameAxis, palette(), chartFont(), false);
    chartstyle::styleAxis(m_countAxis, palette(), chartFont());
    m_nameAxis->setLabelsColor(palette().color(QPalette::Text));
    rebuildSeries();
}

void TopActorsChart::setData(const EventStore &store, const std::vector<ActorCount> &ranking)
{
    m_ids.clear();
    m_names.clear();
    m_counts.clear();
    for (const ActorCount &entry : ranking) {
        m_ids.append(store.actor(entry.actor).id);
        // A long name ("Government of National Accord (Libya)") would squeeze the bars: use the id.
        const Actor &actor = store.actor(entry.actor);
        m_names.append(actor.name.size() <= 20 ? actor.name : actor.id);
        m_counts.push_back(entry.events);
    }
    rebuildSeries();
}

void TopActorsChart::rebuildSeries()
{
    chart()->removeAllSeries();
    m_nameAxis->clear();
    auto *series = new QHorizontalBarSeries;
    auto *bars = new QBarSet(tr("Events"));
    bars->setColor(chartstyle::lineColor(0, palette()));
    bars->setBorderColor(Qt::transparent);
    QStringList labels;
    quint32 most = 0;
    // Elide names here, for the width the chart has: Qt Charts' own eliding leaves only "...".
    const QFontMetrics metrics(chartFont());
    const int labelWidth = std::max(metrics.averageCharWidth() * 5, width() / 3);
    // Bars are laid out bottom up: add the least active first so the most active is on top.
    for (qsizetype rank = m_ids.size() - 1; rank >= 0; --rank) {
        bars->append(m_counts[size_t(rank)]);
        QString label = metrics.elidedText(m_names.at(rank), Qt::ElideRight, labelWidth);
        while (labels.contains(label))
            label += QChar(0x200B);
        labels.append(label);
        most = std::max(most, m_counts[size_t(rank)]);
    }
    series->append(bars);
    series->setBarWidth(0.7);
    chart()->addSeries(series);
    m_nameAxis->append(labels);
    series->attachAxis(m_nameAxis);
    series->attachAxis(m_countAxis);
    m_countAxis->setRange(0, std::max<quint32>(most, 4));
    m_countAxis->applyNiceNumbers();
    m_countAxis->setMin(0);

    const auto rankOf = [this](int index) { return m_ids.size() - 1 - index; };
    connect(bars, &QBarSet::clicked, this, [this, rankOf](int index) {
        const qsizetype rank = rankOf(index);
        if (rank >= 0 && rank < m_ids.size())
            Q_EMIT actorClicked(m_ids.at(rank));
    }, Qt::QueuedConnection);
    connect(bars, &QBarSet::hovered, this, [this, rankOf](bool over, int index) {
        const qsizetype rank = rankOf(index);
        if (!over || rank < 0 || rank >= m_ids.size()) {
            QToolTip::hideText();
            return;
        }
        const quint32 count = m_counts[size_t(rank)];
        const QString events = count == 1 ? tr("1 event") : tr("%L1 events").arg(count);
        QToolTip::showText(QCursor::pos(), u"<b>" + m_names.at(rank).toHtmlEscaped() + u"</b>: " + events + u"<br>"
                                               + tr("Click to show only events involving %1").arg(m_names.at(rank).toHtmlEscaped()),
                           this);
    });
}

void TopActorsChart::resizeEvent(QResizeEvent *event)
{
    ChartView::resizeEvent(event);
    rebuildSeries();
}

QRectF TopActorsChart::barRect(qsizetype rank) const
{
    if (rank < 0 || rank >= m_ids.size() || chart()->series().isEmpty())
        return {};
    const QRectF plot = chart()->plotArea();
    const qreal slot = plot.height() / qreal(m_ids.size());
    const qreal fromTop = qreal(rank) * slot;
    const qreal length = m_countAxis->max() > 0 ? plot.width() * m_counts[size_t(rank)] / m_countAxis->max() : 0;
    const QRectF inChart(plot.left(), plot.top() + fromTop + slot * 0.15, length, slot * 0.7);
    return mapFromScene(chart()->mapRectToScene(inChart)).boundingRect();
}

} // namespace dyad
