#include "io/dataset.h"
#include "io/jsondataset.h"
#include "storage/sessionfile.h"
#include "storage/sqlitedatabase.h"
#include "syntheticdata.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace dyad;

namespace {

// Made-up test data: every field and edge the format has to carry, nothing real.
SessionContents handMadeContents()
{
    SessionContents contents;
    contents.info = {u"Test session İ ü"_qs, u"Line one\nline two"_qs, u"Made up for the test"_qs};
    EventStore &store = contents.store;
    store.addActor({u"early"_qs, u"Added before its state"_qs, ActorKind::Company, u"ZZZ"_qs, std::nullopt});
    store.addActor({u"AAA"_qs, u"State A"_qs, ActorKind::State, {}, GeoPoint{39.5, 32.25}});
    store.addActor({u"BBB"_qs, u"State B"_qs, ActorKind::State, {}, GeoPoint{-33.875, -151.125}});
    store.addActor({u"person-a"_qs, u"Person of A"_qs, ActorKind::Person, u"AAA"_qs, std::nullopt});
    store.addActor({u"ORG"_qs, u"Organisation"_qs, ActorKind::Organisation, {}, std::nullopt});
    store.addActor({u"group-1"_qs, u"Group 1"_qs, ActorKind::ArmedGroup, u"BBB"_qs, GeoPoint{0, 0}});
    store.addActor({u"ZZZ"_qs, u"State Z"_qs, ActorKind::State, {}, std::nullopt});

    const auto event = [](const char *id, Date start, const char *title) {
        Event e;
        e.id = QString::fromUtf8(id);
        e.start = start;
        e.title = QString::fromUtf8(title);
        return e;
    };
    QList<Event> events;
    Event bce = event("bce", Date::fromYmd(-44, 3, 15), "An event before the common era");
    bce.participants = {{u"AAA"_qs, ParticipantRole::Initiator}, {u"BBB"_qs, ParticipantRole::Target}};
    bce.tone = -10;
    events.append(bce);

    Event month = event("month", Date::fromYmd(2019, 7), "A month with a year as its end");
    month.end = Date::fromYmd(2020);
    month.summary = u"Summary with \"quotes\", a tab\tand emoji 🙂"_qs;
    month.category = u"diplomacy"_qs;
    month.tone = 2.5;
    month.participants = {{u"person-a"_qs, ParticipantRole::Participant}, {u"ORG"_qs, ParticipantRole::Participant},
                          {u"group-1"_qs, ParticipantRole::Target}};
    month.place = Place{u"Place without coordinates"_qs, std::nullopt};
    month.sources = {{u"Publisher one"_qs, u"First source"_qs, u"https://example.org/one"_qs, Date::fromYmd(2019, 7, 2)},
                     {u"Publisher two"_qs, {}, u"https://example.org/two"_qs, {}},
                     {u"Publisher one"_qs, u"Third, same publisher"_qs, {}, Date::fromYmd(2019)}};
    events.append(month);

    Event year = event("year", Date::fromYmd(1990), "A year");
    year.place = Place{u"İstanbul-like place"_qs, GeoPoint{41.008238, 28.978359}};
    year.tone = 10;
    year.category = u"military"_qs;
    events.append(year);

    Event range = event("range", Date::fromYmd(2019, 7, 1), "A day with a day as its end");
    range.end = Date::fromYmd(2019, 8, 31);
    range.place = Place{u"Place without coordinates"_qs, std::nullopt};
    range.category = u"diplomacy"_qs;
    range.participants = {{u"AAA"_qs, ParticipantRole::Participant}};
    events.append(range);

    Event sameDay = event("same-day", Date::fromYmd(2019, 7, 1), "Starts on the same day, added later");
    sameDay.place = Place{u"South"_qs, GeoPoint{-89.999999, 179.999999}};
    events.append(sameDay);

    events.append(event("empty", Date::fromYmd(2001, 2, 3), ""));

    for (const Event &e : std::as_const(events))
        store.appendUnsorted(e);
    store.sortByStart();

    contents.viewState = QJsonObject{
        {u"window"_qs, QJsonObject{{u"from"_qs, 2451545}, {u"to"_qs, 2459000}}},
        {u"selection"_qs, QJsonArray{u"month"_qs, u"year"_qs}},
        {u"zoom"_qs, 1.25},
        {u"layout"_qs, u"lanes by actor"_qs},
        {u"legend"_qs, true},
        {u"nothing"_qs, QJsonValue::Null},
    };
    return contents;
}

// A description of the difference, or empty when the two are the same.
QString difference(const SessionContents &a, const SessionContents &b)
{
    if (a.info != b.info)
        return u"info"_qs;
    if (a.viewState != b.viewState)
        return u"view state"_qs;
    if (a.store.actors() != b.store.actors())
        return u"actors"_qs;
    if (a.store.size() != b.store.size())
        return u"number of events"_qs;
    for (EventRow row = 0; row < EventRow(a.store.size()); ++row) {
        if (a.store.event(row) != b.store.event(row))
            return u"event at row "_qs + QString::number(row) + u" (" + a.store.id(row) + u')';
    }
    if (a.store.categories() != b.store.categories())
        return u"categories"_qs;
    return {};
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// Changes a saved file the way a hostile or broken program could.
void alter(const QString &path, std::initializer_list<const char *> statements)
{
    SqliteDatabase db;
    QCOMPARE(db.open(QFile::encodeName(path), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE), SQLITE_OK);
    for (const char *sql : statements)
        QVERIFY2(db.exec(sql) == SQLITE_OK, qPrintable(db.errorMessage() + u" in: " + QString::fromUtf8(sql)));
}

// The events table rebuilt without STRICT and without constraints: SQLite then stores
// whatever it is given, as a file made by hand could hold.
constexpr const char *loosenEvents[] = {
    "CREATE TABLE loose (rowid INTEGER PRIMARY KEY, id TEXT, start_day INTEGER, start_precision INTEGER, "
    "end_day INTEGER, end_precision INTEGER, title TEXT, summary TEXT, category TEXT, tone REAL, "
    "place_name TEXT, place_lat REAL, place_lon REAL)",
    "INSERT INTO loose SELECT * FROM events",
    "DROP TABLE events",
    "ALTER TABLE loose RENAME TO events",
};

} // namespace

class TestSessionFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SessionContents m_contents = handMadeContents();

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A valid session at `name`, ready to be altered.
    QString savedCopy(const QString &name)
    {
        const QString file = path(name);
        QFile::remove(file);
        const StorageError error = SessionFile::save(file, m_contents);
        return error.isError() ? QString() : file;
    }

