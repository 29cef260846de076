// Crafted bad session files, committed under tests/data/storage/hostile/: each must be
// refused with its own clear message, never crash, and stay byte-identical on disk.
//
// The files are made once from the table below (see the folder's README.md):
//   DYAD_REGENERATE_HOSTILE=1 build/tests/tst_hostilesessions regenerate
// then committed. Without the variable, `regenerate` is skipped and the committed files are
// what the other tests read.
#include "storage/sessionfile.h"
#include "storage/sqlitedatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace dyad;

namespace {

const QString hostileDir = QStringLiteral(DYAD_TEST_DATA_DIR "/storage/hostile");

// The events table rebuilt without STRICT and without NOT NULL: SQLite then stores whatever
// it is given, as a file made by hand could hold.
const QList<QByteArray> loosenEvents = {
    "CREATE TABLE loose (rowid INTEGER PRIMARY KEY, id TEXT, start_day INTEGER, start_precision INTEGER, "
    "end_day INTEGER, end_precision INTEGER, title TEXT, summary TEXT, category TEXT, tone REAL, "
    "place_name TEXT, place_lat REAL, place_lon REAL)",
    "INSERT INTO loose SELECT * FROM events",
    "DROP TABLE events",
    "ALTER TABLE loose RENAME TO events",
};

struct HostileCase
{
    QString file;
    enum class Make { Bytes, Alter, Truncate } make = Make::Alter;
    QByteArray bytes;                // Make::Bytes: the whole file
    QList<QByteArray> statements;    // Make::Alter: run on a valid session
    StorageError::Kind kind = StorageError::Invalid;
    QStringList mentions;            // fragments the message must contain
};

QList<HostileCase> hostileCases()
{
    using Make = HostileCase::Make;
    const QByteArray newer = QByteArray::number(SessionFile::currentSchemaVersion + 1);
    return {
        {u"not-sqlite.dyad"_qs, Make::Bytes, "This is a text file.\nNothing more.\n", {}, StorageError::NotADyadFile,
         {u"not a Dyad session"_qs}},
        {u"empty.dyad"_qs, Make::Bytes, "", {}, StorageError::NotADyadFile, {u"not a Dyad session"_qs}},
        {u"sqlite-magic-only.dyad"_qs, Make::Bytes, QByteArray("SQLite format 3\0", 16) + QByteArray(84, '\0'), {},
         StorageError::Damaged, {u"damaged"_qs}},
        {u"truncated.dyad"_qs, Make::Truncate, {}, {}, StorageError::Damaged, {u"damaged (truncated or corrupted)"_qs}},
        {u"wrong-application-id.dyad"_qs, Make::Alter, {}, {"PRAGMA application_id = 1"}, StorageError::NotADyadFile,
         {u"not a Dyad session"_qs}},
        {u"newer-schema.dyad"_qs, Make::Alter, {}, {"PRAGMA user_version = " + newer}, StorageError::NewerVersion,
         {u"newer version of Dyad (schema %1)"_qs.arg(QString::fromLatin1(newer))}},
        {u"schema-version-0.dyad"_qs, Make::Alter, {}, {"PRAGMA user_version = 0"}, StorageError::NotADyadFile,
         {u"not a Dyad session"_qs}},
        {u"missing-table.dyad"_qs, Make::Alter, {}, {"DROP TABLE sources"}, StorageError::Invalid,
         {u"\"sources\" is missing"_qs}},
        {u"missing-links-table.dyad"_qs, Make::Alter, {}, {"DROP TABLE links"}, StorageError::Invalid,
         {u"\"links\" is missing"_qs}},
        {u"trigger-added.dyad"_qs, Make::Alter, {}, {"CREATE TRIGGER touch AFTER INSERT ON actors BEGIN DELETE FROM events; END"},
         StorageError::Invalid, {u"trigger"_qs, u"touch"_qs}},
        {u"view-added.dyad"_qs, Make::Alter, {}, {"CREATE VIEW everything AS SELECT * FROM events"}, StorageError::Invalid,
         {u"view"_qs, u"everything"_qs}},
        {u"extra-table.dyad"_qs, Make::Alter, {}, {"CREATE TABLE extra (x)"}, StorageError::Invalid,
         {u"unexpected table"_qs, u"extra"_qs}},
        {u"extra-column.dyad"_qs, Make::Alter, {}, {"ALTER TABLE events ADD COLUMN extra TEXT"}, StorageError::Invalid,
         {u"\"events\" does not have the expected columns"_qs}},
        {u"wrong-column-type.dyad"_qs, Make::Alter, {}, loosenEvents + QList<QByteArray>{"UPDATE events SET tone = 'loud' WHERE rowid = 2"},
         StorageError::Invalid, {u"table events, row 2, column tone"_qs, u"expected a number, found text"_qs}},
        {u"null-title.dyad"_qs, Make::Alter, {}, loosenEvents + QList<QByteArray>{"UPDATE events SET title = NULL WHERE rowid = 1"},
         StorageError::Invalid, {u"table events, row 1, column title"_qs, u"NULL"_qs}},
        {u"binary-id.dyad"_qs, Make::Alter, {}, loosenEvents + QList<QByteArray>{"UPDATE events SET id = x'00ff' WHERE rowid = 1"},
         StorageError::Invalid, {u"column id"_qs, u"binary data"_qs}},
        {u"dangling-participant.dyad"_qs, Make::Alter, {}, {"UPDATE participants SET actor_id = 'nobody' WHERE role = 'target'"},
         StorageError::Invalid, {u"table participants"_qs, u"no actor with the id \"nobody\""_qs}},
        {u"participant-of-no-event.dyad"_qs, Make::Alter, {}, {"INSERT INTO participants VALUES (99, 0, 'AAA', 'participant')"},
         StorageError::Invalid, {u"table participants, event 99"_qs, u"no event"_qs}},
        {u"source-of-no-event.dyad"_qs, Make::Alter, {}, {"UPDATE sources SET event_rowid = 99 WHERE event_rowid = 1"}, StorageError::Invalid,
         {u"table sources, event 99"_qs, u"no event"_qs}},
        {u"tone-out-of-range.dyad"_qs, Make::Alter, {}, {"UPDATE events SET tone = 10.5 WHERE rowid = 1"},
         StorageError::Invalid, {u"column tone"_qs}},
        {u"unknown-actor-kind.dyad"_qs, Make::Alter, {}, {"UPDATE actors SET kind = 'planet' WHERE id = 'BBB'"},
         StorageError::Invalid, {u"unknown actor kind \"planet\""_qs}},
        {u"tags-not-a-list.dyad"_qs, Make::Alter, {}, {"UPDATE annotations SET tags = '{oops'"}, StorageError::Invalid,
         {u"table annotations"_qs, u"not a list of tags"_qs}},
        {u"highlight-not-a-colour.dyad"_qs, Make::Alter, {}, {"UPDATE annotations SET highlight = 'javascript:alert(1)'"},
         StorageError::Invalid, {u"table annotations"_qs, u"not a colour"_qs}},
        {u"preset-not-a-filter.dyad"_qs, Make::Alter, {}, {"UPDATE filter_presets SET filter = '[1, 2]'"},
         StorageError::Invalid, {u"table filter_presets"_qs, u"not a filter"_qs}},
        {u"view-state-not-json.dyad"_qs, Make::Alter, {}, {"UPDATE view_state SET json = '{oops'"}, StorageError::Invalid,
         {u"table view_state"_qs, u"not a JSON value"_qs}},
    };
}

// A small valid session: two states, two events with parts, and every kind of annotation.
SessionContents validContents()
{
    SessionContents contents;
    contents.info = {u"Hostile file base"_qs, u"Made up for the tests"_qs, {}};
    EventStore &store = contents.store;
    store.addActor({u"AAA"_qs, u"State A"_qs, ActorKind::State, {}, GeoPoint{39.5, 32.25}});
    store.addActor({u"BBB"_qs, u"State B"_qs, ActorKind::State, {}, std::nullopt});
    Event first;
    first.id = u"first"_qs;
    first.start = Date::fromYmd(2019, 7, 12);
    first.title = u"First event"_qs;
    first.category = u"arms"_qs;
    first.tone = 1;
    first.participants = {{u"AAA"_qs, ParticipantRole::Initiator}, {u"BBB"_qs, ParticipantRole::Target}};
    first.sources = {{u"Publisher"_qs, u"A source"_qs, u"https://example.org/a"_qs, {}}};
    Event second = first;
    second.id = u"second"_qs;
    second.start = Date::fromYmd(2020, 12, 14);
    second.title = u"Second event"_qs;
    second.category = u"sanctions"_qs;
    second.tone = -5;
    store.appendUnsorted(first);
    store.appendUnsorted(second);
    store.sortByStart();
    contents.annotations.setAnnotation(u"second"_qs, {u"A note"_qs, {u"leverage"_qs}, u"#ffcc00"_qs, true});
    contents.annotations.addLink({u"second"_qs, u"first"_qs, u"responds to"_qs, {}});
    EventFilter filter;
    filter.starredOnly = true;
    contents.annotations.setPreset({u"Starred"_qs, filter});
    contents.viewState = QJsonObject{{u"window"_qs, QJsonObject{{u"firstDay"_qs, 2458000}, {u"lastDay"_qs, 2459300}}}};
    return contents;
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList folderEntries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Runs the statements, then rewrites the file with 1 KB pages so it stays a few KB.
QString alter(const QString &path, const QList<QByteArray> &statements)
{
    SqliteDatabase db;
    if (db.open(QFile::encodeName(path), SQLITE_OPEN_READWRITE) != SQLITE_OK)
        return db.errorMessage();
    for (const QByteArray &sql : statements + QList<QByteArray>{"PRAGMA page_size = 1024", "VACUUM"}) {
        if (db.exec(sql.constData()) != SQLITE_OK)
            return db.errorMessage() + u" in: " + QString::fromUtf8(sql);
    }
    return {};
}

} // namespace

class TestHostileSessions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void regenerate()
    {
        if (qEnvironmentVariableIsEmpty("DYAD_REGENERATE_HOSTILE"))
            QSKIP("Set DYAD_REGENERATE_HOSTILE=1 to write the files in tests/data/storage/hostile again.");
        QVERIFY(QDir().mkpath(hostileDir));
        QTemporaryDir work;
        const QString base = work.filePath(u"base.dyad"_qs);
        const StorageError saved = SessionFile::save(base, validContents());
        QVERIFY2(!saved.isError(), qPrintable(saved.message));
        QVERIFY(alter(base, {}).isEmpty());
        for (const HostileCase &c : hostileCases()) {
            const QString target = QDir(hostileDir).filePath(c.file);
            QFile::remove(target);
            switch (c.make) {
            case HostileCase::Make::Bytes:
                QVERIFY(writeBytes(target, c.bytes));
                break;
            case HostileCase::Make::Truncate: {
                const QByteArray whole = contentsOf(base);
                QVERIFY(writeBytes(target, whole.left(whole.size() / 2)));
                break;
            }
            case HostileCase::Make::Alter: {
                QVERIFY(QFile::copy(base, target));
                const QString problem = alter(target, c.statements);
                QVERIFY2(problem.isEmpty(), qPrintable(c.file + u": " + problem));
                break;
            }
            }
        }
    }

