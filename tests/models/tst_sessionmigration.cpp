// Schema evolution: version 1 files (no annotations) and version 2 files (no save log, no
// revision) open and are saved as version 3, and the annotations round-trip exactly.
#include "session/session.h"
#include "storage/sessionfile.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace dyad;

namespace {

int userVersion(const QString &path)
{
    sqlite3 *db = nullptr;
    int version = -1;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
            version = sqlite3_column_int(statement, 0);
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return version;
}

AnnotationSet sampleAnnotations()
{
    AnnotationSet set;
    set.setAnnotation(u"2020-12-14-caatsa"_qs, {u"First use of CAATSA against a NATO ally\nsecond line"_qs, {u"leverage"_qs, u"s400"_qs}, u"#f2c500"_qs, true});
    set.setAnnotation(u"2020-12-29-sochi"_qs, {{}, {}, {}, true});
    set.addLink({u"2020-12-14-caatsa"_qs, u"2019-07-12-s400"_qs, u"responds to"_qs, u"months later"_qs});
    set.addLink({u"a"_qs, u"b"_qs, u"my own word"_qs, {}});
    EventFilter filter;
    filter.actorIds = {u"TUR"_qs, u"RUS"_qs};
    filter.actorMatch = EventFilter::ActorMatch::AllOf;
    filter.starredOnly = true;
    set.setPreset({u"Bilateral, starred"_qs, filter});
    return set;
}

} // namespace

class TestSessionMigration : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void versionOneFileOpensWithItsDataAndNoAnnotations()
    {
        const QString fixture = QStringLiteral(DYAD_TEST_DATA_DIR "/storage/v1-bundled.dyad");
        QCOMPARE(userVersion(fixture), 1);
        SessionContents contents;
        const StorageError error = SessionFile::load(fixture, contents);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(contents.store.size(), 51);
        QVERIFY(contents.annotations.isEmpty());
        QCOMPARE(contents.viewState[u"filter"].toObject()[u"actors"].toArray().first().toString(), u"TUR"_qs);

        Session bundled;
        QVERIFY(!bundled.loadBundledDataset().isError());
        for (EventRow row = 0; row < EventRow(bundled.store().size()); ++row)
            QCOMPARE(contents.store.event(row), bundled.store().event(row));
    }

    void versionOneIsSavedForwardAsTheCurrentVersion()
    {
        SessionContents contents;
        QVERIFY(!SessionFile::load(QStringLiteral(DYAD_TEST_DATA_DIR "/storage/v1-bundled.dyad"), contents).isError());
        contents.annotations = sampleAnnotations();
        const QString path = m_dir.filePath(u"migrated.dyad"_qs);
        QVERIFY(!SessionFile::save(path, contents).isError());
        QCOMPARE(userVersion(path), SessionFile::currentSchemaVersion);
        QCOMPARE(SessionFile::currentSchemaVersion, 3);

        SessionContents reread;
        const StorageError error = SessionFile::load(path, reread);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(reread.annotations, sampleAnnotations());
        QCOMPARE(reread.store.size(), contents.store.size());
    }

    // A version 2 file opens with its annotations; it cannot be updated in place (it has no
    // revision to check), so its first save writes it whole, as version 3 with a save log.
    void versionTwoFileIsSavedForwardWhole()
    {
        const QString fixture = QStringLiteral(DYAD_TEST_DATA_DIR "/storage/v2-annotated.dyad");
        QCOMPARE(userVersion(fixture), 2);
        SessionContents contents;
        const StorageError error = SessionFile::load(fixture, contents);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(contents.store.size(), 51);
        QCOMPARE(contents.layout.schemaVersion, 2);
        QVERIFY(!contents.layout.isValid());
        QVERIFY(contents.annotations.annotation(u"2020-12-14-caatsa-sanctions-ssb"_qs).starred);
        QCOMPARE(contents.annotations.links().size(), 1);
        QCOMPARE(contents.annotations.presets().size(), 1);

        const QString path = m_dir.filePath(u"from-v2.dyad"_qs);
        QVERIFY(QFile::copy(fixture, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        SessionUpdate nothing;
        FileLayout layout = contents.layout;
        QCOMPARE(SessionFile::update(path, nothing, layout).kind, StorageError::Outdated);
        QCOMPARE(userVersion(path), 2);

        FileLayout written;
        QVERIFY(!SessionFile::save(path, contents, {}, &written).isError());
        QCOMPARE(userVersion(path), 3);
        QVERIFY(written.isValid());
        SessionContents reread;
        QVERIFY(!SessionFile::load(path, reread).isError());
        QCOMPARE(reread.annotations, contents.annotations);
        QCOMPARE(reread.store.size(), 51);
        QCOMPARE(reread.layout.revision, written.revision);
    }

    void annotationValuesAreCheckedOnLoad()
    {
        SessionContents contents;
        QVERIFY(!SessionFile::load(QStringLiteral(DYAD_TEST_DATA_DIR "/storage/v1-bundled.dyad"), contents).isError());
        contents.annotations = sampleAnnotations();
        const QString path = m_dir.filePath(u"tampered.dyad"_qs);
        QVERIFY(!SessionFile::save(path, contents).isError());
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "UPDATE annotations SET highlight = 'javascript:alert(1)'", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        SessionContents reread;
        const StorageError error = SessionFile::load(path, reread);
        QCOMPARE(error.kind, StorageError::Invalid);
        QVERIFY2(error.message.contains(u"annotations"), qPrintable(error.message));
        QVERIFY(reread.annotations.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSessionMigration)
#include "tst_sessionmigration.moc"
