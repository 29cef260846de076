// Saves that write only what changed: SessionFile::update() into a file that save() wrote,
// read back exactly as a whole save of the same contents would be.
#include "storage/sessionfile.h"
#include "storage/sqlitedatabase.h"
#include "syntheticdata.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace dyad;
using dyad::testing::eventsById;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qint64 queryInt(const QString &path, const char *sql)
{
    SqliteDatabase db;
    qint64 value = -1;
    if (db.open(QFile::encodeName(path), SQLITE_OPEN_READONLY) == SQLITE_OK)
        db.queryInt(sql, value);
    return value;
}

QByteArray integrityCheck(const QString &path)
{
    SqliteDatabase db;
    if (db.open(QFile::encodeName(path), SQLITE_OPEN_READWRITE) != SQLITE_OK)
        return "cannot open";
    SqliteStatement check(db, "PRAGMA integrity_check");
    const QByteArray result = check.step() == SQLITE_ROW ? check.columnText(0).toByteArray() : "no result";
    // The external-content search index must agree with the events it indexes.
    if (db.exec("INSERT INTO events_fts (events_fts) VALUES ('integrity-check')") != SQLITE_OK)
        return "search index: " + db.errorMessage().toUtf8();
    return result;
}

// The changes a user makes in one sitting: an event edited, one deleted, one added, an actor
// added, a star, a note removed, a link and a preset, a new title and view state.
struct Edits
{
    SessionContents expected;  // what the file must read as after the update
    SessionUpdate update;
};

Edits makeEdits(const SessionContents &saved)
{
    Edits edits;
    SessionContents &expected = edits.expected;
    expected.info = saved.info;
    expected.info.title = u"Renamed session"_qs;
    expected.store = saved.store;
    expected.annotations = saved.annotations;
    expected.viewState = {{u"timeline"_qs, QJsonObject{{u"zoom"_qs, 2.5}}}};
    EventStore &store = expected.store;

    const EventKey edited = store.key(5);
    Event edit = store.event(5);
    edit.title = u"Edited title"_qs;
    edit.summary = u"An edited summary with words to index"_qs;
    edit.participants.removeLast();
    edit.sources.append({u"Publisher"_qs, u"Added source"_qs, u"https://example.org/added"_qs, Date::fromYmd(2020, 1, 2)});
    store.replace(edited, edit);

    const EventKey removed = store.key(9);
    const QString removedId = store.id(9);
    store.remove(removed);

    store.addActor({u"NEW"_qs, u"A new actor"_qs, ActorKind::Organisation, {}, std::nullopt});
    Event added = store.event(0);
    added.id = u"added-event"_qs;
    added.start = Date::fromYmd(1990, 3);
    added.participants.append({u"NEW"_qs, ParticipantRole::Target});
    added.place = Place{u"Somewhere"_qs, GeoPoint{12.5, -7.25}};
    const EventKey addedKey = store.insert(added);

    const QString starredId = store.id(store.rowOfKey(edited));
    EventAnnotation star;
    star.starred = true;
    expected.annotations.setAnnotation(starredId, star);
    const QString unnotedId = saved.annotations.annotations().keys().value(0);
    expected.annotations.setAnnotation(unnotedId, {});
    expected.annotations.addLink({starredId, u"added-event"_qs, u"responds to"_qs, u"note"_qs});
    expected.annotations.setPreset({u"Only starred"_qs, EventFilter{}});

    SessionUpdate &update = edits.update;
    update.expectedRevision = saved.layout.revision;
    update.info = expected.info;
    update.categories = store.categories();
    update.viewState = expected.viewState;
    update.actors = store.actors();
    update.events = {{edited, edit}, {removed, std::nullopt}, {addedKey, added}};
    update.annotations = {{starredId, star}, {unnotedId, {}}};
    update.links = expected.annotations.links();
    update.presets = expected.annotations.presets();
    Q_UNUSED(removedId);
    return edits;
}

} // namespace

class TestSessionUpdate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SessionContents m_saved;  // as loaded from m_path
    QString m_path;