    // Loads into contents that already hold something: a failed load must leave them so.
    // Returns Kind None with a message when the loader broke one of its promises.
    StorageError loadChecked(const QString &file)
    {
        SessionContents out = handMadeContents();
        out.info.title = u"untouched"_qs;
        SessionContents expected = handMadeContents();
        expected.info.title = out.info.title;
        const QByteArray before = contentsOf(file);
        const QStringList filesBefore = entries(m_dir.path());
        const StorageError error = SessionFile::load(file, out);
        if (error.isError() && !difference(out, expected).isEmpty())
            return {StorageError::None, u"the output was changed by a failed load"_qs};
        if (error.isError() && error.message.isEmpty())
            return {StorageError::None, u"an error without a message"_qs};
        if (contentsOf(file) != before || entries(m_dir.path()) != filesBefore)
            return {StorageError::None, u"the file or its folder was changed by loading it"_qs};
        return error;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QCOMPARE(m_contents.store.size(), 6);
    }

    void roundTripKeepsEverything()
    {
        const QString file = path(u"round.dyad"_qs);
        StorageError error = SessionFile::save(file, m_contents);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        SessionContents loaded;
        error = SessionFile::load(file, loaded);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        const QString different = difference(m_contents, loaded);
        QVERIFY2(different.isEmpty(), qPrintable(different));
        QCOMPARE(loaded.store.event(0).start.toIsoString(), u"-0044-03-15"_qs);
        QCOMPARE(loaded.store.stateGroup(*loaded.store.actorIndex(u"person-a")), *loaded.store.actorIndex(u"AAA"));
        QCOMPARE(loaded.store.stateGroup(*loaded.store.actorIndex(u"early")), *loaded.store.actorIndex(u"ZZZ"));
        // The same rows in the same order, ties included.
        QCOMPARE(loaded.store.id(4), u"range"_qs);
        QCOMPARE(loaded.store.id(5), u"same-day"_qs);

        // Saving over an existing session replaces it.
        SessionContents changed = handMadeContents();
        changed.info.title = u"Second version"_qs;
        QVERIFY(!SessionFile::save(file, changed).isError());
        SessionContents reloaded;
        QVERIFY(!SessionFile::load(file, reloaded).isError());
        QCOMPARE(reloaded.info.title, u"Second version"_qs);
        QCOMPARE(entries(m_dir.path()).filter(u"round"_qs), QStringList{u"round.dyad"_qs});
    }

