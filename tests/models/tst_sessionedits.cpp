#include "session/session.h"

#include <QSignalSpy>
#include <QTest>

using namespace dyad;

namespace {

// A snapshot of everything an edit may change, to compare before, after and after undo.
struct Snapshot
{
    QList<Event> events;
    QList<Actor> actors;
    AnnotationSet annotations;
    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

Snapshot snapshot(const Session &session)
{
    Snapshot s;
    for (EventRow row = 0; row < EventRow(session.store().size()); ++row)
        s.events.append(session.store().event(row));
    s.actors = session.store().actors();
    s.annotations = session.annotations();
    return s;
}

Event sampleEvent(const QString &id, const QString &start)
{
    Event event;
    event.id = id;
    event.start = *Date::fromIsoString(start);
    event.title = u"Event " + id;
    event.category = u"diplomacy"_qs;
    event.participants = {{u"TUR"_qs, ParticipantRole::Initiator}, {u"RUS"_qs, ParticipantRole::Target}};
    event.sources = {{u"Publisher"_qs, {}, u"https://example.org/" + id, {}}};
    return event;
}

} // namespace

class TestSessionEdits : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Session> m_session;

    // Runs an edit and checks that undo -> redo -> undo walks between the two states exactly.
    void checkRoundTrip(const std::function<void()> &edit, const QString &expectedUndoText)
    {
        const Snapshot before = snapshot(*m_session);
        const int depth = m_session->undoStack()->count();
        edit();
        QCOMPARE(m_session->undoStack()->count(), depth + 1);
        QCOMPARE(m_session->undoStack()->undoText(), expectedUndoText);
        const Snapshot after = snapshot(*m_session);
        QVERIFY(!(after == before));
        m_session->undoStack()->undo();
        QVERIFY(snapshot(*m_session) == before);
        m_session->undoStack()->redo();
        QVERIFY(snapshot(*m_session) == after);
        m_session->undoStack()->undo();
        QVERIFY(snapshot(*m_session) == before);
        m_session->undoStack()->redo();
        m_session->finishNoteEditing();
    }

private Q_SLOTS:
    void init()
    {
        m_session = std::make_unique<Session>();
        EventStore store;
        store.addActor({u"TUR"_qs, u"Turkey"_qs, ActorKind::State, {}, {}});
        store.addActor({u"RUS"_qs, u"Russia"_qs, ActorKind::State, {}, {}});
        store.appendUnsorted(sampleEvent(u"a"_qs, u"2017-09-12"_qs));
        store.appendUnsorted(sampleEvent(u"b"_qs, u"2019-07-12"_qs));
        store.appendUnsorted(sampleEvent(u"c"_qs, u"2020-12-14"_qs));
        m_session->reset({u"Test"_qs, {}, {}}, std::move(store));
    }

