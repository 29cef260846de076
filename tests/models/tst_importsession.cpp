// A merged import is one undo step on the session: undo → redo → undo round trip, the filter
// and the user's notes kept, and a second import of the same file adding nothing.
#include "importtesting.h"

#include "import/storemerge.h"
#include "session/session.h"

#include <QSignalSpy>

using namespace dyad;
using namespace dyad::importtesting;

namespace {

// What File ▸ Import does off the GUI thread: merge into a copy of the session's store.
std::pair<EventStore, MergeReport> mergedCopy(const Session &session, const QString &file, const QString &format)
{
    EventStore copy = session.store();
    const ImportResult result = importFile(dataPath(file), format);
    const MergeReport report = mergeIntoStore(copy, result.dataset);
    return {std::move(copy), report};
}

} // namespace

class TestImportSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergedImportIsOneUndoStep()
    {
        Session session;
        QVERIFY(!session.loadBundledDataset().isError());
        const qsizetype before = session.store().size();
        const QString noted = session.store().id(0);
        session.setNote(noted, u"mine"_qs);
        EventFilter filter;
        filter.text = u"a"_qs;
        session.setFilter(filter);
        QSignalSpy edited(&session, &Session::eventsEdited);
        QSignalSpy filtered(&session, &Session::filterChanged);

        auto [merged, report] = mergedCopy(session, u"gdelt2_sample.export.CSV"_qs, u"gdelt"_qs);
        QCOMPARE(report.added, 6);
        session.importEvents(std::move(merged), report.added);
        QCOMPARE(session.undoStack()->count(), 2);
        QCOMPARE(session.undoStack()->undoText(), u"Import 6 Events"_qs);
        QCOMPARE(session.store().size(), before + 6);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(filtered.count(), 1);
        QCOMPARE(session.filter(), filter);
        QVERIFY(session.store().keyOfId(u"gdelt:1000000001").has_value());

        session.undoStack()->undo();
        QCOMPARE(session.store().size(), before);
        QVERIFY(!session.store().keyOfId(u"gdelt:1000000001").has_value());
        QCOMPARE(session.annotations().annotation(noted).note, u"mine"_qs);
        session.undoStack()->redo();
        QCOMPARE(session.store().size(), before + 6);
        QVERIFY(session.store().keyOfId(u"gdelt:1000000001").has_value());
        session.undoStack()->undo();
        QCOMPARE(session.store().size(), before);
        QCOMPARE(session.undoStack()->undoText(), u"Add Note"_qs);
        QCOMPARE(session.filter(), filter);
    }

    void reimportAddsNothing()
    {
        Session session;
        QVERIFY(!session.loadBundledDataset().isError());
        auto [merged, report] = mergedCopy(session, u"acled_current.csv"_qs, u"acled"_qs);
        QVERIFY(report.added > 0);
        session.importEvents(std::move(merged), report.added);
        const qsizetype after = session.store().size();
        auto [again, second] = mergedCopy(session, u"acled_current.csv"_qs, u"acled"_qs);
        QCOMPARE(second.added, 0);
        QCOMPARE(second.updated, 0);
        QCOMPARE(second.unchanged, report.added);
        QCOMPARE(again.size(), after);
    }
};

QTEST_GUILESS_MAIN(TestImportSession)
#include "tst_importsession.moc"