    void emptySessionRoundTrips()
    {
        const QString file = path(u"empty-session.dyad"_qs);
        QVERIFY(!SessionFile::save(file, SessionContents()).isError());
        SessionContents loaded = handMadeContents();
        QVERIFY(!SessionFile::load(file, loaded).isError());
        QCOMPARE(loaded.store.size(), 0);
        QCOMPARE(loaded.store.actorCount(), 0);
        QVERIFY(loaded.viewState.isEmpty());
        QCOMPARE(loaded.info, DatasetInfo());
    }

    void syntheticSessionRoundTrips()
    {
        // Enough events for several batches of rows and of full-text entries.
        SessionContents contents;
        contents.info = testing::syntheticInfo();
        contents.store = testing::generateSyntheticStore({2500, 7});
        const QString file = path(u"synthetic.dyad"_qs);
        StorageError error = SessionFile::save(file, contents);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        SessionContents loaded;
        error = SessionFile::load(file, loaded);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        const QString different = difference(contents, loaded);
        QVERIFY2(different.isEmpty(), qPrintable(different));
        SqliteDatabase db;
        QCOMPARE(db.open(QFile::encodeName(file), SQLITE_OPEN_READWRITE), SQLITE_OK);
        QVERIFY2(db.exec("INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 1)") == SQLITE_OK,
                 qPrintable(db.errorMessage()));
    }

    void pathsWithCharactersThatUrisEscape()
    {
        const QString file = path(u"a #1 ?x=%20 ü.dyad"_qs);
        QVERIFY(!SessionFile::save(file, m_contents).isError());
        QVERIFY(QFile::exists(file));
        SessionContents loaded;
        const StorageError error = SessionFile::load(file, loaded);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(loaded.store.size(), m_contents.store.size());
    }

    void bundledDatasetRoundTrips()
    {
        QFile json(u":/data/bundled.json"_qs);
        QVERIFY(json.open(QIODevice::ReadOnly));
        Dataset dataset;
        QVERIFY(!JsonDataset::read(json.readAll(), dataset).isError());
        SessionContents contents;
        contents.info = dataset.info;
        fillStore(contents.store, dataset);
        const QString file = path(u"bundled.dyad"_qs);
        QVERIFY(!SessionFile::save(file, contents).isError());
        SessionContents loaded;
        QVERIFY(!SessionFile::load(file, loaded).isError());
        const QString different = difference(contents, loaded);
        QVERIFY2(different.isEmpty(), qPrintable(different));
    }

