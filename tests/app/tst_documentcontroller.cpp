// Sessions from the user's side: save, reopen in a fresh window exactly as left, never lose
// work (an interrupted save, a killed process), and refuse a hostile file without harm.
#include "documentcontroller.h"
#include "mainwindow.h"
#include "map/actormappanel.h"
#include "map/actormapview.h"
#include "session/windowplayback.h"
#include "timeline/timelineview.h"
#include "viewstate.h"

#include "itemmodels/eventselectionmodel.h"
#include "session/session.h"
#include "storage/sessionfile.h"
#include "storage/sqlitedatabase.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QTimer>
#include <QFile>
#include <QHeaderView>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace dyad;

namespace {

// The child process of the crash test: makes an edit, waits for the autosave, says so, and
// waits to be killed.
int runCrashingChild()
{
    Session session;
    session.loadBundledDataset();
    MainWindow window(&session);
    window.document()->setAutosaveDelay(200);
    session.setNote(session.store().id(3), QStringLiteral("written just before the crash"));
    QObject::connect(window.document(), &DocumentController::recoveryWritten, &window, [] {
        std::puts("autosaved");
        std::fflush(stdout);
    });
    return QApplication::exec();
}

} // namespace

class TestDocumentController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void dismissNextMessageBox(QMessageBox::StandardButton button)
    {
        QTimer::singleShot(0, [button] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
                    QTest::mouseClick(box->button(button), Qt::LeftButton);
                    return;
                }
            }
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QDir(DocumentController::recoveryDirectory()).removeRecursively();
    }

    void reopensExactlyAsLeft()
    {
        const QString path = m_dir.filePath(u"story.dyad"_qs);
        QByteArray dockState;
        {
            Session session;
            session.loadBundledDataset();
            MainWindow window(&session);
            window.resize(1300, 820);
            window.show();
            const QString caatsa = session.store().id(session.filteredRows()[10]);
            session.setNote(caatsa, u"First use of CAATSA against a NATO ally"_qs);
            session.setStarred(session.store().id(20), true);
            session.addLink({caatsa, session.store().id(12), u"responds to"_qs, {}});
            EventFilter filter;
            filter.actorIds = {u"TUR"_qs, u"USA"_qs};
            session.setFilter(filter);
            session.savePreset({u"Turkey and the US"_qs, filter});
            session.setVisibleWindow({2458000, 2459000});
            window.eventTable()->sortByColumn(1, Qt::DescendingOrder);
            window.findChild<QDockWidget *>(u"filterDock"_qs)->setFloating(true);
            // Each view's own state: timeline lanes, the map's grouping, zoom and playback.
            window.timelineView()->setLaneMode(LaneMode::Dyad);
            window.mapPanel()->mapView()->setGrouping(RelationGrouping::ByActor);
            window.mapPanel()->mapView()->zoomBy(1.5);
            window.mapPanel()->findChild<QComboBox *>(u"mapWindowLength"_qs)->setCurrentIndex(3);
            QVERIFY(window.selectionModel()->selectKey(session.store().key(session.filteredRows()[1])));
            QVERIFY(window.isWindowModified());
            QCOMPARE(window.document()->saveTo(path), QString());
            QVERIFY(!window.isWindowModified());
            QVERIFY(window.windowTitle().startsWith(u"story.dyad"));
            dockState = window.saveState();

            Session reopenedSession;
            MainWindow reopened(&reopenedSession);
            reopened.show();
            QCOMPARE(reopened.document()->openFile(path), QString());
            QCOMPARE(reopenedSession.annotations(), session.annotations());
            QCOMPARE(reopenedSession.filter(), session.filter());
            QCOMPARE(reopenedSession.visibleWindow(), session.visibleWindow());
            QCOMPARE(reopenedSession.filteredRows(), session.filteredRows());
            QCOMPARE(reopened.selectionModel()->currentKey(), window.selectionModel()->currentKey());
            QCOMPARE(reopened.eventTable()->horizontalHeader()->sortIndicatorSection(), 1);
            QCOMPARE(reopened.eventTable()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
            QVERIFY(reopened.findChild<QDockWidget *>(u"filterDock"_qs)->isFloating());
            QCOMPARE(reopened.viewStates(), window.viewStates());
            QCOMPARE(reopened.mapPanel()->mapView()->grouping(), RelationGrouping::ByActor);
            QCOMPARE(reopened.mapPanel()->playback()->windowDays(), 365);
            QCOMPARE(reopened.size(), window.size());
            QVERIFY(!reopened.isWindowModified());
        }
    }

    void aFailedSaveLeavesThePreviousFileIntact()
    {
        const QString path = m_dir.filePath(u"intact.dyad"_qs);
        Session session;
        session.loadBundledDataset();
        MainWindow window(&session);
        QCOMPARE(window.document()->saveTo(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        session.setNote(session.store().id(0), u"unsaved"_qs);
        SessionContents contents;
        contents.info = session.info();
        contents.store = session.store();
        SaveOptions failing;
        failing.failureInjection = [](QStringView stage) { return stage.contains(u"event"); };
        QVERIFY(SessionFile::save(path, contents, failing).isError());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files).filter(u"intact"_qs).size(), 1);  // no temporary left behind
    }

    // Save after a star writes the change into the file, not the whole session; an edit,
    // a delete and their undo follow; another program's save in between makes the next save whole.
    void savesWriteOnlyWhatChanged()
    {
        const QString path = m_dir.filePath(u"changes.dyad"_qs);
        Session session;
        session.loadBundledDataset();
        MainWindow window(&session);
        QCOMPARE(window.document()->saveTo(path), QString());
        const auto saveLog = [&] {
            SqliteDatabase db;
            QStringList kinds;
            if (db.open(QFile::encodeName(path), SQLITE_OPEN_READONLY) != SQLITE_OK)
                return kinds;
            SqliteStatement select(db, "SELECT kind || ':' || events_written || ':' || events_removed FROM saves ORDER BY position");
            while (select.step() == SQLITE_ROW)
                kinds.append(QString::fromUtf8(select.columnText(0)));
            return kinds;
        };
        QCOMPARE(saveLog(), QStringList{u"full:51:0"_qs});

        const QString starred = session.store().id(7);
        session.setStarred(starred, true);
        QVERIFY(window.isWindowModified());
        QCOMPARE(window.document()->saveTo(path), QString());
        QVERIFY(!window.isWindowModified());
        QCOMPARE(saveLog().last(), u"changes:0:0"_qs);

        Event edited = session.store().event(2);
        edited.title = u"Edited in place"_qs;
        session.editEvent(edited.id, edited);
        const QString deleted = session.store().id(10);
        session.deleteEvent(deleted);
        QCOMPARE(window.document()->saveTo(path), QString());
        QCOMPARE(saveLog().last(), u"changes:1:1"_qs);
        session.undoStack()->undo();  // the delete
        QCOMPARE(window.document()->saveTo(path), QString());
        QCOMPARE(saveLog().last(), u"changes:1:0"_qs);

        SessionContents reread;
        QVERIFY(!SessionFile::load(path, reread).isError());
        QCOMPARE(reread.store.size(), 51);
        QVERIFY(reread.annotations.annotation(starred).starred);
        QCOMPARE(reread.store.event(reread.store.rowOfKey(*reread.store.keyOfId(edited.id))), edited);
        QVERIFY(reread.store.keyOfId(deleted));

        // Someone else saves the file: Dyad's next save writes it whole instead of over theirs.
        QVERIFY(!SessionFile::save(path, reread).isError());
        session.setStarred(starred, false);
        QCOMPARE(window.document()->saveTo(path), QString());
        QCOMPARE(saveLog(), QStringList{u"full:51:0"_qs});
        session.setStarred(starred, true);
        QCOMPARE(window.document()->saveTo(path), QString());
        QCOMPARE(saveLog().last(), u"changes:0:0"_qs);
    }

    // While a job works with the document the window takes no input and the session no edits.
    void aBusyDocumentRefusesEdits()
    {
        Session session;
        session.loadBundledDataset();
        MainWindow window(&session);
        {
            const Session::BusyScope busy(&session);
            QVERIFY(!window.menuBar()->isEnabled());
            QVERIFY(!window.centralWidget()->isEnabled());
            session.setStarred(session.store().id(1), true);
            QCOMPARE(session.undoStack()->count(), 0);
            QVERIFY(!session.annotations().annotation(session.store().id(1)).starred);
        }
        QVERIFY(window.menuBar()->isEnabled());
        QVERIFY(window.centralWidget()->isEnabled());
        session.setStarred(session.store().id(1), true);
        QCOMPARE(session.undoStack()->count(), 1);
    }

    void refusesAHostileFileAndKeepsTheSession()
    {
        const QString path = m_dir.filePath(u"hostile.dyad"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("SQLite format 3\0 this is not really a database", 48);
        file.close();
        Session session;
        session.loadBundledDataset();
        MainWindow window(&session);
        session.setNote(session.store().id(1), u"mine"_qs);
        const QString error = window.document()->openFile(path);
        QVERIFY(!error.isEmpty());
        QCOMPARE(session.annotations().annotation(session.store().id(1)).note, u"mine"_qs);
        QCOMPARE(session.store().size(), 51);
    }

    void opensEventDataAsANewSessionAndRefusesBadData()
    {
        Session session;
        session.loadBundledDataset();
        MainWindow window(&session);
        const QString gdelt = QStringLiteral(DYAD_TEST_DATA_DIR "/import/gdelt2_sample.export.CSV");
        QCOMPARE(window.document()->openFile(gdelt), QString());
        QVERIFY(session.store().size() > 0);
        QVERIFY(session.store().id(0).startsWith(u"gdelt:"));
        QVERIFY(window.document()->filePath().isEmpty());  // saving asks for a .dyad name

        const qsizetype before = session.store().size();
        const QString bad = QStringLiteral(DYAD_TEST_DATA_DIR "/import/malformed/acled_latitude_out_of_range.csv");
        const QString error = window.document()->openFile(bad);
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(u"acled_latitude_out_of_range.csv") && error.contains(u"line"), qPrintable(error));
        QCOMPARE(session.store().size(), before);
    }

    void closingWithUnsavedChangesAsks()
    {
        Session session;
        session.loadBundledDataset();
        MainWindow window(&session);
        window.show();
        session.setStarred(session.store().id(2), true);
        dismissNextMessageBox(QMessageBox::Cancel);
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        dismissNextMessageBox(QMessageBox::Discard);
        QVERIFY(window.close());
    }

    void recoversWorkAfterTheProcessIsKilled()
    {
        QProcess child;
        child.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        child.start(QCoreApplication::applicationFilePath(), {u"--crashing-child"_qs});
        QVERIFY(child.waitForStarted());
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += child.readAllStandardOutput()).contains("autosaved") || child.state() != QProcess::Running, 20000);
        QVERIFY2(child.state() == QProcess::Running, child.readAllStandardError().constData());
        child.kill();
        QVERIFY(child.waitForFinished());

        Session session;
        session.loadBundledDataset();
        MainWindow window(&session);
        dismissNextMessageBox(QMessageBox::Yes);
        window.document()->offerRecovery();
        QCOMPARE(session.annotations().annotation(session.store().id(3)).note, u"written just before the crash"_qs);
        QVERIFY(window.isWindowModified());
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (app.arguments().contains(u"--crashing-child"_qs))
        return runCrashingChild();
    TestDocumentController test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_documentcontroller.moc"
