// File ▸ Import from the user's side: the dialog filled in and accepted with QTest, the import
// run off the GUI thread, then the session and the report checked.
#include "documentcontroller.h"
#include "importdialog.h"
#include "mainwindow.h"

#include "session/session.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace dyad;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(DYAD_TEST_DATA_DIR "/import/") + name;
}

enum class Target { Merge, NewSession };
enum class Invalid { RefuseAll, SkipInvalid };

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // On the indicator: a radio button only takes clicks on its indicator and label, and in a
    // wide dialog its middle is past the label.
    static void choose(QWidget *dialog, const QString &name)
    {
        auto *button = dialog->findChild<QRadioButton *>(name);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
        QVERIFY(button->isChecked());
    }

    static ImportDialog *openDialog(MainWindow &window)
    {
        QAction *action = window.findChild<QAction *>(u"importAction"_qs);
        if (!action)
            return nullptr;
        action->trigger();
        return window.findChild<ImportDialog *>();
    }

    // Fills the dialog in as a user would and clicks Import; returns the report it leads to.
    static ImportReportDialog *importThroughDialog(MainWindow &window, const QString &path, Target target,
                                                   Invalid invalid, const std::function<bool()> &whileImporting = {})
    {
        ImportDialog *dialog = openDialog(window);
        if (!dialog)
            return nullptr;
        auto *pathEdit = dialog->findChild<QLineEdit *>(u"importPath"_qs);
        pathEdit->clear();
        QTest::keyClicks(pathEdit, path);
        choose(dialog, target == Target::Merge ? u"importMerge"_qs : u"importNewSession"_qs);
        choose(dialog, invalid == Invalid::RefuseAll ? u"importRefuseAll"_qs : u"importSkipInvalid"_qs);
        if (QTest::currentTestFailed())
            return nullptr;
        // Polled from the event loops until it says it is done (the import's own loop included).
        QTimer poll;
        if (whileImporting) {
            poll.setInterval(0);
            QObject::connect(&poll, &QTimer::timeout, &window, [&] {
                if (whileImporting())
                    poll.stop();
            });
            poll.start();
        }
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        if (!ok->isEnabled())
            return nullptr;
        QTest::mouseClick(ok, Qt::LeftButton);
        return window.findChild<ImportReportDialog *>();
    }

    static QString summaryOf(ImportReportDialog *report)
    {
        return report->findChild<QLabel *>(u"importSummary"_qs)->text();
    }

    static void closeReport(ImportReportDialog *report)
    {
        report->close();
        QTRY_VERIFY(report->isHidden());
        delete report;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void dialogDetectsTheFormatAndBuildsTheRequest()
    {
        Session session;
        session.loadBundledDataset();
        MainWindow window(&session);
        ImportDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());  // no file yet

        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"importPath"_qs), dataPath(u"acled_current.csv"_qs));
        QVERIFY(ok->isEnabled());
        auto *detected = dialog->findChild<QLabel *>(u"importDetected"_qs);
        QVERIFY2(detected->text().contains(u"ACLED"), qPrintable(detected->text()));
        ImportRequest request = dialog->request();
        QCOMPARE(request.format, QString());  // detected when importing
        QVERIFY(request.merge);
        QCOMPARE(request.options.mode, ImportOptions::AllOrNothing);

        // The detected format can be overridden.
        auto *format = dialog->findChild<QComboBox *>(u"importFormat"_qs);
        format->setCurrentIndex(format->findData(u"csv"_qs));
        choose(dialog, u"importNewSession"_qs);
        choose(dialog, u"importSkipInvalid"_qs);
        request = dialog->request();
        QCOMPARE(request.format, u"csv"_qs);
        QVERIFY(!request.merge);
        QCOMPARE(request.options.mode, ImportOptions::SkipInvalidRows);
        dialog->reject();
    }

    // Merged into the open session as one undo step; importing the same file again adds nothing.
    void mergeIsOneUndoStepAndReimportAddsNothing()
    {
        Session session;
        session.loadBundledDataset();
        MainWindow window(&session);
        window.show();
        const qsizetype before = session.store().size();
        QSignalSpy edited(&session, &Session::eventsEdited);

        ImportReportDialog *report = importThroughDialog(window, dataPath(u"gdelt2_sample.export.CSV"_qs), Target::Merge,
                                                         Invalid::RefuseAll);
        QVERIFY(report);
        QTRY_COMPARE(edited.count(), 1);
        const qsizetype added = session.store().size() - before;
        QCOMPARE(added, 6);
        QVERIFY(session.store().keyOfId(u"gdelt:1000000001").has_value());
        QCOMPARE(session.undoStack()->count(), 1);
        QCOMPARE(session.undoStack()->undoText(), u"Import 6 Events"_qs);
        QVERIFY(window.isWindowModified());
        QVERIFY2(summaryOf(report).contains(u"6 events added, 0 already present"), qPrintable(summaryOf(report)));
        QVERIFY2(summaryOf(report).contains(u"0 rows skipped"), qPrintable(summaryOf(report)));
        QVERIFY(!report->findChild<QTreeWidget *>(u"importProblems"_qs));
        closeReport(report);

        report = importThroughDialog(window, dataPath(u"gdelt2_sample.export.CSV"_qs), Target::Merge, Invalid::RefuseAll);
        QVERIFY(report);
        QCOMPARE(session.store().size(), before + added);
        QCOMPARE(session.undoStack()->count(), 1);  // nothing changed, nothing to undo
        QVERIFY2(summaryOf(report).contains(u"0 events added, 6 already present"), qPrintable(summaryOf(report)));
        closeReport(report);

        session.undoStack()->undo();
        QCOMPARE(session.store().size(), before);
        QVERIFY(!session.store().keyOfId(u"gdelt:1000000001").has_value());
        session.undoStack()->redo();
        QCOMPARE(session.store().size(), before + added);
        session.undoStack()->undo();
        QCOMPARE(session.store().size(), before);
    }

    // A new session from the valid rows, and the bad row reported with file, line and column.
    void newSessionFromTheValidRows()
    {
        Session session;
        session.loadBundledDataset();
        MainWindow window(&session);
        window.show();
        ImportReportDialog *report = importThroughDialog(window, dataPath(u"malformed/csv_tone_out_of_range.csv"_qs),
                                                         Target::NewSession, Invalid::SkipInvalid);
        QVERIFY(report);
        QCOMPARE(session.store().size(), 1);
        QVERIFY(session.store().keyOfId(u"a").has_value());
        QCOMPARE(session.undoStack()->count(), 0);
        QVERIFY(window.document()->filePath().isEmpty());
        QVERIFY2(summaryOf(report).contains(u"1 event added, 0 already present, 1 row skipped"), qPrintable(summaryOf(report)));
        auto *problems = report->findChild<QTreeWidget *>(u"importProblems"_qs);
        QVERIFY(problems);
        QCOMPARE(problems->topLevelItemCount(), 1);
        const QTreeWidgetItem *item = problems->topLevelItem(0);
        QCOMPARE(item->text(0), u"csv_tone_out_of_range.csv"_qs);
        QCOMPARE(item->text(1), u"3"_qs);
        QCOMPARE(item->text(2), u"4"_qs);
        QVERIFY2(item->text(3).contains(u"-12 is outside -10..10"), qPrintable(item->text(3)));
        closeReport(report);
    }

    // "Refuse the whole import": nothing changes, and the report says where the problem is.
    void refusedImportLeavesTheSessionUnchanged_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::newRow("bad tone") << u"csv_tone_out_of_range.csv"_qs << 3;
        QTest::newRow("utf-16") << u"acled_utf16.csv"_qs << 1;
        QTest::newRow("impossible date") << u"gdelt_impossible_date.export.CSV"_qs << 2;
        QTest::newRow("truncated json") << u"dyad_truncated.json"_qs << 4;
    }

    void refusedImportLeavesTheSessionUnchanged()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        Session session;
        session.loadBundledDataset();
        MainWindow window(&session);
        window.show();
        session.setNote(session.store().id(0), u"mine"_qs);
        const qsizetype before = session.store().size();
        for (const Target target : {Target::Merge, Target::NewSession}) {
            ImportReportDialog *report = importThroughDialog(window, dataPath(u"malformed/"_qs + file), target, Invalid::RefuseAll);
            QVERIFY(report);
            QCOMPARE(session.store().size(), before);
            QCOMPARE(session.undoStack()->count(), 1);
            QCOMPARE(session.annotations().annotation(session.store().id(0)).note, u"mine"_qs);
            QVERIFY2(summaryOf(report).contains(u"was not imported"), qPrintable(summaryOf(report)));
            auto *problems = report->findChild<QTreeWidget *>(u"importProblems"_qs);
            QVERIFY(problems);
            QCOMPARE(problems->topLevelItem(0)->text(0), file);
            QCOMPARE(problems->topLevelItem(0)->text(1), QString::number(line));
            closeReport(report);
            // Before a new session Dyad would ask about the unsaved note: mark it saved.
            session.undoStack()->setClean();
        }
    }

    void reportListsTheFirstHundredProblemsAndCountsTheRest()
    {
        const QString path = m_dir.filePath(u"many_bad_rows.csv"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,start,title\n");
        for (int i = 0; i < 250; ++i)
            file.write("e" + QByteArray::number(i) + ",2021-02-29,Not a leap year\n");
        file.write("good,2020-02-29,A leap year\n");
        file.close();

        Session session;
        session.loadBundledDataset();
        MainWindow window(&session);
        window.show();
        const qsizetype before = session.store().size();
        ImportReportDialog *report = importThroughDialog(window, path, Target::Merge, Invalid::SkipInvalid);
        QVERIFY(report);
        QCOMPARE(session.store().size(), before + 1);
        QCOMPARE(session.undoStack()->undoText(), u"Import 1 Event"_qs);
        QVERIFY2(summaryOf(report).contains(u"250 rows skipped"), qPrintable(summaryOf(report)));
        auto *problems = report->findChild<QTreeWidget *>(u"importProblems"_qs);
        QCOMPARE(problems->topLevelItemCount(), 100);
        QCOMPARE(problems->topLevelItem(99)->text(1), u"101"_qs);
        auto *more = report->findChild<QLabel *>(u"importMore"_qs);
        QVERIFY(more);
        QVERIFY2(more->text().contains(u"and 150 more problems"), qPrintable(more->text()));
        closeReport(report);
    }

    // Cancel in the progress dialog: the session is as it was, and no report is shown.
    void cancelLeavesTheSessionUnchanged()
    {
        QFile sample(dataPath(u"gdelt2_sample.export.CSV"_qs));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QByteArray row = sample.readLine();
        const QByteArray rest = row.mid(row.indexOf('\t'));
        const QString path = m_dir.filePath(u"large.export.CSV"_qs);
        QFile large(path);
        QVERIFY(large.open(QIODevice::WriteOnly));
        QByteArray block;
        for (int i = 0; i < 200'000; ++i) {
            block += QByteArray::number(2'000'000'000LL + i) + rest;
            if (block.size() > (1 << 20)) {
                large.write(block);
                block.clear();
            }
        }
        large.write(block);
        large.close();

        Session session;
        session.loadBundledDataset();
        MainWindow window(&session);
        window.show();
        const qsizetype before = session.store().size();
        bool cancelled = false;
        // Runs inside the import's event loop, while the file is being read.
        const auto cancel = [&window, &cancelled] {
            if (auto *progress = window.findChild<QProgressDialog *>()) {
                Q_EMIT progress->canceled();
                cancelled = true;
            }
            return cancelled;
        };
        ImportReportDialog *report = importThroughDialog(window, path, Target::Merge, Invalid::RefuseAll, cancel);
        QVERIFY(cancelled);
        QVERIFY(!report);
        QCOMPARE(session.store().size(), before);
        QCOMPARE(session.undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
