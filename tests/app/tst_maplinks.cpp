#include "mainwindow.h"

#include "map/actormappanel.h"
#include "map/actormapview.h"
#include "session/session.h"
#include "timeline/timelineview.h"

#include <QStandardPaths>
#include <QTest>

using namespace dyad;

// The map and the timeline in one window: hovering an actor on the map emphasises its events
// on the timeline; playback moves both.
class TestMapLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void hoveringAnActorEmphasisesItsEventsOnTheTimeline()
    {
        Session session;
        QVERIFY(!session.loadBundledDataset().isError());
        MainWindow window(&session);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.focusView(u"map"_qs));
        ActorMapView *map = window.mapPanel()->mapView();
        QTRY_VERIFY(map->height() > 300);

        const ActorIndex usa = *session.store().actorIndex(u"USA");
        const qsizetype node = map->scene().nodeOfActor.value(usa, -1);
        QVERIFY(node >= 0);
        QTest::mouseMove(map, map->frame().nodes[size_t(node)].center.toPoint());

        const EventStore &store = session.store();
        EventRow withUsa = noRow;
        EventRow without = noRow;
        for (EventRow row = 0; row < EventRow(store.size()); ++row) {
            const auto actors = store.participants(row);
            const bool involves = std::any_of(actors.begin(), actors.end(), [&](ActorIndex a) { return store.stateGroup(a) == usa; });
            (involves ? withUsa : without) = row;
        }
        QTRY_VERIFY(window.timelineView()->renderer().emphasisOf(withUsa) != window.timelineView()->renderer().emphasisOf(without));

        QTest::mouseMove(map, QPoint(2, 2));  // open sea: nothing is emphasised
        QTRY_COMPARE(window.timelineView()->renderer().emphasisOf(withUsa), window.timelineView()->renderer().emphasisOf(without));
    }
};

QTEST_MAIN(TestMapLinks)
#include "tst_maplinks.moc"
