#include "geo/antimeridian.h"
#include "geo/countrycodes.h"
#include "geo/projection.h"
#include "geo/worldgeometry.h"

#include <QFile>
#include <QTest>

using namespace dyad;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return file.readAll();
}

bool isClosed(const QPolygonF &ring)
{
    return ring.size() >= 4 && ring.first() == ring.last();
}

double maximumLongitudeStep(const QPolygonF &ring)
{
    double step = 0;
    for (qsizetype i = 1; i < ring.size(); ++i)
        step = std::max(step, std::abs(ring[i].x() - ring[i - 1].x()));
    return step;
}

bool containsGeo(const QPolygonF &ring, double longitude, double latitude)
{
    return ring.containsPoint(QPointF(longitude, latitude), Qt::OddEvenFill);
}

} // namespace

class TestWorldGeometry : public QObject
{
    Q_OBJECT

private:
    CountryCodes m_codes;
    WorldGeometry m_world;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_codes.load(CountryCodes::resourcePath(), &error), qPrintable(error));
        QVERIFY2(m_world.load(m_codes, &error), qPrintable(error));
    }

    void leavesRingsAwayFromTheMeridianAlone()
    {
        const QPolygonF cyprusLike({{33, 35}, {34, 35}, {34, 35.5}, {33, 35}});
        QCOMPARE(splitAtAntimeridian(cyprusLike), QList<QPolygonF>{cyprusLike});
    }

    void cutsARingThatCrossesTheMeridian()
    {
        // An island from 179° E to 179° W, i.e. across the meridian; the edges cross at 10° and 12°.
        const QPolygonF island({{179, 10}, {-179, 10}, {-179, 12}, {179, 12}, {179, 10}});
        const QList<QPolygonF> pieces = splitAtAntimeridian(island);
        QCOMPARE(pieces.size(), 2);
        for (const QPolygonF &piece : pieces) {
            QVERIFY(isClosed(piece));
            QVERIFY(maximumLongitudeStep(piece) <= 180);
            const bool east = piece.boundingRect().left() >= 179;
            const bool west = piece.boundingRect().right() <= -179;
            QVERIFY(east != west);
            QVERIFY(containsGeo(piece, east ? 179.5 : -179.5, 11));
            QVERIFY(std::abs(piece.boundingRect().top() - 10) < 1e-12);
            QVERIFY(std::abs(piece.boundingRect().bottom() - 12) < 1e-12);
        }
    }

    void closesARingAroundAPoleAlongThePoleLine()
    {
        // A coast around the South Pole at 70° S, crossing the meridian once.
        QPolygonF coast;
        for (double longitude = -180; longitude <= 170; longitude += 10)
            coast.append(QPointF(longitude, -70));
        coast.append(coast.first());
        const QList<QPolygonF> rings = splitAtAntimeridian(coast);
        QCOMPARE(rings.size(), 1);
        const QPolygonF &land = rings.first();
        QVERIFY(isClosed(land));
        QVERIFY(maximumLongitudeStep(land) <= 360);  // the only long edge runs along the pole line
        QVERIFY(containsGeo(land, 0, -80));
        QVERIFY(containsGeo(land, -179.5, -89));
        QVERIFY(!containsGeo(land, 0, -60));
        QCOMPARE(land.boundingRect().top(), -90.0);
    }

    void dropsRingsThatLieOnThePoleLine()
    {
        const QPolygonF poleLine({{-180, -89.999}, {178, -89.999}, {0, -89.999}, {-180, -89.999}});
        QVERIFY(splitAtAntimeridian(poleLine).isEmpty());
        QVERIFY(splitAtAntimeridian(QPolygonF()).isEmpty());
    }

    void attributesEveryShape()
    {
        // 241 Natural Earth shapes: Australia's two, plus the Indian Ocean Territories, become
        // AUS; N. Cyprus joins CYP and Somaliland SOM; Kosovo is XKX; the Siachen Glacier is land
        // of no state.
        QCOMPARE(m_world.countries().size(), 237);
        int landOfNoState = 0;
        for (const CountryGeometry &country : m_world.countries()) {
            if (country.alpha3.isEmpty()) {
                ++landOfNoState;
                QCOMPARE(country.name, u"Siachen Glacier"_qs);
                continue;
            }
            QCOMPARE(m_world.country(country.alpha3), &country);
            QCOMPARE(country.name, m_codes.englishName(country.alpha3));
        }
        QCOMPARE(landOfNoState, 1);
        QCOMPARE(m_world.country(u"CYP")->rings.size(), 2);
        QCOMPARE(m_world.country(u"XKX")->name, u"Kosovo"_qs);
        QVERIFY(m_world.country(u"AUS")->bounds.left() < 100);  // the Cocos (Keeling) Islands
        QVERIFY(!m_world.country(u"XKK"));  // lookups take canonical codes
        QVERIFY(!m_world.country(u"NATO"));
        QVERIFY(!m_world.centroid(u"NATO"));
        QVERIFY(m_world.bounds(u"NATO").isNull());
    }

    void givesEveryStateOfTheBundledDatasetAPlace_data()
    {
        QTest::addColumn<QString>("alpha3");
        QTest::addColumn<QString>("place");  // only for failure messages
        QTest::addColumn<double>("latitude");
        QTest::addColumn<double>("longitude");
        // Cities, to two decimals, that must lie inside the state's land.
        QTest::newRow("TUR") << u"TUR"_qs << u"Ankara"_qs << 39.93 << 32.85;
        QTest::newRow("RUS") << u"RUS"_qs << u"Moscow"_qs << 55.76 << 37.62;
        QTest::newRow("USA") << u"USA"_qs << u"Washington"_qs << 38.90 << -77.04;
        QTest::newRow("SYR") << u"SYR"_qs << u"Damascus"_qs << 33.51 << 36.29;
        QTest::newRow("GRC") << u"GRC"_qs << u"Athens"_qs << 37.98 << 23.73;
        QTest::newRow("CYP") << u"CYP"_qs << u"Limassol"_qs << 34.68 << 33.04;
        QTest::newRow("AZE") << u"AZE"_qs << u"Baku"_qs << 40.41 << 49.87;
        QTest::newRow("ARM") << u"ARM"_qs << u"Yerevan"_qs << 40.18 << 44.51;
        QTest::newRow("IRN") << u"IRN"_qs << u"Tehran"_qs << 35.69 << 51.39;
        QTest::newRow("KAZ") << u"KAZ"_qs << u"Astana"_qs << 51.17 << 71.43;
        QTest::newRow("LBY") << u"LBY"_qs << u"Tripoli"_qs << 32.89 << 13.19;
        QTest::newRow("DEU") << u"DEU"_qs << u"Berlin"_qs << 52.52 << 13.40;
        QTest::newRow("EGY") << u"EGY"_qs << u"Cairo"_qs << 30.04 << 31.24;
        QTest::newRow("FRA") << u"FRA"_qs << u"Paris"_qs << 48.86 << 2.35;
        QTest::newRow("XKX") << u"XKX"_qs << u"Pristina"_qs << 42.66 << 21.17;
    }

    void givesEveryStateOfTheBundledDatasetAPlace()
    {
        QFETCH(QString, alpha3);
        QFETCH(QString, place);
        QFETCH(double, latitude);
        QFETCH(double, longitude);
        const CountryGeometry *country = m_world.country(alpha3);
        QVERIFY(country);
        const CountryGeometry *hit = m_world.countryAt(GeoPoint{latitude, longitude});
        QVERIFY2(hit == country, qPrintable(place));

        const std::optional<GeoPoint> centroid = m_world.centroid(alpha3);
        QVERIFY(centroid);
        QVERIFY(centroid->isValid());
        QVERIFY(country->mainBounds.contains(QPointF(centroid->longitude, centroid->latitude)));
        QCOMPARE(m_world.countryAt(*centroid), country);  // on the state's own land
        QVERIFY(country->bounds.contains(country->mainBounds));
        QCOMPARE(m_world.bounds(alpha3), country->bounds);
    }

    void putsEveryCentroidOnItsOwnLand()
    {
        for (const CountryGeometry &country : m_world.countries())
            QVERIFY2(m_world.countryAt(country.centroid) == &country, qPrintable(country.name));
    }

    void projectsRingsOnce()
    {
        const CountryGeometry *turkey = m_world.country(u"TUR");
        QCOMPARE(turkey->projectedRings.size(), turkey->rings.size());
        QCOMPARE(turkey->projectedRingBounds.size(), turkey->rings.size());
        const QPointF lonLat = turkey->rings[0][7];
        QCOMPARE(turkey->projectedRings[0][7], NaturalEarthProjection::project(lonLat.x(), lonLat.y()));
        QVERIFY(turkey->projectedBounds.contains(NaturalEarthProjection::project(GeoPoint{39.93, 32.85})));
        // France's largest ring is the mainland, not the whole spread of its overseas land.
        const CountryGeometry *france = m_world.country(u"FRA");
        QVERIFY(france->mainBounds.width() < 15);
        QVERIFY(france->bounds.width() > 100);
    }

    void cutsRussiaAndFijiAtTheMeridian()
    {
        for (const char *alpha3 : {"RUS", "FJI", "ATA", "USA"}) {
            const CountryGeometry *country = m_world.country(QString::fromLatin1(alpha3));
            QVERIFY(country);
            for (const QPolygonF &ring : country->rings) {
                QVERIFY2(isClosed(ring), alpha3);
                // A longer step would draw a line across the whole map; only Antarctica's
                // closing edge along the pole line may span it.
                for (qsizetype i = 1; i < ring.size(); ++i) {
                    const bool alongPole = std::abs(ring[i].y()) >= 89.99 && std::abs(ring[i - 1].y()) >= 89.99;
                    QVERIFY2(alongPole || std::abs(ring[i].x() - ring[i - 1].x()) <= 180, alpha3);
                }
            }
        }
        // Chukotka reaches past 180°: its eastern tip is on the far left of the map.
        QCOMPARE(m_world.countryAt(GeoPoint{66.0, -172.0}), m_world.country(u"RUS"));
        QCOMPARE(m_world.countryAt(GeoPoint{-80.0, 0.0}), m_world.country(u"ATA"));
    }

    void findsNoCountryAtSea()
    {
        QVERIFY(!m_world.countryAt(GeoPoint{43.5, 34.0}));   // the Black Sea
        QVERIFY(!m_world.countryAt(GeoPoint{34.5, 25.0}));   // south of Crete
        QVERIFY(!m_world.countryAt(GeoPoint{0.0, -30.0}));   // the Atlantic
        QVERIFY(!m_world.countryAt(QPointF(10, 10)));        // off the map
    }

    void attributesDisputedLandAsDocumented()
    {
        QCOMPARE(m_world.countryAt(GeoPoint{35.34, 33.32}), m_world.country(u"CYP"));  // Kyrenia, in N. Cyprus
        QCOMPARE(m_world.countryAt(GeoPoint{9.56, 44.06}), m_world.country(u"SOM"));   // Hargeisa, in Somaliland
        QCOMPARE(m_world.countryAt(GeoPoint{-10.49, 105.62}), m_world.country(u"AUS")); // Christmas Island
        QCOMPARE(m_world.countryAt(GeoPoint{-29.31, 27.48}), m_world.country(u"LSO")); // Maseru: a hole in South Africa
    }

    void rejectsBrokenMapData()
    {
        WorldGeometry world;
        QString error;
        QVERIFY(!world.loadTopoJson("{\"type\": \"Topology\"}", m_codes, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(world.isEmpty());
        QVERIFY(!world.country(u"TUR"));
    }

    void keepsShapesWithUnknownCodesAsLandOfNoState()
    {
        WorldGeometry world;
        QString error;
        const QByteArray json = readFile(QStringLiteral(DYAD_TEST_DATA_DIR "/geo/squares.json"));
        QVERIFY2(world.loadTopoJson(json, m_codes, &error), qPrintable(error));
        // "001" and "002" are no ISO 3166-1 codes; "003" neither; "Two" has no id at all.
        QCOMPARE(world.countries().size(), 4);
        for (const CountryGeometry &country : world.countries())
            QVERIFY(country.alpha3.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorldGeometry)
#include "tst_worldgeometry.moc"
