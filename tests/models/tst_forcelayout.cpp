#include "aggregate/forcelayout.h"

#include <QTest>

#include <cmath>

using namespace dyad;

namespace {

double distance(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

ForceLayout settled(qsizetype nodes, const std::vector<ForceLayout::Link> &links)
{
    ForceLayout layout;
    layout.setGraph(nodes, links);
    for (int guard = 0; guard < 10000 && layout.step(10);)
        ++guard;
    return layout;
}

} // namespace

class TestForceLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settlesWithinBounds()
    {
        const ForceLayout layout = settled(40, {{0, 1, 3}, {1, 2, 1}, {2, 3, 1}, {5, 6, 2}});
        QVERIFY(layout.isSettled());
        for (const QPointF &point : layout.positions()) {
            QVERIFY(std::isfinite(point.x()) && std::isfinite(point.y()));
            QVERIFY(std::abs(point.x()) < 3 && std::abs(point.y()) < 3);
        }
    }

    void linkedNodesEndUpCloserThanUnlinkedOnes()
    {
        // Two triangles joined by nothing: inside a triangle, nodes are nearer than across.
        const ForceLayout layout = settled(6, {{0, 1, 1}, {1, 2, 1}, {2, 0, 1}, {3, 4, 1}, {4, 5, 1}, {5, 3, 1}});
        const auto &p = layout.positions();
        const double within = (distance(p[0], p[1]) + distance(p[1], p[2]) + distance(p[3], p[4])) / 3;
        const double across = (distance(p[0], p[3]) + distance(p[1], p[4]) + distance(p[2], p[5])) / 3;
        QVERIFY2(within < across, qPrintable(QStringLiteral("within %1, across %2").arg(within).arg(across)));
    }

    void nodesDoNotCollapseOntoOneSpot()
    {
        const ForceLayout layout = settled(30, {});
        const auto &p = layout.positions();
        for (size_t i = 0; i < p.size(); ++i) {
            for (size_t j = i + 1; j < p.size(); ++j)
                QVERIFY(distance(p[i], p[j]) > 1e-3);
        }
    }

    void isDeterministic()
    {
        const std::vector<ForceLayout::Link> links{{0, 1, 1}, {2, 3, 4}, {1, 3, 2}};
        QCOMPARE(settled(8, links).positions(), settled(8, links).positions());
    }

    void keepsPreviousPositionsNearlyInPlace()
    {
        const std::vector<ForceLayout::Link> links{{0, 1, 1}, {1, 2, 1}, {2, 3, 1}, {3, 0, 1}};
        const ForceLayout first = settled(4, links);
        std::vector<std::optional<QPointF>> previous(first.positions().begin(), first.positions().end());
        previous.push_back(std::nullopt);  // a newcomer linked to node 0

        ForceLayout second;
        std::vector<ForceLayout::Link> more = links;
        more.push_back({4, 0, 1});
        second.setGraph(5, more, previous);
        QVERIFY(distance(second.positions()[4], first.positions()[0]) < 0.5);  // starts beside its neighbour
        for (int guard = 0; guard < 10000 && second.step(10);)
            ++guard;
        for (int i = 0; i < 4; ++i)
            QVERIFY(distance(second.positions()[size_t(i)], first.positions()[size_t(i)]) < 0.6);
    }

    void ignoresLinksToUnknownNodes()
    {
        ForceLayout layout;
        const std::vector<ForceLayout::Link> links{{0, 7, 1}, {-1, 0, 1}, {1, 1, 1}};
        layout.setGraph(2, links);
        layout.step(50);
        QCOMPARE(layout.nodeCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestForceLayout)
#include "tst_forcelayout.moc"