    void theFolderHoldsExactlyTheListedFiles()
    {
        QStringList listed;
        for (const HostileCase &c : hostileCases())
            listed.append(c.file);
        listed.sort();
        const QStringList present = QDir(hostileDir).entryList({u"*.dyad"_qs}, QDir::Files, QDir::Name);
        QCOMPARE(present, listed);
        QVERIFY(present.size() >= 15);
        for (const QString &name : present)
            QVERIFY2(QFileInfo(QDir(hostileDir).filePath(name)).size() < 100 * 1024, qPrintable(name));
    }

    void eachFileIsRefusedClearly_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("mentions");
        for (const HostileCase &c : hostileCases())
            QTest::newRow(qPrintable(c.file)) << c.file << int(c.kind) << c.mentions;
    }

    void eachFileIsRefusedClearly()
    {
        QFETCH(QString, file);
        QFETCH(int, kind);
        QFETCH(QStringList, mentions);
        const QString path = QDir(hostileDir).filePath(file);
        const QByteArray before = contentsOf(path);
        QVERIFY(QFile::exists(path));
        const QStringList entriesBefore = folderEntries(hostileDir);

        SessionContents out = validContents();
        out.info.title = u"untouched"_qs;
        const StorageError error = SessionFile::load(path, out);

        QCOMPARE(int(error.kind), kind);
        for (const QString &mention : std::as_const(mentions))
            QVERIFY2(error.message.contains(mention), qPrintable(error.message + u" lacks: " + mention));
        // A refused file changes nothing: not the output, not the file, not its folder.
        QCOMPARE(out.info.title, u"untouched"_qs);
        QCOMPARE(out.store.size(), qsizetype(2));
        QCOMPARE(contentsOf(path), before);
        QCOMPARE(folderEntries(hostileDir), entriesBefore);
    }

    void theBaseTheFilesWereMadeFromLoads()
    {
        // The cases differ from a valid session only by what they break.
        QTemporaryDir work;
        const QString base = work.filePath(u"base.dyad"_qs);
        QVERIFY(!SessionFile::save(base, validContents()).isError());
        QVERIFY(alter(base, {}).isEmpty());
        SessionContents loaded;
        const StorageError error = SessionFile::load(base, loaded);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(loaded.annotations, validContents().annotations);
    }

    void aLinkToAnUnknownEventIsKept()
    {
        // Not hostile: annotations are the user's layer, kept by event id even while the event
        // is not in the data (a later import may bring it back). Views skip such links.
        QTemporaryDir work;
        const QString file = work.filePath(u"orphan-link.dyad"_qs);
        SessionContents contents = validContents();
        contents.annotations.addLink({u"first"_qs, u"no-such-event"_qs, u"leads to"_qs, {}});
        QVERIFY(!SessionFile::save(file, contents).isError());
        SessionContents loaded;
        const StorageError error = SessionFile::load(file, loaded);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(loaded.annotations.links().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestHostileSessions)
#include "tst_hostilesessions.moc"
