#include "geo/topojson.h"

#include <QFile>
#include <QRandomGenerator>
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

QByteArray testData(const char *name)
{
    return readFile(QStringLiteral(DYAD_TEST_DATA_DIR "/geo/") + QLatin1StringView(name));
}

QPolygonF polygon(std::initializer_list<QPointF> points)
{
    return QPolygonF(QList<QPointF>(points));
}

const CountryShape *findShape(const QList<CountryShape> &shapes, QStringView name)
{
    for (const CountryShape &shape : shapes) {
        if (shape.name == name)
            return &shape;
    }
    return nullptr;
}

// A Topology skeleton whose arcs and geometry a malformed case replaces.
QByteArray topology(const char *arcs, const char *geometry, const char *transform = R"("transform": {"scale": [1, 1], "translate": [0, 0]},)")
{
    return QByteArray(R"({"type": "Topology", )") + transform + R"( "arcs": )" + arcs
         + R"(, "objects": {"countries": )" + geometry + "}}";
}

} // namespace

class TestTopoJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesQuantizedDeltaEncodedArcs()
    {
        const TopoJsonDecoding decoded = decodeTopoJson(testData("squares.json"), QStringLiteral("countries"));
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QCOMPARE(decoded.shapes.size(), 4);  // the point and the null geometry have no area

        // Arc 0 is (0,0) +(4,0) +(0,4) in grid units, i.e. (0,0) (4,0) (4,4); scaled by
        // (0.5, 0.25) and moved by (10, 20): (10,20) (12,20) (12,21). Arc 1 closes the square and
        // its first point, shared with arc 0's last, appears once.
        const CountryShape &square = decoded.shapes[0];
        QCOMPARE(square.numericId, u"001"_qs);
        QCOMPARE(square.name, u"Square"_qs);
        QCOMPARE(square.rings.size(), 1);
        QCOMPARE(square.rings[0], polygon({{10, 20}, {12, 20}, {12, 21}, {10, 21}, {10, 20}}));
    }

    void walksNegativeArcIndexesBackwards()
    {
        const TopoJsonDecoding decoded = decodeTopoJson(testData("squares.json"), QStringLiteral("countries"));
        QVERIFY(decoded.ok());
        // -2 is arc ~(-2) = 1 reversed, then -1 is arc 0 reversed: the square the other way round.
        const CountryShape *reversed = findShape(decoded.shapes, u"Reversed");
        QVERIFY(reversed);
        QCOMPARE(reversed->numericId, u"002"_qs);  // a numeric id is written with three digits
        QCOMPARE(reversed->rings.size(), 1);
        QCOMPARE(reversed->rings[0], polygon({{10, 20}, {10, 21}, {12, 21}, {12, 20}, {10, 20}}));
    }

    void decodesMultiPolygonsAndNestedCollections()
    {
        const TopoJsonDecoding decoded = decodeTopoJson(testData("squares.json"), QStringLiteral("countries"));
        QVERIFY(decoded.ok());
        const CountryShape *two = findShape(decoded.shapes, u"Two");
        QVERIFY(two);
        QVERIFY(two->numericId.isEmpty());
        QCOMPARE(two->rings.size(), 2);
        // Arc 2: (20,0) (22,0) (22,2) (20,2) (20,0) in grid units.
        const QPolygonF small = polygon({{20, 20}, {21, 20}, {21, 20.5}, {20, 20.5}, {20, 20}});
        QCOMPARE(two->rings[1], small);

        const CountryShape *nested = findShape(decoded.shapes, u"Nested");
        QVERIFY(nested);
        QCOMPARE(nested->numericId, u"003"_qs);
        QCOMPARE(nested->rings, QList<QPolygonF>{small});

        const TopoJsonDecoding lonely = decodeTopoJson(testData("squares.json"), QStringLiteral("lonely"));
        QVERIFY(lonely.ok());
        QCOMPARE(lonely.shapes.size(), 1);
        QCOMPARE(lonely.shapes[0].rings, QList<QPolygonF>{small});
    }

    void decodesUnquantizedTopologies()
    {
        const TopoJsonDecoding decoded = decodeTopoJson(testData("plain.json"), QStringLiteral("countries"));
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QCOMPARE(decoded.shapes.size(), 1);
        QCOMPARE(decoded.shapes[0].rings[0], polygon({{33, 35}, {34, 35}, {34, 35.5}, {33, 35.5}, {33, 35}}));
    }

    void decodesTheBundledWorld()
    {
        const TopoJsonDecoding decoded = decodeTopoJson(readFile(u":/geo/countries-50m.json"_qs), u"countries"_qs);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QCOMPARE(decoded.shapes.size(), 241);

        // Cyprus is Polygon [[-1450, 1451]]: arc 1449 reversed, then arc 1451. Arc 1449 starts at
        // grid (59445, 72041) and its deltas add up to (-359, +61), so it ends at (59086, 72102);
        // walked backwards that end is Cyprus's first vertex:
        //   59086 * 0.0036000360003600037 - 180    = 32.711727117271...
        //   72102 * 0.001736003453784538 - 89.999  = 35.170321022764...
        // and arc 1449's start, (34.0041400414, 35.0644248140), is where Cyprus's part of the
        // ring ends and arc 1451 begins (the eastern end of the line it shares with N. Cyprus).
        const CountryShape *cyprus = findShape(decoded.shapes, u"Cyprus");
        QVERIFY(cyprus);
        QCOMPARE(cyprus->numericId, u"196"_qs);
        QCOMPARE(cyprus->rings.size(), 1);
        const QPolygonF &ring = cyprus->rings[0];
        QVERIFY(qAbs(ring.first().x() - 32.71172711727118) < 1e-9);
        QVERIFY(qAbs(ring.first().y() - 35.17032102477276) < 1e-9);
        QCOMPARE(ring.first(), ring.last());  // closed
        QVERIFY(ring.size() > 26);
        const QPointF sharedEnd = ring[25];
        QVERIFY(qAbs(sharedEnd.x() - 34.00414004140043) < 1e-9);
        QVERIFY(qAbs(sharedEnd.y() - 35.06442481409191) < 1e-9);
        const QRectF bounds = ring.boundingRect();
        QVERIFY(QRectF(QPointF(32.0, 34.4), QPointF(34.7, 35.8)).contains(bounds));

        // The shared arc appears forwards in N. Cyprus, so both shapes meet exactly.
        const CountryShape *north = findShape(decoded.shapes, u"N. Cyprus");
        QVERIFY(north);
        QVERIFY(north->numericId.isEmpty());
        QCOMPARE(north->rings[0].first(), sharedEnd);

        for (const CountryShape &shape : decoded.shapes) {
            QVERIFY2(!shape.rings.isEmpty(), qPrintable(shape.name));
            for (const QPolygonF &r : shape.rings) {
                QVERIFY2(r.first() == r.last(), qPrintable(shape.name));
                for (const QPointF &p : r)
                    QVERIFY(p.x() >= -180 && p.x() <= 180 && p.y() >= -90 && p.y() <= 90);
            }
        }
    }

    void rejectsMalformedInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        const char *square = R"({"type": "Polygon", "arcs": [[0]]})";
        const char *oneArc = "[[[0, 0], [1, 0], [0, 1], [-1, 0], [0, -1]]]";
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("{\"type\": \"Topology\", ");
        QTest::newRow("array") << QByteArray("[1, 2, 3]");
        QTest::newRow("not a topology") << QByteArray(R"({"type": "FeatureCollection", "features": []})");
        QTest::newRow("no objects") << QByteArray(R"({"type": "Topology", "arcs": []})");
        QTest::newRow("no arcs") << QByteArray(R"({"type": "Topology", "objects": {"countries": {"type": "Polygon", "arcs": [[0]]}}})");
        QTest::newRow("arcs not an array") << topology("{}", square);
        QTest::newRow("arc index past the end") << topology(oneArc, R"({"type": "Polygon", "arcs": [[1]]})");
        QTest::newRow("reversed index past the end") << topology(oneArc, R"({"type": "Polygon", "arcs": [[-2]]})");
        QTest::newRow("huge index") << topology(oneArc, R"({"type": "Polygon", "arcs": [[4294967296]]})");
        QTest::newRow("huge negative index") << topology(oneArc, R"({"type": "Polygon", "arcs": [[-1e300]]})");
        QTest::newRow("fractional index") << topology(oneArc, R"({"type": "Polygon", "arcs": [[0.5]]})");
        QTest::newRow("string index") << topology(oneArc, R"({"type": "Polygon", "arcs": [["0"]]})");
        QTest::newRow("ring not an array") << topology(oneArc, R"({"type": "Polygon", "arcs": [0]})");
        QTest::newRow("empty ring") << topology(oneArc, R"({"type": "Polygon", "arcs": [[]]})");
        QTest::newRow("polygon without arcs") << topology(oneArc, R"({"type": "Polygon"})");
        QTest::newRow("multipolygon of numbers") << topology(oneArc, R"({"type": "MultiPolygon", "arcs": [0, 1]})");
        QTest::newRow("collection without geometries") << topology(oneArc, R"({"type": "GeometryCollection"})");
        QTest::newRow("collection of numbers") << topology(oneArc, R"({"type": "GeometryCollection", "geometries": [1]})");
        QTest::newRow("arc with one position") << topology("[[[0, 0]]]", square);
        QTest::newRow("position with one number") << topology("[[[0, 0], [1]]]", square);
        QTest::newRow("position of strings") << topology(R"([[[0, 0], ["1", "2"]]])", square);
        QTest::newRow("transform without translate") << topology(oneArc, square, R"("transform": {"scale": [1, 1]},)");
        QTest::newRow("transform of strings") << topology(oneArc, square, R"("transform": {"scale": ["a", 1], "translate": [0, 0]},)");

        QByteArray deep = R"({"type": "Polygon", "arcs": [[0]]})";
        for (int i = 0; i < 40; ++i)
            deep = R"({"type": "GeometryCollection", "geometries": [)" + deep + "]}";
        QTest::newRow("nested too deeply") << topology(oneArc, deep.constData());

        // A small file that would expand to billions of points: one long arc used over and over.
        QByteArray longArc = "[[[0, 0]";
        for (int i = 0; i < 20000; ++i)
            longArc += ", [1, 1]";
        longArc += "]]";
        QByteArray manyUses = R"({"type": "Polygon", "arcs": [[0)";
        for (int i = 0; i < 2000; ++i)
            manyUses += ", 0";
        manyUses += "]]}";
        QTest::newRow("expands too much") << topology(longArc.constData(), manyUses.constData());
    }

    void rejectsMalformedInput()
    {
        QFETCH(QByteArray, json);
        const TopoJsonDecoding decoded = decodeTopoJson(json, QStringLiteral("countries"));
        QVERIFY(!decoded.ok());
        QVERIFY(decoded.shapes.isEmpty());
    }

    void reportsAMissingObject()
    {
        const TopoJsonDecoding decoded = decodeTopoJson(testData("squares.json"), QStringLiteral("land"));
        QVERIFY(!decoded.ok());
        QVERIFY(decoded.error.contains(u"land"));
    }

    // Truncated, byte-flipped and index-scrambled variants of a valid topology: every outcome is
    // either a clean decoding or an error, and arcs are never read out of bounds.
    void survivesMutatedInput()
    {
        const QByteArray original = testData("squares.json");
        QRandomGenerator random(20201229);
        for (int round = 0; round < 3000; ++round) {
            QByteArray json = original;
            switch (round % 3) {
            case 0:
                json.truncate(random.bounded(int(json.size())));
                break;
            case 1:
                for (int flips = 0; flips < 4; ++flips)
                    json[random.bounded(int(json.size()))] = char(random.bounded(32, 127));
                break;
            default: {
                const qsizetype at = json.indexOf("[[0, 1]]");
                const QByteArray ring = "[[" + QByteArray::number(random.bounded(-8, 8)) + ", "
                                      + QByteArray::number(random.bounded(-8, 8)) + "]]";
                json.replace(at, 8, ring);
                break;
            }
            }
            const TopoJsonDecoding decoded = decodeTopoJson(json, QStringLiteral("countries"));
            QVERIFY(decoded.ok() || decoded.shapes.isEmpty());
            for (const CountryShape &shape : decoded.shapes) {
                for (const QPolygonF &ring : shape.rings)
                    QVERIFY(!ring.isEmpty());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTopoJson)
#include "tst_topojson.moc"
