#include "geo/actorplacement.h"
#include "geo/countrycodes.h"
#include "geo/worldgeometry.h"
#include "session/session.h"

#include <QTest>

using namespace dyad;

class TestActorPlacement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        CountryCodes codes;
        QVERIFY(codes.load());
        QVERIFY(m_world.load(codes));
    }

    void homesComeFirst()
    {
        EventStore store;
        store.addActor({u"TUR"_qs, u"Turkey"_qs, ActorKind::State, {}, GeoPoint{39.93, 32.85}});
        const auto places = placeActors(store, m_world);
        QCOMPARE(places[0].basis, ActorPlace::Basis::Home);
        QCOMPARE(places[0].point, (GeoPoint{39.93, 32.85}));
    }

    void statesWithoutHomeStandOnTheirLand()
    {
        EventStore store;
        store.addActor({u"IRN"_qs, u"Iran"_qs, ActorKind::State, {}, std::nullopt});
        const auto places = placeActors(store, m_world);
        QCOMPARE(places[0].basis, ActorPlace::Basis::Centroid);
        const CountryGeometry *land = m_world.countryAt(places[0].point);
        QVERIFY(land);
        QCOMPARE(land->alpha3, u"IRN"_qs);
    }

    void peopleStandBesideTheirState()
    {
        EventStore store;
        store.addActor({u"RUS"_qs, u"Russia"_qs, ActorKind::State, {}, GeoPoint{55.76, 37.62}});
        store.addActor({u"putin"_qs, u"Vladimir Putin"_qs, ActorKind::Person, u"RUS"_qs, std::nullopt});
        const auto places = placeActors(store, m_world);
        QCOMPARE(places[1].basis, ActorPlace::Basis::OfState);
        QCOMPARE(places[1].anchor, ActorIndex(0));
        QCOMPARE(places[1].point, places[0].point);
    }

    void organisationsWithoutASeatAreNotGuessed()
    {
        EventStore store;
        store.addActor({u"UN"_qs, u"United Nations"_qs, ActorKind::Organisation, {}, std::nullopt});
        store.addActor({u"guterres"_qs, u"António Guterres"_qs, ActorKind::Person, u"UN"_qs, std::nullopt});
        store.addActor({u"XXZ"_qs, u"Nowhere"_qs, ActorKind::State, {}, std::nullopt});
        const auto places = placeActors(store, m_world);
        QCOMPARE(places[0].basis, ActorPlace::Basis::None);
        QCOMPARE(places[1].basis, ActorPlace::Basis::None);
        QCOMPARE(places[2].basis, ActorPlace::Basis::None);
    }

    void everyBundledStateIsPlaced()
    {
        Session session;
        QVERIFY(!session.loadBundledDataset().isError());
        const EventStore &store = session.store();
        const auto places = placeActors(store, m_world);
        for (ActorIndex i = 0; i < ActorIndex(store.actorCount()); ++i) {
            if (store.actor(i).kind == ActorKind::State)
                QVERIFY2(places[i].isPlaced(), qPrintable(store.actor(i).id));
        }
    }

private:
    WorldGeometry m_world;
};

QTEST_GUILESS_MAIN(TestActorPlacement)
#include "tst_actorplacement.moc"
