// The change stream: every edit, its undo and redo, an import and a filter change are
// announced as one DocumentChange, before (old state readable) and after (store consistent).
#include "import/storemerge.h"
#include "session/session.h"
#include "syntheticdata.h"

#include <QSignalSpy>
#include <QTest>

using namespace dyad;

namespace {

// Records each announcement together with what the store said at that moment.
struct ChangeRecorder
{
    struct Seen
    {
        bool before = false;
        DocumentChange change;
        qsizetype storeSize = 0;
        qsizetype filteredSize = 0;
    };

    explicit ChangeRecorder(Session *session)
    {
        QObject::connect(session, &Session::aboutToChange, session, [this, session](const DocumentChange &change) {
            seen.push_back({true, change, session->store().size(), qsizetype(session->filteredRows().size())});
        });
        QObject::connect(session, &Session::changed, session, [this, session](const DocumentChange &change) {
            seen.push_back({false, change, session->store().size(), qsizetype(session->filteredRows().size())});
        });
    }

    const Seen &before() const { return seen.at(seen.size() - 2); }
    const Seen &after() const { return seen.back(); }

    std::vector<Seen> seen;
};

Event copyOf(const Session &session, EventRow row, const QString &id)
{
    Event event = session.store().event(row);
    event.id = id;
    return event;
}

} // namespace

class TestDocumentChange : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Session> m_session;