private Q_SLOTS:
    void init()
    {
        SessionContents contents;
        contents.info = testing::syntheticInfo();
        contents.store = testing::generateSyntheticStore({300, 4});
        contents.annotations.setAnnotation(contents.store.id(3), {u"A note"_qs, {u"tag"_qs}, u"#112233"_qs, false});
        contents.annotations.setAnnotation(contents.store.id(4), {u"Another note"_qs, {}, {}, true});
        m_path = m_dir.filePath(u"session.dyad"_qs);
        QFile::remove(m_path);
        FileLayout written;
        QVERIFY(!SessionFile::save(m_path, contents, {}, &written).isError());
        QVERIFY(written.isValid());
        m_saved = {};
        const StorageError loaded = SessionFile::load(m_path, m_saved);
        QVERIFY2(!loaded.isError(), qPrintable(loaded.message));
        QCOMPARE(m_saved.layout.revision, written.revision);
        QCOMPARE(m_saved.layout.schemaVersion, SessionFile::currentSchemaVersion);
        QCOMPARE(qsizetype(m_saved.layout.eventRowids.size()), m_saved.store.keyCapacity());
    }

    void anUpdateReadsBackAsTheEditedSession()
    {
        Edits edits = makeEdits(m_saved);
        FileLayout layout = m_saved.layout;
        const StorageError error = SessionFile::update(m_path, edits.update, layout);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QVERIFY(layout.revision != m_saved.layout.revision);

        SessionContents reread;
        const StorageError loaded = SessionFile::load(m_path, reread);
        QVERIFY2(!loaded.isError(), qPrintable(loaded.message));
        QCOMPARE(reread.info.title, u"Renamed session"_qs);
        QCOMPARE(reread.viewState, edits.expected.viewState);
        QCOMPARE(reread.store.actors(), edits.expected.store.actors());
        QCOMPARE(reread.store.size(), edits.expected.store.size());
        QCOMPARE(eventsById(reread.store), eventsById(edits.expected.store));
        QCOMPARE(reread.annotations, edits.expected.annotations);
        QCOMPARE(reread.layout.revision, layout.revision);
        QCOMPARE(integrityCheck(m_path), QByteArray("ok"));
        QCOMPARE(queryInt(m_path, "SELECT count(*) FROM saves"), 2);
        QCOMPARE(queryInt(m_path, "SELECT events_written FROM saves WHERE kind = 'changes'"), 2);
        QCOMPARE(queryInt(m_path, "SELECT events_removed FROM saves WHERE kind = 'changes'"), 1);
        QCOMPARE(queryInt(m_path, "SELECT count(*) FROM events_fts WHERE events_fts MATCH 'edited'"), 1);
        QVERIFY(!QFile::exists(m_path + u"-journal"));
    }

    // Layouts from the reader and from the writer agree, so an update can follow either.
    void updatesFollowOneAnother()
    {
        Edits edits = makeEdits(m_saved);
        FileLayout layout = m_saved.layout;
        QVERIFY(!SessionFile::update(m_path, edits.update, layout).isError());

        SessionUpdate again = edits.update;
        again.expectedRevision = layout.revision;
        const EventKey addedKey = again.events.back().key;
        again.events = {{addedKey, std::nullopt}};  // the added event goes again
        again.annotations.clear();
        again.links.reset();
        again.presets.reset();
        QVERIFY(!SessionFile::update(m_path, again, layout).isError());
        SessionContents reread;
        QVERIFY(!SessionFile::load(m_path, reread).isError());
        QVERIFY(!reread.store.keyOfId(u"added-event"));
        QCOMPARE(reread.store.size(), edits.expected.store.size() - 1);
        QCOMPARE(reread.annotations, edits.expected.annotations);  // untouched by the second save
        QCOMPARE(integrityCheck(m_path), QByteArray("ok"));
    }

    // Someone else saved the file since it was opened: nothing is written.
    void aFileAtAnotherRevisionIsLeftAlone()
    {
        FileLayout mine = m_saved.layout;
        FileLayout theirs = m_saved.layout;
        Edits edits = makeEdits(m_saved);
        QVERIFY(!SessionFile::update(m_path, edits.update, theirs).isError());
        const QByteArray before = fileBytes(m_path);
        const StorageError error = SessionFile::update(m_path, edits.update, mine);
        QCOMPARE(error.kind, StorageError::Outdated);
        QCOMPARE(fileBytes(m_path), before);
        QCOMPARE(mine.revision, m_saved.layout.revision);
    }

    void aFailedUpdateLeavesThePreviousFile()
    {
        const QByteArray before = fileBytes(m_path);
        Edits edits = makeEdits(m_saved);
        FileLayout layout = m_saved.layout;
        SaveOptions options;
        options.failureInjection = [](QStringView stage) { return stage == u"commit"; };
        QCOMPARE(SessionFile::update(m_path, edits.update, layout, options).kind, StorageError::WriteFailed);
        QCOMPARE(fileBytes(m_path), before);
        QVERIFY(!QFile::exists(m_path + u"-journal"));
        QCOMPARE(layout.revision, m_saved.layout.revision);
        QCOMPARE(layout.eventRowids, m_saved.layout.eventRowids);

        SaveOptions cancelling;
        cancelling.progress = [](int) { return false; };
        QCOMPARE(SessionFile::update(m_path, edits.update, layout, cancelling).kind, StorageError::Cancelled);
        QCOMPARE(fileBytes(m_path), before);
    }

    void aReplacedFileIsNotUpdated()
    {
        Edits edits = makeEdits(m_saved);
        FileLayout layout = m_saved.layout;
        QVERIFY(QFile::remove(m_path));
        QCOMPARE(SessionFile::update(m_path, edits.update, layout).kind, StorageError::Outdated);
        QVERIFY(!QFile::exists(m_path));
    }
};

QTEST_GUILESS_MAIN(TestSessionUpdate)
#include "tst_sessionupdate.moc"