    void everyCommandRoundTrips()
    {
        checkRoundTrip([&] { m_session->setNote(u"c"_qs, u"First use of CAATSA against a NATO ally"_qs); }, u"Add Note"_qs);
        checkRoundTrip([&] { m_session->setNote(u"c"_qs, u"Edited"_qs); }, u"Edit Note"_qs);
        checkRoundTrip([&] { m_session->setTags(u"a"_qs, {u"#leverage"_qs, u"s400"_qs}); }, u"Set Tags"_qs);
        checkRoundTrip([&] { m_session->setStarred(u"b"_qs, true); }, u"Star Event"_qs);
        checkRoundTrip([&] { m_session->setHighlight(u"b"_qs, u"#ffcc00"_qs); }, u"Highlight Event"_qs);
        const EventLink link{u"c"_qs, u"b"_qs, u"responds to"_qs, {}};
        checkRoundTrip([&] { m_session->addLink(link); }, u"Add Link"_qs);
        checkRoundTrip([&] { m_session->removeLink(link); }, u"Remove Link"_qs);
        EventFilter filter;
        filter.actorIds = {u"TUR"_qs};
        checkRoundTrip([&] { m_session->savePreset({u"Turkey"_qs, filter}); }, u"Save Filter Preset"_qs);
        checkRoundTrip([&] { m_session->removePreset(u"Turkey"_qs); }, u"Remove Filter Preset"_qs);
        checkRoundTrip([&] { m_session->addEvent(sampleEvent(u"d"_qs, u"2016-08-09"_qs)); }, u"Add Event"_qs);
        Event edited = sampleEvent(u"a"_qs, u"2021-01-30"_qs);
        edited.title = u"Moved to 2021"_qs;
        checkRoundTrip([&] { m_session->editEvent(u"a"_qs, edited); }, u"Edit Event"_qs);
        checkRoundTrip([&] { m_session->addOrEditActor({u"AZE"_qs, u"Azerbaijan"_qs, ActorKind::State, {}, {}}); }, u"Add Actor"_qs);
        checkRoundTrip([&] { m_session->addOrEditActor({u"TUR"_qs, u"Türkiye"_qs, ActorKind::State, {}, {}}); }, u"Edit Actor"_qs);
        checkRoundTrip([&] { m_session->deleteEvent(u"c"_qs); }, u"Delete Event"_qs);
    }

    void deletingAnEventTakesItsAnnotationsAndUndoBringsThemBack()
    {
        m_session->setNote(u"c"_qs, u"note"_qs);
        m_session->addLink({u"c"_qs, u"b"_qs, u"responds to"_qs, {}});
        m_session->deleteEvent(u"c"_qs);
        QVERIFY(m_session->annotations().annotation(u"c"_qs).isEmpty());
        QVERIFY(m_session->annotations().links().isEmpty());
        QCOMPARE(m_session->store().size(), 2);
        m_session->undoStack()->undo();
        QCOMPARE(m_session->annotations().annotation(u"c"_qs).note, u"note"_qs);
        QCOMPARE(m_session->annotations().links().size(), 1);
        QCOMPARE(m_session->store().size(), 3);
    }

    void typingANoteIsOneUndoStep()
    {
        QString typed;
        for (QChar c : u"Sochi, again"_qs) {
            typed += c;
            m_session->setNote(u"b"_qs, typed);
        }
        QCOMPARE(m_session->undoStack()->count(), 1);
        m_session->undoStack()->undo();
        QVERIFY(m_session->annotations().annotation(u"b"_qs).note.isEmpty());
    }

    void newEventsAppearInTheFilterAtOnce()
    {
        QSignalSpy filterChanged(m_session.get(), &Session::filterChanged);
        m_session->addEvent(sampleEvent(u"d"_qs, u"2016-08-09"_qs));
        QCOMPARE(filterChanged.count(), 1);
        QCOMPARE(m_session->filteredRows().size(), size_t(4));
        QCOMPARE(m_session->store().id(m_session->filteredRows()[0]), u"d"_qs);
    }

    void annotationCriteriaFilter()
    {
        m_session->setStarred(u"b"_qs, true);
        m_session->setTags(u"a"_qs, {u"leverage"_qs});
        m_session->setNote(u"c"_qs, u"x"_qs);
        EventFilter filter;
        filter.starredOnly = true;
        m_session->setFilter(filter);
        QCOMPARE(m_session->filteredRows().size(), size_t(1));
        filter = {};
        filter.annotatedOnly = true;
        m_session->setFilter(filter);
        QCOMPARE(m_session->filteredRows().size(), size_t(3));
        filter = {};
        filter.tags = {u"Leverage"_qs};
        m_session->setFilter(filter);
        QCOMPARE(m_session->filteredRows().size(), size_t(1));
        m_session->setStarred(u"a"_qs, true);  // a change to annotations refilters at once
        filter.tags.clear();
        filter.starredOnly = true;
        m_session->setFilter(filter);
        QCOMPARE(m_session->filteredRows().size(), size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestSessionEdits)
#include "tst_sessionedits.moc"