private Q_SLOTS:
    void init()
    {
        m_session = std::make_unique<Session>();
        m_session->reset(testing::syntheticInfo(), testing::generateSyntheticStore({500, 3}));
    }

    void anAnnotationEditNamesTheEventAndLeavesRowsAlone()
    {
        ChangeRecorder recorder(m_session.get());
        const QString id = m_session->store().id(10);
        m_session->setStarred(id, true);
        QCOMPARE(recorder.seen.size(), size_t(2));
        QVERIFY(recorder.before().before);
        QCOMPARE(recorder.after().change.parts, DocumentChange::Parts(DocumentChange::Annotations));
        QCOMPARE(recorder.after().change.annotatedEvents, QStringList{id});
        QVERIFY(!recorder.after().change.movesRows());

        m_session->undoStack()->undo();
        QCOMPARE(recorder.after().change.annotatedEvents, QStringList{id});
        QVERIFY(!m_session->annotations().annotation(id).starred);
    }

    // With a "starred only" filter, a star changes the filter result too.
    void anAnnotationEditRefiltersWhenTheFilterReadsAnnotations()
    {
        EventFilter filter;
        filter.starredOnly = true;
        m_session->setFilter(filter);
        QVERIFY(m_session->filteredRows().empty());
        ChangeRecorder recorder(m_session.get());
        m_session->setStarred(m_session->store().id(3), true);
        QVERIFY(recorder.after().change.touches(DocumentChange::FilterResult));
        QCOMPARE(recorder.before().filteredSize, 0);
        QCOMPARE(recorder.after().filteredSize, 1);
    }

    void addDeleteAndTheirUndoNameTheSameKey()
    {
        ChangeRecorder recorder(m_session.get());
        m_session->addEvent(copyOf(*m_session, 0, u"added"_qs));
        const DocumentChange added = recorder.after().change;
        QVERIFY(added.touches(DocumentChange::Events));
        QVERIFY(added.touches(DocumentChange::FilterResult));
        QCOMPARE(added.addedEvents.size(), size_t(1));
        const EventKey key = added.addedEvents.front();
        QCOMPARE(recorder.before().storeSize, 500);
        QCOMPARE(recorder.after().storeSize, 501);

        m_session->setStarred(u"added"_qs, true);
        const size_t announcements = recorder.seen.size();
        m_session->deleteEvent(u"added"_qs);  // takes its star along: still one change
        QCOMPARE(recorder.seen.size(), announcements + 2);
        QCOMPARE(recorder.after().change.removedEvents, std::vector<EventKey>{key});
        QCOMPARE(recorder.after().change.annotatedEvents, QStringList{u"added"_qs});
        QCOMPARE(recorder.before().storeSize, 501);  // aboutToChange still sees the event
        QCOMPARE(recorder.after().storeSize, 500);

        m_session->undoStack()->undo();  // the delete
        QCOMPARE(recorder.seen.size(), announcements + 4);
        QCOMPARE(recorder.after().change.addedEvents, std::vector<EventKey>{key});
        QVERIFY(m_session->annotations().annotation(u"added"_qs).starred);
        m_session->undoStack()->undo();  // the star
        m_session->undoStack()->undo();  // the add
        QCOMPARE(recorder.after().change.removedEvents, std::vector<EventKey>{key});
        m_session->undoStack()->redo();
        QCOMPARE(recorder.after().change.addedEvents, std::vector<EventKey>{key});
    }

    void anEditNamesTheChangedKey()
    {
        ChangeRecorder recorder(m_session.get());
        const EventKey key = m_session->store().key(42);
        Event edited = m_session->store().event(42);
        edited.title = u"A new title"_qs;
        m_session->editEvent(edited.id, edited);
        QCOMPARE(recorder.after().change.changedEvents, std::vector<EventKey>{key});
        QVERIFY(recorder.after().change.addedEvents.empty());
        QVERIFY(recorder.after().change.removedEvents.empty());
        QCOMPARE(m_session->store().title(m_session->store().rowOfKey(key)), u"A new title"_qs);
    }

    // An import names what it added and what it changed; its undo names them as removed and
    // changed back. Keys of events already there do not move.
    void anImportAndItsUndoNameTheirKeys()
    {
        Dataset imported;
        imported.actors = m_session->store().actors();
        for (int i = 0; i < 80; ++i)  // more than one bulk merge's worth of single inserts
            imported.events.append(copyOf(*m_session, EventRow(i), u"new-%1"_qs.arg(i)));
        Event changed = m_session->store().event(7);
        const QString originalSummary = changed.summary;
        changed.summary = u"Corrected summary"_qs;
        imported.events.append(changed);
        const EventKey changedKey = m_session->store().key(7);

        EventStore merged = m_session->store();
        const MergeReport report = mergeIntoStore(merged, imported);
        QCOMPARE(report.added, 80);
        QCOMPARE(report.updatedKeys, std::vector<EventKey>{changedKey});
        ChangeRecorder recorder(m_session.get());
        m_session->importEvents(std::move(merged), report.added, report.updatedKeys);
        const DocumentChange change = recorder.after().change;
        QCOMPARE(change.addedEvents.size(), size_t(80));
        QCOMPARE(change.changedEvents, std::vector<EventKey>{changedKey});
        QVERIFY(change.removedEvents.empty());
        for (EventKey key : change.addedEvents)
            QVERIFY(m_session->store().id(m_session->store().rowOfKey(key)).startsWith(u"new-"));

        m_session->undoStack()->undo();
        QCOMPARE(recorder.after().change.removedEvents, change.addedEvents);
        QCOMPARE(recorder.after().change.changedEvents, std::vector<EventKey>{changedKey});
        QCOMPARE(m_session->store().summary(m_session->store().rowOfKey(changedKey)), originalSummary);
    }

    void aFilterChangeMovesRowsButNotEvents()
    {
        ChangeRecorder recorder(m_session.get());
        QSignalSpy filterChanged(m_session.get(), &Session::filterChanged);
        EventFilter filter;
        filter.actorIds = {u"TUR"_qs};
        m_session->setFilter(filter);
        QCOMPARE(recorder.after().change.parts, DocumentChange::Parts(DocumentChange::FilterResult));
        QVERIFY(recorder.after().change.movesRows());
        QCOMPARE(recorder.before().filteredSize, 500);
        QVERIFY(recorder.after().filteredSize < 500);
        QCOMPARE(filterChanged.count(), 1);
    }

    void aResetIsOneChangeOfEverything()
    {
        ChangeRecorder recorder(m_session.get());
        m_session->reset(testing::syntheticInfo(), testing::generateSyntheticStore({20, 2}));
        QCOMPARE(recorder.seen.size(), size_t(2));
        QVERIFY(recorder.after().change.touches(DocumentChange::Reset));
        QCOMPARE(recorder.before().storeSize, 500);
        QCOMPARE(recorder.after().storeSize, 20);
    }
};

QTEST_GUILESS_MAIN(TestDocumentChange)
#include "tst_documentchange.moc"