    void savedFileIsAPlainSqliteDatabase()
    {
        const QString file = savedCopy(u"plain.dyad"_qs);
        QVERIFY(!file.isEmpty());
        SqliteDatabase db;
        QCOMPARE(db.open(QFile::encodeName(file), SQLITE_OPEN_READONLY), SQLITE_OK);
        const auto integer = [&](const char *sql) {
            qint64 value = -1;
            return db.queryInt(sql, value) == SQLITE_OK ? value : -1;
        };
        QCOMPARE(integer("PRAGMA application_id"), qint64(SessionFile::applicationId));
        QCOMPARE(integer("PRAGMA user_version"), qint64(SessionFile::currentSchemaVersion));
        QCOMPARE(integer("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"), 0);
        QCOMPARE(integer("SELECT count(*) FROM pragma_foreign_key_check"), 0);
        QCOMPARE(integer("SELECT count(*) FROM events"), 6);
        QCOMPARE(integer("SELECT count(*) FROM participants"), 6);
        QCOMPARE(integer("SELECT count(*) FROM sources"), 3);
        // Dates as documented: the Julian day of the first day, and the precision.
        QCOMPARE(integer("SELECT start_day FROM events WHERE id = 'bce'"), 1705428);
        QCOMPARE(integer("SELECT start_day FROM events WHERE id = 'month'"), QDate(2019, 7, 1).toJulianDay());
        QCOMPARE(integer("SELECT start_precision FROM events WHERE id = 'month'"), 1);
        QCOMPARE(integer("SELECT end_precision FROM events WHERE id = 'month'"), 2);
        QCOMPARE(integer("SELECT count(*) FROM events WHERE tone = 2.5 AND id = 'month'"), 1);
        // Rowid order is start order: the reader relies on it to append without sorting.
        QCOMPARE(integer("SELECT count(*) FROM events a JOIN events b ON b.rowid = a.rowid + 1 "
                         "WHERE b.start_day < a.start_day"), 0);
        // The full-text index is built and finds words of titles and summaries.
        QCOMPARE(integer("SELECT count(*) FROM events_fts WHERE events_fts MATCH 'emoji'"), 1);
        QCOMPARE(integer("SELECT rowid FROM events_fts WHERE events_fts MATCH 'era'"), 1);
        db.close();
        // The index agrees with the events table it was built for.
        QCOMPARE(db.open(QFile::encodeName(file), SQLITE_OPEN_READWRITE), SQLITE_OK);
        QVERIFY2(db.exec("INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 1)") == SQLITE_OK,
                 qPrintable(db.errorMessage()));
        db.close();
        // Nothing is left beside it.
        QCOMPARE(entries(m_dir.path()).filter(u"plain"_qs), QStringList{u"plain.dyad"_qs});
    }

