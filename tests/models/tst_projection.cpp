#include "geo/projection.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace dyad;

namespace {

bool near(QPointF a, QPointF b, double tolerance)
{
    return std::abs(a.x() - b.x()) <= tolerance && std::abs(a.y() - b.y()) <= tolerance;
}

QByteArray describe(QPointF p)
{
    return QByteArray::number(p.x(), 'g', 15) + ", " + QByteArray::number(p.y(), 'g', 15);
}

} // namespace

class TestProjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesAnIndependentImplementation_data()
    {
        QTest::addColumn<double>("longitude");
        QTest::addColumn<double>("latitude");
        QTest::addColumn<QPointF>("expected");
        // From d3-geo 3.1.2's geoNaturalEarth1Raw (radians in, unit sphere out, y northward);
        // Dyad's y grows southward, hence the sign.
        QTest::newRow("origin") << 0.0 << 0.0 << QPointF(0, 0);
        QTest::newRow("antimeridian") << 180.0 << 0.0 << QPointF(2.73538472348063, 0);
        QTest::newRow("north pole") << 0.0 << 90.0 << QPointF(0, -1.42239050673060);
        QTest::newRow("Ankara") << 32.85 << 39.93 << QPointF(0.460641428581964, -0.704509026854822);
        QTest::newRow("Moscow") << 37.62 << 55.76 << QPointF(0.482762063026692, -0.975582892432909);
        QTest::newRow("Washington") << -77.04 << 38.9 << QPointF(-1.08509621162294, -0.686404029906559);
        QTest::newRow("south-west corner") << -180.0 << -90.0 << QPointF(-1.50555639201697, 1.42239050673060);
    }

    void matchesAnIndependentImplementation()
    {
        QFETCH(double, longitude);
        QFETCH(double, latitude);
        QFETCH(QPointF, expected);
        const QPointF projected = NaturalEarthProjection::project(longitude, latitude);
        QVERIFY2(near(projected, expected, 1e-12), describe(projected).constData());
    }

    void roundTripsOverTheWholeGlobe()
    {
        double worst = 0;
        for (double latitude = -90; latitude <= 90; latitude += 2.5) {
            for (double longitude = -180; longitude <= 180; longitude += 2.5) {
                const QPointF projected = NaturalEarthProjection::project(longitude, latitude);
                QVERIFY(NaturalEarthProjection::worldRect().adjusted(-1e-12, -1e-12, 1e-12, 1e-12).contains(projected));
                const std::optional<GeoPoint> back = NaturalEarthProjection::unproject(projected);
                QVERIFY2(back, describe(QPointF(longitude, latitude)).constData());
                worst = std::max({worst, std::abs(back->latitude - latitude), std::abs(back->longitude - longitude)});
            }
        }
        QVERIFY2(worst < 1e-6, QByteArray::number(worst).constData());
    }

    void roundTripsAroundTheBlackSeaFinely()
    {
        for (double latitude = 30; latitude <= 48; latitude += 0.37) {
            for (double longitude = 20; longitude <= 50; longitude += 0.41) {
                const auto back = NaturalEarthProjection::unproject(NaturalEarthProjection::project(longitude, latitude));
                QVERIFY(back);
                QVERIFY(std::abs(back->latitude - latitude) < 1e-9);
                QVERIFY(std::abs(back->longitude - longitude) < 1e-9);
            }
        }
    }

    void isSymmetricAndOrientedLikeTheScreen()
    {
        const QPointF p = NaturalEarthProjection::project(33, 35);
        QVERIFY(p.x() > 0 && p.y() < 0);  // north-east of the origin: right and up
        QCOMPARE(NaturalEarthProjection::project(-33, 35), QPointF(-p.x(), p.y()));
        QCOMPARE(NaturalEarthProjection::project(33, -35), QPointF(p.x(), -p.y()));
        double previous = NaturalEarthProjection::project(0, -90).y();
        for (double latitude = -89; latitude <= 90; latitude += 1) {
            const double y = NaturalEarthProjection::project(0, latitude).y();
            QVERIFY(y < previous);  // farther north is higher up
            previous = y;
        }
    }

    void clampsLatitudes()
    {
        QCOMPARE(NaturalEarthProjection::project(10, 95), NaturalEarthProjection::project(10, 90));
        QCOMPARE(NaturalEarthProjection::project(10, -120), NaturalEarthProjection::project(10, -90));
    }

    void hasNoInverseOutsideTheMap()
    {
        const QRectF world = NaturalEarthProjection::worldRect();
        QVERIFY(!NaturalEarthProjection::unproject(QPointF(0, world.top() - 0.01)));
        QVERIFY(!NaturalEarthProjection::unproject(QPointF(0, world.bottom() + 0.01)));
        QVERIFY(!NaturalEarthProjection::unproject(QPointF(world.right() + 0.01, 0)));
        // The corners of the bounding rectangle lie outside the rounded outline.
        QVERIFY(!NaturalEarthProjection::unproject(world.topLeft() + QPointF(0.01, 0.01)));
        QVERIFY(!NaturalEarthProjection::unproject(QPointF(std::nan(""), 0)));
        QVERIFY(!NaturalEarthProjection::unproject(QPointF(0, std::numeric_limits<double>::infinity())));
    }

    void worldRectIsTheExtentOfTheGlobe()
    {
        const QRectF world = NaturalEarthProjection::worldRect();
        QVERIFY(std::abs(world.left() + 0.8707 * std::numbers::pi) < 1e-12);
        QVERIFY(std::abs(world.right() - 0.8707 * std::numbers::pi) < 1e-12);
        QVERIFY(std::abs(world.top() + 1.42239050673060) < 1e-12);
        QVERIFY(std::abs(world.bottom() - 1.42239050673060) < 1e-12);
    }

    void viewportMapsBothWays()
    {
        MapViewport viewport;
        viewport.setSize(QSizeF(800, 500));
        viewport.setCenter(NaturalEarthProjection::project(33, 40));
        viewport.setScale(2000);
        QCOMPARE(viewport.toScreen(viewport.center()), QPointF(400, 250));
        const GeoPoint ankara{39.93, 32.85};
        const QPointF onScreen = viewport.toScreen(ankara);
        const std::optional<GeoPoint> back = viewport.toGeo(onScreen);
        QVERIFY(back);
        QVERIFY(std::abs(back->latitude - ankara.latitude) < 1e-9);
        QVERIFY(std::abs(back->longitude - ankara.longitude) < 1e-9);
        QVERIFY(near(viewport.transform().map(NaturalEarthProjection::project(ankara)), onScreen, 1e-9));

        const QRectF visible = viewport.visibleRect();
        QVERIFY(near(visible.center(), viewport.center(), 1e-12));
        QVERIFY(std::abs(visible.width() - 800.0 / 2000) < 1e-12);
        QVERIFY(std::abs(visible.height() - 500.0 / 2000) < 1e-12);
        QVERIFY(!viewport.toGeo(viewport.toScreen(QPointF(10, 0))));  // beyond the edge of the world
    }

    void zoomKeepsThePointUnderTheCursor_data()
    {
        QTest::addColumn<double>("factor");
        QTest::newRow("in") << 1.25;
        QTest::newRow("out") << 0.8;
        QTest::newRow("far in") << 40.0;
        QTest::newRow("clamped in") << 1e9;
        QTest::newRow("clamped out") << 1e-9;
    }

    void zoomKeepsThePointUnderTheCursor()
    {
        QFETCH(double, factor);
        MapViewport viewport;
        viewport.fitTo(NaturalEarthProjection::worldRect(), QSizeF(1000, 600));
        const QPointF cursor(730, 180);
        const QPointF anchor = viewport.toProjected(cursor);
        const double before = viewport.scale();
        viewport.zoomAround(cursor, factor);
        QVERIFY(near(viewport.toScreen(anchor), cursor, 1e-6));
        const double expected = std::clamp(before * factor, viewport.minimumScale(), viewport.maximumScale());
        QVERIFY(std::abs(viewport.scale() - expected) <= 1e-9 * expected);

        viewport.zoomAround(cursor, 0);  // ignored
        viewport.zoomAround(cursor, std::nan(""));
        QVERIFY(std::abs(viewport.scale() - expected) <= 1e-9 * expected);
    }

    void panMovesTheMapWithTheMouse()
    {
        MapViewport viewport;
        viewport.setSize(QSizeF(640, 480));
        viewport.setScale(300);
        const QPointF spot = NaturalEarthProjection::project(28.98, 41.01);
        const QPointF before = viewport.toScreen(spot);
        viewport.panBy(QPointF(-25, 40));
        QVERIFY(near(viewport.toScreen(spot), before + QPointF(-25, 40), 1e-9));
    }

    void fitShowsTheWholeRectangle_data()
    {
        QTest::addColumn<QRectF>("rect");
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<double>("margin");
        const QRectF blackSea(NaturalEarthProjection::project(27, 47), NaturalEarthProjection::project(42, 40));
        QTest::newRow("world, wide widget") << NaturalEarthProjection::worldRect() << QSizeF(1200, 400) << 10.0;
        QTest::newRow("world, tall widget") << NaturalEarthProjection::worldRect() << QSizeF(300, 900) << 0.0;
        QTest::newRow("Black Sea") << blackSea << QSizeF(800, 600) << 24.0;
        QTest::newRow("thin rectangle") << QRectF(0.1, 0.2, 0.5, 0) << QSizeF(800, 600) << 5.0;
    }

    void fitShowsTheWholeRectangle()
    {
        QFETCH(QRectF, rect);
        QFETCH(QSizeF, size);
        QFETCH(double, margin);
        MapViewport viewport;
        viewport.fitTo(rect, size, margin);
        QCOMPARE(viewport.size(), size);
        QVERIFY(near(viewport.center(), rect.center(), 1e-12));
        const QRectF onScreen(viewport.toScreen(rect.topLeft()), viewport.toScreen(rect.bottomRight()));
        const QRectF allowed = QRectF(QPointF(0, 0), size).adjusted(margin, margin, -margin, -margin);
        const QRectF slack = allowed.adjusted(-1e-6, -1e-6, 1e-6, 1e-6);
        QVERIFY(slack.contains(onScreen.topLeft()) && slack.contains(onScreen.bottomRight()));
        // Tight along one axis: the rectangle touches the margins there.
        QVERIFY(std::abs(onScreen.width() - allowed.width()) < 1e-6 || std::abs(onScreen.height() - allowed.height()) < 1e-6);
    }

    void fitToAPointKeepsTheScale()
    {
        MapViewport viewport;
        viewport.setScale(1234);
        const QPointF point = NaturalEarthProjection::project(33.4, 35.1);
        viewport.fitTo(QRectF(point, QSizeF(0, 0)), QSizeF(500, 500), 20);
        QCOMPARE(viewport.scale(), 1234.0);
        QCOMPARE(viewport.center(), point);
    }

    void scaleStaysInItsRange()
    {
        MapViewport viewport;
        viewport.setScaleRange(50, 5000);
        viewport.setScale(10);
        QCOMPARE(viewport.scale(), 50.0);
        viewport.setScale(1e7);
        QCOMPARE(viewport.scale(), 5000.0);
        viewport.setScaleRange(100, 10);  // invalid: ignored
        QCOMPARE(viewport.minimumScale(), 50.0);
        viewport.setScaleRange(6000, 9000);  // the current scale moves into the new range
        QCOMPARE(viewport.scale(), 6000.0);
    }
};

QTEST_GUILESS_MAIN(TestProjection)
#include "tst_projection.moc"
