#include "charts/activitychart.h"
#include "charts/tonechart.h"
#include "charts/topactorschart.h"
#include "charts/trendspanel.h"
#include "itemmodels/eventselectionmodel.h"
#include "itemmodels/eventtablemodel.h"
#include "session/session.h"
#include "syntheticdata.h"

#include <QCategoryAxis>
#include <QDate>
#include <QFile>
#include <QLegend>
#include <QLegendMarker>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace dyad;

namespace {

qint32 day(int year, int month, int dayOfMonth)
{
    return qint32(QDate(year, month, dayOfMonth).toJulianDay());
}

// The point in the chart's viewport at a day and a fraction of the plot's height from the top.
QPoint pointAt(const TimeChartView *view, double julianDay, double fromTop = 0.5)
{
    const QRectF plot = view->mapFromScene(view->chart()->mapRectToScene(view->chart()->plotArea())).boundingRect();
    const double fraction = (julianDay - view->timeAxis()->min()) / (view->timeAxis()->max() - view->timeAxis()->min());
    return QPointF(plot.left() + fraction * plot.width(), plot.top() + fromTop * plot.height()).toPoint();
}

// The middle of the part of a period that lies inside the window (the first and last periods
// usually stick out of it).
double middleOfShownPart(const TrendAggregate &data, qsizetype period, TimeWindow window)
{
    const double first = std::max(data.axis.firstDay(period), window.firstDay);
    const double end = std::min(data.axis.lastDay(period), window.lastDay) + 1.0;
    return (first + end) / 2;
}

int countInkPixels(const QImage &image, QRgb background)
{
    int ink = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            ink += image.pixel(x, y) != background ? 1 : 0;
    }
    return ink;
}

} // namespace

class TestTrendCharts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Session> m_session;
    std::unique_ptr<EventTableModel> m_table;
    std::unique_ptr<EventSelectionModel> m_selection;
    std::unique_ptr<TrendsPanel> m_panel;
    bool m_bundled = false;