    void refusesWhatIsNotASession_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("text file") << QByteArray("This is a text file.\nNothing more.\n");
        QTest::newRow("empty file") << QByteArray();
        QTest::newRow("JSON") << QByteArray("{\"format\": \"dyad\", \"version\": 1}");
        QTest::newRow("SQLite magic only") << QByteArray("SQLite format 3\0", 16) + QByteArray(40, '\0');
    }

    void refusesWhatIsNotASession()
    {
        QFETCH(QByteArray, bytes);
        const QString file = path(u"not-a-session.dyad"_qs);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes);
        out.close();
        const StorageError error = loadChecked(file);
        if (bytes.startsWith("SQLite")) {
            QCOMPARE(error.kind, StorageError::Damaged);
        } else {
            QCOMPARE(error.kind, StorageError::NotADyadFile);
            QVERIFY2(error.message.contains(u"not a Dyad session"), qPrintable(error.message));
        }
    }

    void refusesAMissingFile()
    {
        SessionContents out;
        const StorageError error = SessionFile::load(path(u"no-such-file.dyad"_qs), out);
        QCOMPARE(error.kind, StorageError::NotFound);
        QVERIFY(error.message.contains(u"no-such-file.dyad"));
        QVERIFY(!QFile::exists(path(u"no-such-file.dyad"_qs)));
    }

    void refusesAnotherApplicationsDatabase()
    {
        const QString file = path(u"other.sqlite"_qs);
        alter(file, {"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"});
        const StorageError error = loadChecked(file);
        QCOMPARE(error.kind, StorageError::NotADyadFile);
        QVERIFY(error.message.contains(u"not a Dyad session"));
    }

    void refusesATruncatedSession()
    {
        const QString file = savedCopy(u"truncated.dyad"_qs);
        QVERIFY(!file.isEmpty());
        QFile cut(file);
        QVERIFY(cut.resize(cut.size() / 2));
        const StorageError error = loadChecked(file);
        QCOMPARE(error.kind, StorageError::Damaged);
        QVERIFY2(error.message.contains(u"damaged (truncated or corrupted)"), qPrintable(error.message));
    }

    void refusesAlteredSessions_data()
    {
        QTest::addColumn<QList<QByteArray>>("statements");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("mentions");
        const auto row = [](const char *name, QList<QByteArray> statements, StorageError::Kind kind, QStringList mentions) {
            QTest::newRow(name) << statements << int(kind) << mentions;
        };
        QList<QByteArray> loose;
        for (const char *sql : loosenEvents)
            loose.append(sql);

        row("wrong application_id", {"PRAGMA application_id = 1"}, StorageError::NotADyadFile, {u"not a Dyad session"_qs});
        const int current = SessionFile::currentSchemaVersion;
        row("newer schema", {"PRAGMA user_version = " + QByteArray::number(current + 1)}, StorageError::NewerVersion,
            {u"newer version of Dyad (schema %1)"_qs.arg(current + 1), u"reads up to %1"_qs.arg(current)});
        row("schema version 0", {"PRAGMA user_version = 0"}, StorageError::NotADyadFile, {u"not a Dyad session"_qs});
        row("missing table", {"DROP TABLE sources"}, StorageError::Invalid, {u"\"sources\" is missing"_qs});
        row("missing search index", {"DROP TABLE events_fts"}, StorageError::Invalid, {u"\"events_fts\" is missing"_qs});
        row("trigger", {"CREATE TRIGGER touch AFTER INSERT ON actors BEGIN DELETE FROM events; END"},
            StorageError::Invalid, {u"trigger"_qs, u"touch"_qs});
        row("view", {"CREATE VIEW everything AS SELECT * FROM events"}, StorageError::Invalid, {u"view"_qs, u"everything"_qs});
        row("extra table", {"CREATE TABLE extra (x)"}, StorageError::Invalid, {u"unexpected table"_qs, u"extra"_qs});
        row("extra column", {"ALTER TABLE events ADD COLUMN extra TEXT"}, StorageError::Invalid,
            {u"\"events\" does not have the expected columns"_qs});
        row("changed index", {"DROP INDEX events_start", "CREATE INDEX events_start ON events (start_day DESC)"},
            StorageError::Invalid, {u"events_start"_qs});
        row("changed search index", {"DROP TABLE events_fts", "CREATE VIRTUAL TABLE events_fts USING fts5(title)"},
            StorageError::Invalid, {u"events_fts"_qs});
        row("null title", loose + QList<QByteArray>{"UPDATE events SET title = NULL WHERE rowid = 2"},
            StorageError::Invalid, {u"table events, row 2, column title"_qs, u"NULL"_qs});
        row("text in a number column", loose + QList<QByteArray>{"UPDATE events SET tone = 'loud' WHERE rowid = 3"},
            StorageError::Invalid, {u"table events, row 3, column tone"_qs, u"expected a number, found text"_qs});
        row("text in a day column", loose + QList<QByteArray>{"UPDATE events SET start_day = 'soon' WHERE rowid = 1"},
            StorageError::Invalid, {u"column start_day"_qs, u"expected an integer"_qs});
        row("blob as an id", loose + QList<QByteArray>{"UPDATE events SET id = x'00ff' WHERE rowid = 1"},
            StorageError::Invalid, {u"column id"_qs, u"binary data"_qs});
        row("tone out of range", {"UPDATE events SET tone = 10.5 WHERE rowid = 1"}, StorageError::Invalid, {u"column tone"_qs});
        row("precision out of range", {"UPDATE events SET start_precision = 3 WHERE rowid = 1"}, StorageError::Invalid,
            {u"column start_precision"_qs});
        row("month not starting on its first day", {"UPDATE events SET start_day = start_day + 3 WHERE id = 'month'"},
            StorageError::Invalid, {u"column start_day"_qs, u"not the first day"_qs});
        row("end precision without an end day", {"UPDATE events SET end_precision = 0 WHERE end_day IS NULL"},
            StorageError::Invalid, {u"column end_day"_qs});
        row("latitude out of range", {"UPDATE events SET place_lat = 91 WHERE place_lat IS NOT NULL"},
            StorageError::Invalid, {u"column place_lat"_qs});
        row("coordinates without a place", {"UPDATE events SET place_name = NULL WHERE place_lat IS NOT NULL"},
            StorageError::Invalid, {u"column place_name"_qs});
        row("home longitude out of range", {"UPDATE actors SET home_lon = -181 WHERE home_lon IS NOT NULL"},
            StorageError::Invalid, {u"table actors"_qs, u"column home_lon"_qs});
        row("unknown actor kind", {"UPDATE actors SET kind = 'planet' WHERE id = 'ORG'"}, StorageError::Invalid,
            {u"unknown actor kind \"planet\""_qs});
        row("dangling participant", {"UPDATE participants SET actor_id = 'nobody' WHERE role = 'target'"},
            StorageError::Invalid, {u"table participants"_qs, u"no actor with the id \"nobody\""_qs});
        row("unknown role", {"UPDATE participants SET role = 'spectator' WHERE role = 'initiator'"},
            StorageError::Invalid, {u"unknown role \"spectator\""_qs});
        row("participant of no event", {"INSERT INTO participants VALUES (99, 0, 'AAA', 'participant')"},
            StorageError::Invalid, {u"table participants, event 99"_qs, u"no event"_qs});
        row("participant before the first event", {"INSERT INTO participants VALUES (-5, 0, 'AAA', 'participant')"},
            StorageError::Invalid, {u"table participants"_qs});
        row("source of no event", {"UPDATE sources SET event_rowid = 99 WHERE position = 2"},
            StorageError::Invalid, {u"table sources, event 99"_qs, u"no event"_qs});
        row("parts of a deleted event", {"DELETE FROM events WHERE id = 'bce'"},
            StorageError::Invalid, {u"table participants, event 1"_qs, u"no event"_qs});
        row("source date not a date", {"UPDATE sources SET date_precision = 7 WHERE date_day IS NOT NULL"},
            StorageError::Invalid, {u"table sources"_qs, u"column date_precision"_qs});
        row("view state not JSON", {"UPDATE view_state SET json = '{oops' WHERE key = 'window'"},
            StorageError::Invalid, {u"table view_state"_qs, u"not a JSON value"_qs});
        row("two JSON values", {"UPDATE view_state SET json = '1, 2' WHERE key = 'zoom'"},
            StorageError::Invalid, {u"not a JSON value"_qs});
        row("category list not a list", {"UPDATE metadata SET value = '{\"a\": 1}' WHERE key = 'categories'"},
            StorageError::Invalid, {u"table metadata"_qs, u"not a list of category names"_qs});
        row("metadata not text", {"CREATE TABLE loose (key TEXT, value TEXT)", "INSERT INTO loose SELECT * FROM metadata",
                                  "DROP TABLE metadata", "ALTER TABLE loose RENAME TO metadata",
                                  "UPDATE metadata SET value = x'01' WHERE key = 'title'"},
            StorageError::Invalid, {u"table metadata"_qs, u"column value"_qs, u"binary data"_qs});
        // 17,000,000 characters: over the 16 MB that the reader accepts for one value.
        row("huge string", {"UPDATE events SET summary = hex(zeroblob(8500000)) WHERE rowid = 2"},
            StorageError::Invalid, {u"larger than Dyad accepts"_qs});
    }

    void refusesAlteredSessions()
    {
        QFETCH(QList<QByteArray>, statements);
        QFETCH(int, kind);
        QFETCH(QStringList, mentions);
        const QString file = savedCopy(u"altered.dyad"_qs);
        QVERIFY(!file.isEmpty());
        {
            SqliteDatabase db;
            QCOMPARE(db.open(QFile::encodeName(file), SQLITE_OPEN_READWRITE), SQLITE_OK);
            for (const QByteArray &sql : std::as_const(statements))
                QVERIFY2(db.exec(sql.constData()) == SQLITE_OK, qPrintable(db.errorMessage()));
        }
        const StorageError error = loadChecked(file);
        QCOMPARE(int(error.kind), kind);
        for (const QString &mention : std::as_const(mentions))
            QVERIFY2(error.message.contains(mention), qPrintable(error.message + u" lacks: " + mention));
    }

    void acceptsAFileNotInStartOrder()
    {
        // Dyad writes rows in start order; another tool may not. The reader sorts then.
        const QString file = savedCopy(u"unordered.dyad"_qs);
        QVERIFY(!file.isEmpty());
        alter(file, {"UPDATE events SET start_day = start_day + 1000000 WHERE id = 'bce'"});
        SessionContents loaded;
        const StorageError error = SessionFile::load(file, loaded);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(loaded.store.id(EventRow(loaded.store.size() - 1)), u"bce"_qs);
        QCOMPARE(loaded.store.event(EventRow(loaded.store.size() - 1)).participants,
                 (QList<Participant>{{u"AAA"_qs, ParticipantRole::Initiator}, {u"BBB"_qs, ParticipantRole::Target}}));
        for (EventRow row = 1; row < EventRow(loaded.store.size()); ++row)
            QVERIFY(loaded.store.startDay(row - 1) <= loaded.store.startDay(row));
    }

    void survivesDamagedBytes()
    {
        // Overwrite a few bytes at random places, many times: the reader must refuse or
        // read, never crash, never change its output on refusal and never touch the file.
        const QString original = savedCopy(u"damaged-original.dyad"_qs);
        QVERIFY(!original.isEmpty());
        const QByteArray bytes = contentsOf(original);
        QRandomGenerator random(1234);
        const QString file = path(u"damaged.dyad"_qs);
        for (int round = 0; round < 60; ++round) {
            QByteArray damaged = bytes;
            for (int i = 0; i < 8; ++i)
                damaged[qsizetype(random.bounded(quint32(damaged.size())))] = char(random.bounded(256));
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(damaged);
            out.close();
            const StorageError error = loadChecked(file);
            QVERIFY2(error.kind != StorageError::None || error.message.isEmpty(), qPrintable(error.message));
            QVERIFY(error.kind != StorageError::NotFound && error.kind != StorageError::WriteFailed);
        }
    }

    void failedSaveLeavesThePreviousFile()
    {
        const QString file = savedCopy(u"previous.dyad"_qs);
        QVERIFY(!file.isEmpty());
        const QByteArray before = contentsOf(file);
        SessionContents changed = handMadeContents();
        changed.info.title = u"Never written"_qs;

        QStringList stages;
        SaveOptions discover;
        discover.failureInjection = [&](QStringView stage) {
            stages.append(stage.toString());
            return false;
        };
        QVERIFY(!SessionFile::save(path(u"discover.dyad"_qs), changed, discover).isError());
        for (const char *expected : {"create", "events", "participants", "sources", "indexes", "search-index", "commit", "replace"})
            QVERIFY2(stages.contains(QString::fromLatin1(expected)), expected);

        const QStringList filesBefore = entries(m_dir.path());
        for (const QString &failing : std::as_const(stages)) {
            SaveOptions options;
            options.failureInjection = [&](QStringView stage) { return stage == failing; };
            const StorageError error = SessionFile::save(file, changed, options);
            QCOMPARE(error.kind, StorageError::WriteFailed);
            QVERIFY2(error.message.contains(failing), qPrintable(error.message));
            QVERIFY2(contentsOf(file) == before, qPrintable(failing));
            QCOMPARE(entries(m_dir.path()), filesBefore);
        }
        // A failed first save leaves no file at all.
        SaveOptions failEvents;
        failEvents.failureInjection = [](QStringView stage) { return stage == u"events"; };
        QCOMPARE(SessionFile::save(path(u"never.dyad"_qs), changed, failEvents).kind, StorageError::WriteFailed);
        QCOMPARE(entries(m_dir.path()), filesBefore);
    }

    void cancelledSaveLeavesThePreviousFile()
    {
        const QString file = savedCopy(u"cancel.dyad"_qs);
        QVERIFY(!file.isEmpty());
        const QByteArray before = contentsOf(file);
        const QStringList filesBefore = entries(m_dir.path());

        QList<int> reported;
        SaveOptions watch;
        watch.progress = [&](int percent) {
            reported.append(percent);
            return true;
        };
        QVERIFY(!SessionFile::save(path(u"progress.dyad"_qs), m_contents, watch).isError());
        QVERIFY(!reported.isEmpty());
        QVERIFY(std::is_sorted(reported.begin(), reported.end()));
        QCOMPARE(reported.first(), 0);
        QCOMPARE(reported.last(), 100);
        QFile::remove(path(u"progress.dyad"_qs));

        for (int cancelAt : {0, 50, 96}) {
            SaveOptions options;
            options.progress = [&](int percent) { return percent < cancelAt; };
            const StorageError error = SessionFile::save(file, handMadeContents(), options);
            QCOMPARE(error.kind, StorageError::Cancelled);
            QVERIFY(!error.message.isEmpty());
            QCOMPARE(contentsOf(file), before);
            QCOMPARE(entries(m_dir.path()), filesBefore);
        }
    }

    void refusesToSaveWhatItCouldNotRead()
    {
        const QString file = savedCopy(u"kept.dyad"_qs);
        const QByteArray before = contentsOf(file);

        SessionContents duplicate = handMadeContents();
        Event copy = duplicate.store.event(0);
        copy.start = Date::fromYmd(2020, 1, 1);
        duplicate.store.insert(copy);
        StorageError error = SessionFile::save(file, duplicate);
        QCOMPARE(error.kind, StorageError::Invalid);
        QVERIFY2(error.message.contains(u"\"bce\""), qPrintable(error.message));

        SessionContents farAway = handMadeContents();
        farAway.store.addActor({u"moon"_qs, u"Moon"_qs, ActorKind::Other, {}, GeoPoint{95, 0}});
        error = SessionFile::save(file, farAway);
        QCOMPARE(error.kind, StorageError::Invalid);
        QVERIFY2(error.message.contains(u"moon"), qPrintable(error.message));

        QCOMPARE(contentsOf(file), before);
        QCOMPARE(entries(m_dir.path()).filter(u"kept"_qs), QStringList{u"kept.dyad"_qs});
    }

    void saveKeepsPermissionsAndSymbolicLinks()
    {
        const QString target = savedCopy(u"target.dyad"_qs);
        QVERIFY(!target.isEmpty());
        QVERIFY(QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        const auto permissions = QFileInfo(target).permissions();
        const QString link = path(u"link.dyad"_qs);
        QVERIFY(QFile::link(target, link));

        SessionContents changed = handMadeContents();
        changed.info.title = u"Through the link"_qs;
        QVERIFY(!SessionFile::save(link, changed).isError());
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(QFileInfo(target).permissions(), permissions);
        SessionContents loaded;
        QVERIFY(!SessionFile::load(target, loaded).isError());
        QCOMPARE(loaded.info.title, u"Through the link"_qs);
    }

    void refusesToSaveIntoAMissingFolder()
    {
        const StorageError error = SessionFile::save(path(u"no-such-folder/x.dyad"_qs), m_contents);
        QCOMPARE(error.kind, StorageError::WriteFailed);
        QVERIFY(!error.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSessionFile)
#include "tst_sessionfile.moc"
