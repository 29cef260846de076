// File ▸ Export and Print in a real window: the actions, the view dialog, and what the
// exports of the window's state say (visible window or whole range, filter, notes).
#include "exportfiles.h"
#include "exportviewdialog.h"
#include "mainwindow.h"

#include "export/filterdescription.h"
#include "export/timelinepicture.h"
#include "import/importer.h"
#include "session/session.h"
#include "timeline/timelineview.h"

#include <QComboBox>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QImage>
#include <QTest>

using namespace dyad;

namespace {

QAction *findAction(QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text().remove(u'&') == text)
            return action;
        if (action->menu()) {
            if (QAction *found = findAction(action->menu(), text))
                return found;
        }
    }
    return nullptr;
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExportMenu : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void fileMenuHasTheExports()
    {
        Session session;
        QVERIFY(!session.loadBundledDataset().isError());
        MainWindow window(&session);
        QMenu *file = window.menuBar()->actions().first()->menu();
        QVERIFY(file);
        for (const QString &text : {u"Filtered Events…"_qs, u"View…"_qs, u"Brief…"_qs})
            QVERIFY2(findAction(file, text), qPrintable(text));
        QAction *print = findAction(file, u"Print Brief…"_qs);
        QVERIFY(print);
        QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
    }

    void viewDialogOffersTheRangeForTheTimelineOnly()
    {
        ExportViewDialog dialog;
        auto *view = dialog.findChild<QComboBox *>(u"view"_qs);
        auto *whole = dialog.findChild<QRadioButton *>(u"wholeRange"_qs);
        auto *visible = dialog.findChild<QRadioButton *>(u"visibleWindow"_qs);
        QVERIFY(view && whole && visible);
        QCOMPARE(dialog.request().view, u"timeline"_qs);
        QCOMPARE(dialog.request().range, ExportRange::WholeFilteredRange);
        visible->setChecked(true);
        QCOMPARE(dialog.request().range, ExportRange::VisibleWindow);
        view->setCurrentIndex(view->findData(u"charts"_qs));
        QVERIFY(!whole->isEnabled() && !visible->isEnabled());
        QCOMPARE(dialog.request().view, u"charts"_qs);
    }

    void exportsFollowTheWindow()
    {
        Session session;
        QVERIFY(!session.loadBundledDataset().isError());
        MainWindow window(&session);
        EventFilter filter;
        filter.actorIds = {u"TUR"_qs};
        session.setFilter(filter);
        const TimeWindow visible{Date::fromYmd(2019, 7, 1).firstDay(), Date::fromYmd(2019, 7, 31).firstDay()};
        window.timelineView()->setVisibleRange(DayRange::fromWindow(visible));
        QCOMPARE(session.visibleWindow(), visible);

        const QString visiblePath = m_dir.filePath(u"visible.svg"_qs);
        QVERIFY(exportView(window, {u"timeline"_qs, ExportRange::VisibleWindow, 900}, visiblePath).isEmpty());
        QVERIFY(contentsOf(visiblePath).contains("Shown: 1 Jul 2019 – 31 Jul 2019."));
        const QString wholePath = m_dir.filePath(u"whole.svg"_qs);
        QVERIFY(exportView(window, {u"timeline"_qs, ExportRange::WholeFilteredRange, 900}, wholePath).isEmpty());
        const QString whole = describeWindow(wholeFilteredRange(session).toWindow());
        QVERIFY(contentsOf(wholePath).contains(QString(u"Shown: "_qs + whole + u'.').toUtf8()));
        QVERIFY(contentsOf(wholePath).contains("Events involving Turkey."));

        QVERIFY(exportView(window, {u"map"_qs, ExportRange::WholeFilteredRange, 900}, m_dir.filePath(u"map.png"_qs)).isEmpty());
        QVERIFY(QImage(m_dir.filePath(u"map.png"_qs)).width() >= 900);
        QVERIFY(exportView(window, {u"timeline"_qs, ExportRange::WholeFilteredRange, 900}, m_dir.filePath(u"t.bmp"_qs)).contains(u".png, .svg or .pdf"));
    }

    void chartsBehindATabAreBroughtUp()
    {
        Session session;
        QVERIFY(!session.loadBundledDataset().isError());
        MainWindow window(&session);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The Trends dock starts as a tab behind the Events dock.
        const QString path = m_dir.filePath(u"charts.pdf"_qs);
        const QString error = exportView(window, {u"charts"_qs, ExportRange::WholeFilteredRange, 900}, path);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(contentsOf(path).startsWith("%PDF-"));
    }

    void eventsAndBriefOfTheFilter()
    {
        Session session;
        QVERIFY(!session.loadBundledDataset().isError());
        MainWindow window(&session);
        EventFilter filter;
        filter.categories = {u"energy"_qs};
        session.setFilter(filter);
        const qsizetype count = qsizetype(session.filteredRows().size());
        QVERIFY(count > 0);

        const QString csv = m_dir.filePath(u"energy.csv"_qs);
        QVERIFY(exportEvents(session, csv).isEmpty());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        ImportProgress progress;
        QCOMPARE(importerForFormat(u"csv")->read(file, csv, {}, progress).dataset.events.size(), count);
        QVERIFY(exportEvents(session, m_dir.filePath(u"energy.txt"_qs)).contains(u".csv or .json"));
        QVERIFY(exportEvents(session, m_dir.filePath(u"energy.txt"_qs), u"json"_qs).isEmpty());

        session.setNote(session.store().id(session.filteredRows().front()), u"Watch the pipeline"_qs);
        const QString html = m_dir.filePath(u"brief.html"_qs);
        QVERIFY(exportBrief(window, html).isEmpty());
        const QByteArray page = contentsOf(html);
        QVERIFY(page.contains("Watch the pipeline"));
        QVERIFY(page.contains("category: energy"));
        QCOMPARE(page.count("<h3>"), count);
        QVERIFY(exportBrief(window, m_dir.filePath(u"brief.pdf"_qs)).isEmpty());
        QVERIFY(contentsOf(m_dir.filePath(u"brief.pdf"_qs)).startsWith("%PDF-"));
        QVERIFY(exportBrief(window, m_dir.filePath(u"brief.docx"_qs)).contains(u".pdf or .html"));
    }
};

QTEST_MAIN(TestExportMenu)
#include "tst_exportmenu.moc"