private Q_SLOTS:
    void init()
    {
        m_session = std::make_unique<Session>();
        // The realistic case is the bundled dataset; synthetic data stands in while it is empty.
        m_bundled = !m_session->loadBundledDataset().isError() && m_session->store().size() > 20;
        if (!m_bundled)
            m_session->reset(testing::syntheticInfo(), testing::generateSyntheticStore({20000, 42}));
        m_table = std::make_unique<EventTableModel>(m_session.get());
        m_selection = std::make_unique<EventSelectionModel>(m_table.get());
        m_panel = std::make_unique<TrendsPanel>(m_session.get(), m_table.get(), m_selection.get());
        m_panel->resize(1500, 360);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        m_panel->refreshNow();
    }

    void cleanup()
    {
        m_panel.reset();
        m_selection.reset();
        m_table.reset();
        m_session.reset();
    }

    void showsTheWholeWindowAtFirst()
    {
        const TimeWindow window = m_session->visibleWindow();
        QCOMPARE(m_panel->activityChart()->window(), window);
        QCOMPARE(m_panel->activityChart()->timeAxis()->min(), double(window.firstDay));
        QCOMPARE(m_panel->activityChart()->timeAxis()->max(), window.lastDay + 1.0);
        QVERIFY(!m_panel->activityChart()->shownCategories().isEmpty());
        QCOMPARE(m_panel->dyads().size(), size_t(2));
        QCOMPARE(m_panel->toneChart()->dyadNames().size(), 2);
        QCOMPARE(m_panel->toneChart()->toneAxis()->min(), -10.0);
        QCOMPARE(m_panel->toneChart()->toneAxis()->max(), 10.0);
        QVERIFY(!m_panel->topActorsChart()->actorIds().isEmpty());
        if (m_bundled) {
            for (const QString &name : m_panel->toneChart()->dyadNames())
                QVERIFY2(name.contains(u"Turkey"), qPrintable(name));
        }
    }

    void followsAWindowChange()
    {
        const TimeWindow year2020{day(2020, 1, 1), day(2020, 12, 31)};
        m_session->setVisibleWindow(year2020);
        QTRY_COMPARE(m_panel->activityChart()->window(), year2020);
        QCOMPARE(m_panel->toneChart()->window(), year2020);
        QCOMPARE(m_panel->activityChart()->timeAxis()->min(), double(year2020.firstDay));
        QCOMPARE(m_panel->toneChart()->timeAxis()->max(), year2020.lastDay + 1.0);
        // A year is shown in weeks; the aggregate covers exactly the weeks that touch it.
        QCOMPARE(m_panel->data().axis.unit(), PeriodUnit::Week);
        QVERIFY(m_panel->data().axis.firstDay(0) <= year2020.firstDay);
        QVERIFY(m_panel->data().axis.span().lastDay >= year2020.lastDay);

        const TimeWindow decade{day(2010, 1, 1), day(2021, 12, 31)};
        m_session->setVisibleWindow(decade);
        QTRY_COMPARE(m_panel->toneChart()->window(), decade);
        QCOMPARE(m_panel->data().axis.unit(), PeriodUnit::Month);
        QCOMPARE(m_panel->activityChart()->periodAxis(), m_panel->data().axis);
    }

    void rapidWindowChangesCoalesce()
    {
        // Let any earlier update's quiet spell run out, so the first change shows at once.
        QTRY_VERIFY(!m_panel->hasPendingRefresh());
        QTest::qWait(100);
        const int before = m_panel->refreshCount();
        const qint32 start = day(2016, 1, 1);
        m_session->setVisibleWindow({start, start + 700});
        QCOMPARE(m_panel->refreshCount(), before + 1);
        QCOMPARE(m_panel->activityChart()->window(), (TimeWindow{start, start + 700}));
        // A drag: many changes in a row wait for the delay and are applied once, as the last.
        for (int step = 1; step < 20; ++step)
            m_session->setVisibleWindow({start + step * 10, start + step * 10 + 700});
        QVERIFY(m_panel->hasPendingRefresh());
        QCOMPARE(m_panel->refreshCount(), before + 1);
        const TimeWindow last{start + 190, start + 890};
        QTRY_COMPARE(m_panel->activityChart()->window(), last);
        QVERIFY(!m_panel->hasPendingRefresh());
        QCOMPARE(m_panel->refreshCount(), before + 2);
    }

    void rubberBandDragSetsTheWindow()
    {
        const TimeWindow before = m_session->visibleWindow();
        ToneChart *chart = m_panel->toneChart();
        const double span = before.days();
        const QPoint from = pointAt(chart, before.firstDay + span * 0.25);
        const QPoint to = pointAt(chart, before.firstDay + span * 0.60, 0.7);
        const auto expectedFirst = qint32(std::floor(chart->dayAt(from)));
        const auto expectedLast = qint32(std::floor(chart->dayAt(to)));
        QTest::mousePress(chart->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(chart->viewport(), (from + to) / 2);
        QTest::mouseMove(chart->viewport(), to);
        QTest::mouseRelease(chart->viewport(), Qt::LeftButton, {}, to);

        const TimeWindow after = m_session->visibleWindow();
        QVERIFY(after != before);
        QCOMPARE(after.firstDay, expectedFirst);
        QCOMPARE(after.lastDay, expectedLast);
        // The picked span is about 35 % of the old one, and the charts follow it.
        QVERIFY(qAbs(after.days() - span * 0.35) < span * 0.02);
        QTRY_COMPARE(m_panel->activityChart()->window(), after);

        // A drag right to left picks the same kind of span; a tiny drag picks nothing.
        const TimeWindow second = after;
        QTest::mousePress(m_panel->activityChart()->viewport(), Qt::LeftButton, {}, pointAt(m_panel->activityChart(), second.firstDay + second.days() * 0.9));
        QTest::mouseMove(m_panel->activityChart()->viewport(), pointAt(m_panel->activityChart(), second.firstDay + second.days() * 0.5));
        QTest::mouseRelease(m_panel->activityChart()->viewport(), Qt::LeftButton, {}, pointAt(m_panel->activityChart(), second.firstDay + second.days() * 0.5));
        QVERIFY(m_session->visibleWindow().days() < second.days() / 2);
        QVERIFY(m_session->visibleWindow().firstDay > second.firstDay);
    }

    void clickingAPeriodSelectsItsEvents()
    {
        const TrendAggregate &data = m_panel->data();
        qsizetype busiest = 0;
        for (qsizetype period = 0; period < data.axis.count(); ++period) {
            if (data.activity.totals[size_t(period)] > data.activity.totals[size_t(busiest)])
                busiest = period;
        }
        QVERIFY(data.activity.totals[size_t(busiest)] > 0);
        ActivityChart *chart = m_panel->activityChart();
        const double middle = middleOfShownPart(data, busiest, m_session->visibleWindow());
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, pointAt(chart, middle, 0.9));

        const QModelIndexList rows = m_selection->selectedRows();
        QCOMPARE(qsizetype(rows.size()), qsizetype(data.activity.totals[size_t(busiest)]));
        for (const QModelIndex &index : rows) {
            const qint32 start = index.data(EventTableModel::StartDayRole).toInt();
            QVERIFY(start >= data.axis.firstDay(busiest) && start <= data.axis.lastDay(busiest));
        }
        QVERIFY(m_selection->currentIndex().isValid());
    }

    void toneChartClickSelectsTheDyadsEvents()
    {
        const TrendAggregate &data = m_panel->data();
        qsizetype period = -1;
        for (qsizetype p = 0; p < data.axis.count() && period < 0; ++p) {
            if (data.tones[0].counts[size_t(p)] > 0)
                period = p;
        }
        QVERIFY(period >= 0);
        const double middle = middleOfShownPart(data, period, m_session->visibleWindow());
        QTest::mouseClick(m_panel->toneChart()->viewport(), Qt::LeftButton, {}, pointAt(m_panel->toneChart(), middle));
        const QModelIndexList rows = m_selection->selectedRows();
        quint32 expected = 0;
        const EventStore &store = m_session->store();
        for (EventRow row : rowsStartingIn(store, m_session->filteredRows(), data.axis.firstDay(period), data.axis.lastDay(period)))
            expected += std::any_of(m_panel->dyads().begin(), m_panel->dyads().end(), [&](const Dyad &d) { return involves(store, row, d); });
        QCOMPARE(quint32(rows.size()), expected);
        QVERIFY(expected >= data.tones[0].counts[size_t(period)]);
    }

    void hoverExplainsThePeriod()
    {
        const TrendAggregate &data = m_panel->data();
        qsizetype period = 0;
        while (data.activity.totals[size_t(period)] == 0)
            ++period;
        const double middle = middleOfShownPart(data, period, m_session->visibleWindow());
        const QString activityTip = m_panel->activityChart()->toolTipAt(pointAt(m_panel->activityChart(), middle, 0.95));
        QVERIFY2(activityTip.contains(data.axis.displayName(period)), qPrintable(activityTip));
        QVERIFY2(activityTip.contains(QString::number(data.activity.totals[size_t(period)])), qPrintable(activityTip));
        const QString toneTip = m_panel->toneChart()->toolTipAt(pointAt(m_panel->toneChart(), middle));
        QVERIFY(toneTip.contains(data.axis.displayName(period)));
        QVERIFY(toneTip.contains(m_panel->toneChart()->dyadNames().first().toHtmlEscaped()));
        // Outside the plot there is nothing to explain.
        QVERIFY(m_panel->activityChart()->toolTipAt(QPointF(1, 1)).isEmpty());
    }

    void legendTogglesACategory()
    {
        ActivityChart *chart = m_panel->activityChart();
        const QStringList before = chart->shownCategories();
        QVERIFY(before.size() > 1);
        QAbstractSeries *first = chart->chart()->series().first();
        QLegendMarker *marker = chart->chart()->legend()->markers(first).first();
        Q_EMIT marker->clicked();
        QTRY_COMPARE(chart->shownCategories().size(), before.size() - 1);
        QVERIFY(!chart->shownCategories().contains(before.first()));
        QCOMPARE(chart->hiddenCategories(), QStringList{before.first()});
        // Hidden categories stay hidden across a window change, and come back on a second click.
        m_session->setVisibleWindow({day(2019, 1, 1), day(2020, 12, 31)});
        m_panel->refreshNow();
        QVERIFY(!chart->shownCategories().contains(before.first()));
        chart->setCategoryHidden(before.first(), false);
        QVERIFY(chart->shownCategories().contains(before.first()));
    }

    void clickingAnActorBarFilters()
    {
        TopActorsChart *chart = m_panel->topActorsChart();
        QVERIFY(chart->actorIds().size() >= 2);
        const QString second = chart->actorIds().at(1);
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, chart->barRect(1).center().toPoint());
        QTRY_COMPARE(m_session->filter().actorIds, QStringList{second});
        m_panel->refreshNow();
        QVERIFY(!chart->actorIds().contains(second));  // the filtered actor is not its own partner
    }

    void exportsRenderTheChart()
    {
        ToneChart *chart = m_panel->toneChart();
        QImage image(chart->size(), QImage::Format_ARGB32);
        const QRgb background = chart->palette().color(QPalette::Base).rgb();
        image.fill(background);
        {
            QPainter painter(&image);
            chart->renderChart(&painter, QRectF(QPointF(), chart->size()));
        }
        QVERIFY(countInkPixels(image, background) > image.width() * image.height() / 20);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString svg = dir.filePath(u"tone.svg"_qs);
        QVERIFY(chart->exportSvg(svg).isEmpty());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("<path") || text.contains("<polyline"));

        const QString png = dir.filePath(u"activity.png"_qs);
        QVERIFY(m_panel->activityChart()->exportPng(png).isEmpty());
        const QImage written(png);
        QCOMPARE(written.size(), m_panel->activityChart()->size() * 2);
    }

    void followsADarkPalette()
    {
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(30, 30, 32));
        dark.setColor(QPalette::Window, QColor(40, 40, 42));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        m_panel->setPalette(dark);
        ActivityChart *chart = m_panel->activityChart();
        QImage image(chart->size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            chart->renderChart(&painter, QRectF(QPointF(), chart->size()));
        }
        QVERIFY(QColor(image.pixel(3, 3)).lightnessF() < 0.3);
        QVERIFY(chart->chart()->titleBrush().color().lightnessF() > 0.7);
    }

    void unitCanBeChosen()
    {
        m_panel->setPeriodUnit(PeriodUnit::Quarter);
        m_panel->refreshNow();
        QCOMPARE(m_panel->data().axis.unit(), PeriodUnit::Quarter);
        QVERIFY(m_panel->activityChart()->chart()->title().contains(u"quarter"));
        // Weeks over decades would be thousands of bars: the unit gets coarser instead.
        m_panel->setPeriodUnit(PeriodUnit::Week);
        m_session->setVisibleWindow({day(1800, 1, 1), day(2030, 1, 1)});
        m_panel->refreshNow();
        QVERIFY(m_panel->data().axis.count() <= 1500);
    }

    void dyadsCanBePinned()
    {
        const EventStore &store = m_session->store();
        const std::vector<DyadCount> ranked = rankDyads(store, m_session->filteredRows(), 5);
        QVERIFY(ranked.size() >= 3);
        m_panel->setDyads({ranked[2].dyad});
        m_panel->refreshNow();
        QCOMPARE(m_panel->toneChart()->dyadNames(), QStringList{dyadDisplayName(store, ranked[2].dyad)});
        // A pinned choice survives a filter change; an empty choice goes back to the defaults.
        EventFilter filter;
        filter.minimumTone = -5;
        m_session->setFilter(filter);
        QCOMPARE(m_panel->dyads(), std::vector<Dyad>{ranked[2].dyad});
        m_panel->setDyads({});
        QCOMPARE(m_panel->dyads(), defaultDyads(store, m_session->filteredRows(), 2));
    }

    void choicesRoundTripThroughTheSessionState()
    {
        const EventStore &store = m_session->store();
        const std::vector<DyadCount> ranked = rankDyads(store, m_session->filteredRows(), 5);
        QVERIFY(ranked.size() >= 2);
        m_panel->setPeriodUnit(PeriodUnit::Year);
        m_panel->setDyads({ranked[1].dyad, ranked[0].dyad});
        const QString hidden = m_panel->activityChart()->shownCategories().first();
        m_panel->activityChart()->setCategoryHidden(hidden, true);
        const QJsonObject state = m_panel->saveState();

        TrendsPanel fresh(m_session.get(), m_table.get(), m_selection.get());
        QCOMPARE(fresh.periodUnit(), std::nullopt);
        fresh.restoreState(state);
        QCOMPARE(fresh.periodUnit(), std::optional(PeriodUnit::Year));
        QCOMPARE(fresh.dyads(), (std::vector<Dyad>{ranked[1].dyad, ranked[0].dyad}));
        QCOMPARE(fresh.activityChart()->hiddenCategories(), QStringList{hidden});
        QCOMPARE(fresh.saveState(), state);
        // Nothing saved: the defaults.
        fresh.restoreState({});
        QCOMPARE(fresh.periodUnit(), std::nullopt);
        QCOMPARE(fresh.dyads(), defaultDyads(store, m_session->filteredRows(), 2));
    }
};

QTEST_MAIN(TestTrendCharts)
#include "tst_trendcharts.moc"
