#include "itemmodels/eventselectionmodel.h"
#include "itemmodels/eventtablemodel.h"
#include "map/actormappanel.h"
#include "map/actormapview.h"
#include "session/session.h"
#include "session/windowplayback.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>
#include <QToolTip>
#include <QToolButton>

#include <cmath>
#include <set>

using namespace dyad;

class TestActorMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_session = std::make_unique<Session>();
        QVERIFY(!m_session->loadBundledDataset().isError());
        m_session->setVisibleWindow(m_session->dataExtent());
        m_table = std::make_unique<EventTableModel>(m_session.get());
        m_selection = std::make_unique<EventSelectionModel>(m_table.get());
        m_panel = std::make_unique<ActorMapPanel>(m_session.get(), m_selection.get());
        m_panel->resize(1000, 640);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup()
    {
        m_panel.reset();
        m_selection.reset();
        m_table.reset();
        m_session.reset();
    }

    void showsTheBundledStoryOnTheMap()
    {
        const MapScene &scene = map()->scene();
        QVERIFY(scene.nodeFor(actor(u"TUR")));
        QVERIFY(scene.nodeFor(actor(u"RUS")));
        QVERIFY(scene.nodeFor(actor(u"USA")));
        QVERIFY(relation(u"TUR", u"RUS"));
        QVERIFY(scene.involvedCountries.contains(u"TUR"_qs));
        // Folded by state: Erdoğan's meetings count for Turkey, he is no node of his own.
        QVERIFY(!scene.nodeFor(actor(u"erdogan")));
        // Every node is inside the widget after the initial fit.
        for (const MapFrame::NodeItem &node : map()->frame().nodes)
            QVERIFY(QRectF(map()->rect()).contains(node.center));
    }

    void fitsTheActorsNotTheWorld()
    {
        // Regression: the fit once used QRectF::united(), which skips zero-size rectangles, and
        // so showed the whole world. Ankara, Moscow and Washington must span most of the width.
        const double span = map()->frame().nodes[size_t(map()->scene().nodeOfActor.value(actor(u"RUS")))].center.x()
                            - map()->frame().nodes[size_t(map()->scene().nodeOfActor.value(actor(u"USA")))].center.x();
        QVERIFY2(span > map()->width() / 3.0, qPrintable(QString::number(span)));
        // A larger widget fits again, until the user pans or zooms.
        const double scale = map()->viewport().scale();
        m_panel->resize(1400, 900);
        QTRY_VERIFY(map()->viewport().scale() > scale);
        map()->zoomBy(1.5);
        const double zoomed = map()->viewport().scale();
        m_panel->resize(1000, 640);
        QTRY_COMPARE(map()->size().width(), 1000);
        QCOMPARE(map()->viewport().scale(), zoomed);
    }

    void aggregatesOnlyTheVisibleWindow()
    {
        const qint32 from = Date::fromYmd(2020, 1, 1).firstDay();
        const qint32 to = Date::fromYmd(2020, 12, 31).firstDay();
        m_session->setVisibleWindow({from, to});
        quint32 expected = 0;
        const EventStore &store = m_session->store();
        for (EventRow row : m_session->filteredRows())
            expected += store.startDay(row) <= to && store.lastDay(row) >= from;
        QTRY_COMPARE(map()->scene().window, (TimeWindow{from, to}));
        QCOMPARE(map()->scene().eventCount, expected);
    }

    void theLegendsWindowIsNarrowedByTheFiltersDates()
    {
        EventFilter filter;
        filter.fromDay = Date::fromYmd(2020, 1, 1).firstDay();
        filter.toDay = Date::fromYmd(2020, 12, 31).firstDay();
        m_session->setFilter(filter);
        QTRY_COMPARE(map()->scene().window, (TimeWindow{*filter.fromDay, *filter.toDay}));
    }

    void clickingAnActorTogglesItInTheFilter()
    {
        const QPoint turkey = nodeCenter(u"TUR");
        QTest::mouseClick(map(), Qt::LeftButton, {}, turkey);
        QCOMPARE(m_session->filter().actorIds, QStringList{u"TUR"_qs});
        QTRY_VERIFY(map()->scene().nodeFor(actor(u"TUR")));
        QTest::mouseClick(map(), Qt::LeftButton, {}, nodeCenter(u"TUR"));
        QVERIFY(m_session->filter().actorIds.isEmpty());
    }

    void clickingAnArcFiltersToThatPair()
    {
        const std::optional<qsizetype> index = relation(u"TUR", u"RUS");
        QVERIFY(index);
        const QPoint point = pointOnArc(*index);
        QVERIFY2(!point.isNull(), "no clickable point on the Turkey-Russia arc");
        QTest::mouseClick(map(), Qt::LeftButton, {}, point);
        const QStringList ids = m_session->filter().actorIds;
        QCOMPARE(std::set<QString>(ids.begin(), ids.end()), (std::set<QString>{u"TUR"_qs, u"RUS"_qs}));
        QCOMPARE(m_session->filter().actorMatch, EventFilter::ActorMatch::AllOf);
    }

    void anArcsToolTipNamesThePairAndItsLatestEvents()
    {
        const std::optional<qsizetype> index = relation(u"TUR", u"RUS");
        QVERIFY(index);
        const QPoint point = pointOnArc(*index);
        QHelpEvent help(QEvent::ToolTip, point, map()->mapToGlobal(point));
        QApplication::sendEvent(map(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString text = QToolTip::text();
        QVERIFY2(text.contains(u"Turkey – Russia") || text.contains(u"Russia – Turkey"), qPrintable(text));
        QVERIFY(text.contains(u"mean tone"));
        QVERIFY(text.contains(u"Most recent:"));
        const Relation &pair = map()->scene().relations[size_t(*index)];
        QCOMPARE(pair.latestCount, quint8(3));
        QVERIFY(text.contains(m_session->store().title(pair.latest[0]).toHtmlEscaped()));
        QToolTip::hideText();
    }

    void aDragPansWithoutFiltering()
    {
        const QPointF before = map()->viewport().center();
        const QPoint start = nodeCenter(u"TUR") + QPoint(0, 60);
        QTest::mousePress(map(), Qt::LeftButton, {}, start);
        QTest::mouseMove(map(), start + QPoint(40, 10));
        QTest::mouseMove(map(), start + QPoint(120, 30));
        QTest::mouseRelease(map(), Qt::LeftButton, {}, start + QPoint(120, 30));
        QVERIFY(map()->viewport().center() != before);
        QVERIFY(m_session->filter().isEmpty());
    }

    void wheelAndKeysZoom()
    {
        const double scale = map()->viewport().scale();
        QWheelEvent wheel(QPointF(300, 300), map()->mapToGlobal(QPointF(300, 300)), {}, QPoint(0, 120), Qt::NoButton, {},
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(map(), &wheel);
        QVERIFY(map()->viewport().scale() > scale);
        map()->setFocus();
        QTest::keyClick(map(), Qt::Key_Minus);
        QTest::keyClick(map(), Qt::Key_Minus);
        QVERIFY(map()->viewport().scale() < scale * 1.25);
    }

    void hoveringAnActorNamesItsEventsActors()
    {
        QSignalSpy hovered(map(), &ActorMapView::hoveredActorsChanged);
        QTest::mouseMove(map(), nodeCenter(u"TUR"));
        QTRY_VERIFY(!hovered.isEmpty());
        const auto actors = hovered.last().first().value<QList<ActorIndex>>();
        QVERIFY(actors.contains(actor(u"TUR")));
        QVERIFY(actors.contains(actor(u"erdogan")));  // his events are Turkey's on a folded map
        QVERIFY(!actors.contains(actor(u"putin")));
    }

    void theSelectedEventsActorsAreHighlighted()
    {
        const EventStore &store = m_session->store();
        EventRow row = noRow;
        for (EventRow candidate = 0; candidate < EventRow(store.size()) && row == noRow; ++candidate) {
            const auto actors = store.participants(candidate);
            if (std::find(actors.begin(), actors.end(), actor(u"USA")) != actors.end())
                row = candidate;
        }
        QVERIFY(row != noRow);
        QVERIFY(m_selection->selectKey(store.key(row)));
        QVERIFY(map()->highlightedActors().contains(actor(u"USA")));
    }

    void playbackSweepsTheWindow()
    {
        QToolButton *play = toolButton(m_panel->playAction());
        QVERIFY(play);
        QTest::mouseClick(play, Qt::LeftButton);
        QVERIFY(m_panel->playback()->isPlaying());
        QCOMPARE(m_panel->playAction()->text(), QStringLiteral("Pause"));
        const TimeWindow first = m_session->visibleWindow();
        QCOMPARE(first.firstDay, m_session->dataExtent().firstDay);
        m_panel->playback()->advance(1000);
        QVERIFY(m_session->visibleWindow().firstDay > first.firstDay);
        QTRY_COMPARE(map()->scene().window, m_session->visibleWindow());
        QTest::mouseClick(play, Qt::LeftButton);
        QVERIFY(!m_panel->playback()->isPlaying());
        QCOMPARE(m_panel->playAction()->text(), QStringLiteral("Play"));
    }

    void spaceOnTheMapPlaysAndPauses()
    {
        map()->setFocus();
        QTRY_VERIFY(map()->hasFocus());
        QTest::keyClick(map(), Qt::Key_Space);
        QVERIFY(m_panel->playback()->isPlaying());
        QTest::keyClick(map(), Qt::Key_Space);
        QVERIFY(!m_panel->playback()->isPlaying());
    }

    void networkLayoutPlacesEveryActorWithoutBlocking()
    {
        QToolButton *network = toolButton(m_panel->findChild<QAction *>(u"mapNetwork"_qs));
        QVERIFY(network);
        QTest::mouseClick(network, Qt::LeftButton);
        QCOMPARE(map()->mode(), MapLayoutMode::Network);
        // In a network every actor with events is a node, placed or not (the UN has no seat in the data).
        QVERIFY(map()->scene().unplaced.isEmpty());
        QVERIFY(map()->scene().nodeFor(actor(u"UN")));
        QTRY_VERIFY_WITH_TIMEOUT(!map()->isLayoutRunning(), 20000);
        for (const MapNode &node : map()->scene().nodes)
            QVERIFY(std::isfinite(node.position.x()) && std::isfinite(node.position.y()));
        QTest::mouseClick(map(), Qt::LeftButton, {}, nodeCenter(u"RUS"));
        QCOMPARE(m_session->filter().actorIds, QStringList{u"RUS"_qs});
    }

    void unplacedActorsAreListedNotGuessed()
    {
        const MapScene &scene = map()->scene();
        QVERIFY(!scene.nodeFor(actor(u"UN")));
        QVERIFY(std::any_of(scene.unplaced.begin(), scene.unplaced.end(),
                            [](const QString &name) { return name.startsWith(u"United Nations"); }));
    }

    void nothingToShowIsAnEmptyWorldNotACrash()
    {
        EventFilter filter;
        filter.text = u"no event says this"_qs;
        m_session->setFilter(filter);
        QTRY_VERIFY(map()->scene().isEmpty());
        QCOMPARE(map()->scene().eventCount, 0u);
        QVERIFY(!map()->grab().isNull());
        map()->fitToActors();
        QVERIFY(std::isfinite(map()->viewport().scale()));
        QTest::mouseClick(map(), Qt::LeftButton, {}, QPoint(100, 100));
        QCOMPARE(m_session->filter(), filter);

        m_session->reset({}, EventStore());  // an empty session, in both layouts
        QTRY_VERIFY(map()->scene().isEmpty());
        QVERIFY(!map()->grab().isNull());
        map()->setMode(MapLayoutMode::Network);
        QVERIFY(!map()->grab().isNull());
        QVERIFY(!map()->isLayoutRunning());
    }

    void stateRoundTrips()
    {
        map()->zoomBy(2);
        map()->setGrouping(RelationGrouping::ByActor);
        const QJsonObject state = m_panel->saveState();
        ActorMapPanel other(m_session.get(), m_selection.get());
        other.resize(m_panel->size());
        other.restoreState(state);
        QCOMPARE(other.mapView()->grouping(), RelationGrouping::ByActor);
        QCOMPARE(other.mapView()->viewport().scale(), map()->viewport().scale());
        QCOMPARE(other.mapView()->viewport().center(), map()->viewport().center());
        QCOMPARE(other.saveState(), state);
    }

private:
    ActorMapView *map() const { return m_panel->mapView(); }

    ActorIndex actor(QStringView id) const { return *m_session->store().actorIndex(id); }

    QPoint nodeCenter(QStringView id) const
    {
        const qsizetype node = map()->scene().nodeOfActor.value(actor(id), -1);
        return node < 0 ? QPoint() : map()->frame().nodes[size_t(node)].center.toPoint();
    }

    std::optional<qsizetype> relation(QStringView a, QStringView b) const
    {
        const auto &relations = map()->scene().relations;
        for (size_t i = 0; i < relations.size(); ++i) {
            const std::set<ActorIndex> pair{relations[i].a, relations[i].b};
            if (pair == std::set<ActorIndex>{actor(a), actor(b)})
                return qsizetype(i);
        }
        return std::nullopt;
    }

    // A point on the arc that hits this arc and no node.
    QPoint pointOnArc(qsizetype index) const
    {
        const MapFrame &frame = map()->frame();
        const QPolygonF &path = frame.arcs[size_t(index)].path;
        for (qsizetype step = 1; step + 1 < path.size(); ++step) {
            const QPoint point = path[step].toPoint();
            if (!frame.nodeAt(point) && frame.arcAt(point) == index)
                return point;
        }
        return {};
    }

    QToolButton *toolButton(QAction *action) const
    {
        const auto bars = m_panel->findChildren<QToolBar *>();
        return bars.isEmpty() ? nullptr : qobject_cast<QToolButton *>(bars.first()->widgetForAction(action));
    }

    std::unique_ptr<Session> m_session;
    std::unique_ptr<EventTableModel> m_table;
    std::unique_ptr<EventSelectionModel> m_selection;
    std::unique_ptr<ActorMapPanel> m_panel;
};

QTEST_MAIN(TestActorMap)
#include "tst_actormap.moc"
