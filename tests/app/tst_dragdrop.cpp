#include "mainwindow.h"

#include "session/session.h"

#include <QDropEvent>
#include <QMimeData>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

using namespace dyad;

// Dropping a file on the window opens it, as File ▸ Open would: sessions and event data alike.
class TestDragDrop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void acceptsSessionsAndEventData_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("session") << u"story.dyad"_qs << true;
        QTest::newRow("dyad json") << u"events.json"_qs << true;
        QTest::newRow("csv") << u"events.csv"_qs << true;
        QTest::newRow("gdelt daily file") << u"20201229.export.CSV"_qs << true;
        QTest::newRow("picture") << u"map.png"_qs << false;
    }

    void acceptsSessionsAndEventData()
    {
        QFETCH(QString, name);
        QFETCH(bool, accepted);
        Session session;
        MainWindow window(&session);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(u"/tmp/"_qs + name)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QCOMPARE(enter.isAccepted(), accepted);
    }

    void droppingAGdeltFileOpensItAsANewSession()
    {
        Session session;
        QVERIFY(!session.loadBundledDataset().isError());
        MainWindow window(&session);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QStringLiteral(DYAD_TEST_DATA_DIR "/import/gdelt2_sample.export.CSV"))});
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());
        const QString bundledTitle = session.info().title;
        QTRY_VERIFY_WITH_TIMEOUT(session.info().title != bundledTitle, 10000);
        QVERIFY(session.store().keyOfId(u"gdelt:1000000001"_qs).has_value());
    }
};

QTEST_MAIN(TestDragDrop)
#include "tst_dragdrop.moc"
