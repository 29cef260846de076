// Crash consistency of a save of changes, tested the way SQLite tests itself: a file-system
// shim under SQLite counts the writes, syncs, truncations and deletions of one save and, for
// every N, either fails the Nth (a full disk, an I/O error) or drops it and everything after
// (the power went out). Reopened, the file is always exactly the old version or the new one.
#include "storage/sessionfile.h"
#include "storage/sqlitedatabase.h"
#include "syntheticdata.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cstring>

using namespace dyad;
using dyad::testing::eventsById;

namespace {

// The shim -------------------------------------------------------------------------------

struct Faults
{
    enum class Mode { Count, FailOne, CrashFrom };
    Mode mode = Mode::Count;
    int target = 0;   // the 1-based operation that fails, or the first one lost
    int counted = 0;

    // True when the operation must not reach the disk.
    bool drop()
    {
        ++counted;
        return mode == Mode::CrashFrom && counted >= target;
    }
    bool fail() const { return mode == Mode::FailOne && counted == target; }
};

Faults faults;
sqlite3_vfs *realVfs = nullptr;
sqlite3_vfs shimVfs;

struct ShimFile
{
    sqlite3_file base;
    sqlite3_file *real;  // lives right after this struct
};

sqlite3_file *real(sqlite3_file *file)
{
    return reinterpret_cast<ShimFile *>(file)->real;
}

int shimClose(sqlite3_file *file)
{
    return real(file)->pMethods->xClose(real(file));
}
int shimRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    return real(file)->pMethods->xRead(real(file), buffer, amount, offset);
}
int shimWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (faults.drop())
        return SQLITE_OK;
    if (faults.fail())
        return SQLITE_IOERR_WRITE;
    return real(file)->pMethods->xWrite(real(file), buffer, amount, offset);
}
int shimTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    if (faults.drop())
        return SQLITE_OK;
    if (faults.fail())
        return SQLITE_IOERR_TRUNCATE;
    return real(file)->pMethods->xTruncate(real(file), size);
}
int shimSync(sqlite3_file *file, int flags)
{
    if (faults.drop())
        return SQLITE_OK;
    if (faults.fail())
        return SQLITE_IOERR_FSYNC;
    return real(file)->pMethods->xSync(real(file), flags);
}
int shimFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    return real(file)->pMethods->xFileSize(real(file), size);
}
int shimLock(sqlite3_file *file, int level)
{
    return real(file)->pMethods->xLock(real(file), level);
}
int shimUnlock(sqlite3_file *file, int level)
{
    return real(file)->pMethods->xUnlock(real(file), level);
}
int shimCheckReservedLock(sqlite3_file *file, int *out)
{
    return real(file)->pMethods->xCheckReservedLock(real(file), out);
}
int shimFileControl(sqlite3_file *file, int op, void *argument)
{
    return real(file)->pMethods->xFileControl(real(file), op, argument);
}
int shimSectorSize(sqlite3_file *file)
{
    return real(file)->pMethods->xSectorSize(real(file));
}
int shimDeviceCharacteristics(sqlite3_file *file)
{
    return real(file)->pMethods->xDeviceCharacteristics(real(file));
}

// Version 1: no shared memory and no memory mapping, so every write goes through xWrite.
const sqlite3_io_methods shimMethods = {1, shimClose, shimRead, shimWrite, shimTruncate, shimSync, shimFileSize,
                                        shimLock, shimUnlock, shimCheckReservedLock, shimFileControl, shimSectorSize,
                                        shimDeviceCharacteristics, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr};

int shimOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *shim = reinterpret_cast<ShimFile *>(file);
    shim->real = reinterpret_cast<sqlite3_file *>(shim + 1);
    std::memset(shim->real, 0, size_t(realVfs->szOsFile));
    const int result = realVfs->xOpen(realVfs, name, shim->real, flags, outFlags);
    shim->base.pMethods = shim->real->pMethods ? &shimMethods : nullptr;
    return result;
}

// Deleting the journal is what commits a transaction: it is an operation like a write.
int shimDelete(sqlite3_vfs *, const char *name, int syncDirectory)
{
    if (faults.drop())
        return SQLITE_OK;
    if (faults.fail())
        return SQLITE_IOERR_DELETE;
    return realVfs->xDelete(realVfs, name, syncDirectory);
}

void registerShim()
{
    realVfs = sqlite3_vfs_find(nullptr);
    shimVfs = *realVfs;
    shimVfs.iVersion = 1;  // no system-call overrides
    shimVfs.zName = "fault-injection";
    shimVfs.szOsFile = int(sizeof(ShimFile)) + realVfs->szOsFile;
    shimVfs.xOpen = shimOpen;
    shimVfs.xDelete = shimDelete;
    sqlite3_vfs_register(&shimVfs, 1);
}

// The test ---------------------------------------------------------------------------------

struct Version
{
    QString title;
    QHash<QString, Event> events;
    AnnotationSet annotations;
    friend bool operator==(const Version &, const Version &) = default;
};

Version versionOf(const SessionContents &contents)
{
    return {contents.info.title, eventsById(contents.store), contents.annotations};
}

QByteArray integrityCheck(const QString &path)
{
    SqliteDatabase db;
    if (db.open(QFile::encodeName(path), SQLITE_OPEN_READONLY) != SQLITE_OK)
        return "cannot open";
    SqliteStatement check(db, "PRAGMA integrity_check");
    return check.step() == SQLITE_ROW ? check.columnText(0).toByteArray() : "no result";
}

} // namespace

class TestSaveCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_original;
    SessionContents m_old;
    SessionUpdate m_update;
    Version m_new;

    // A fresh copy of the saved session, and the result of one save of changes into it.
    StorageError saveIntoCopy(const QString &path, Faults::Mode mode, int target)
    {
        QFile::remove(path);
        QFile::remove(path + u"-journal");
        if (!QFile::copy(m_original, path))
            return {StorageError::WriteFailed, u"copy"_qs};
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        FileLayout layout = m_old.layout;
        faults = {mode, target, 0};
        const StorageError error = SessionFile::update(path, m_update, layout);
        faults = {};
        return error;
    }

private Q_SLOTS:
    void initTestCase()
    {
        registerShim();
        SessionContents contents;
        contents.info = testing::syntheticInfo();
        contents.info.title = u"Old version"_qs;
        contents.store = testing::generateSyntheticStore({60, 3});
        contents.annotations.setAnnotation(contents.store.id(1), {u"Old note"_qs, {}, {}, false});
        m_original = m_dir.filePath(u"original.dyad"_qs);
        QVERIFY(!SessionFile::save(m_original, contents).isError());
        QVERIFY(!SessionFile::load(m_original, m_old).isError());

        // The new version: a new title, a star, a changed note, one event edited, one removed
        // and one added (enough rows to spill over several pages).
        SessionContents next;
        next.info = m_old.info;
        next.info.title = u"New version"_qs;
        next.store = m_old.store;
        next.annotations = m_old.annotations;
        Event edited = next.store.event(4);
        edited.summary = QString(3000, u'x');
        next.store.replace(next.store.key(4), edited);
        const EventKey removed = next.store.key(8);
        next.store.remove(removed);
        Event added = next.store.event(0);
        added.id = u"added"_qs;
        added.summary = QString(5000, u'y');
        const EventKey addedKey = next.store.insert(added);
        next.annotations.setAnnotation(m_old.store.id(1), {u"New note"_qs, {}, {}, true});

        m_update.expectedRevision = m_old.layout.revision;
        m_update.info = next.info;
        m_update.categories = next.store.categories();
        m_update.events = {{next.store.keyOfId(edited.id).value(), edited}, {removed, std::nullopt}, {addedKey, added}};
        m_update.annotations = {{m_old.store.id(1), next.annotations.annotation(m_old.store.id(1))}};
        m_new = versionOf(next);
        QVERIFY(!(m_new == versionOf(m_old)));
    }

    void withoutFaultsTheSaveWritesTheNewVersion()
    {
        const QString path = m_dir.filePath(u"plain.dyad"_qs);
        const StorageError error = saveIntoCopy(path, Faults::Mode::Count, 0);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        SessionContents reread;
        QVERIFY(!SessionFile::load(path, reread).isError());
        QVERIFY(versionOf(reread) == m_new);
    }

    void everyFailedOperationLeavesTheOldVersion()
    {
        const QString path = m_dir.filePath(u"failing.dyad"_qs);
        faults = {};
        QVERIFY(!saveIntoCopy(path, Faults::Mode::Count, 0).isError());
        FileLayout layout = m_old.layout;
        faults = {Faults::Mode::Count, 0, 0};
        QFile::remove(path);
        QFile::copy(m_original, path);
        QVERIFY(!SessionFile::update(path, m_update, layout).isError());
        const int operations = faults.counted;
        faults = {};
        QVERIFY2(operations >= 5, qPrintable(QString::number(operations)));

        for (int n = 1; n <= operations; ++n) {
            const StorageError error = saveIntoCopy(path, Faults::Mode::FailOne, n);
            SessionContents reread;
            const StorageError loaded = SessionFile::load(path, reread);
            QVERIFY2(!loaded.isError(), qPrintable(u"operation %1: %2"_qs.arg(n).arg(loaded.message)));
            const Version version = versionOf(reread);
            // A failure before the commit point leaves the old version and says so; a failure
            // after it (removing the spent journal) may leave the new one.
            QVERIFY2(version == versionOf(m_old) || version == m_new, qPrintable(QString::number(n)));
            if (version == versionOf(m_old))
                QVERIFY2(error.isError(), qPrintable(u"operation %1 failed silently"_qs.arg(n)));
            QCOMPARE(integrityCheck(path), QByteArray("ok"));
        }
    }

    void aCrashAtAnyMomentLeavesTheOldOrTheNewVersion()
    {
        const QString path = m_dir.filePath(u"crashing.dyad"_qs);
        faults = {Faults::Mode::Count, 0, 0};
        QFile::remove(path);
        QFile::copy(m_original, path);
        FileLayout layout = m_old.layout;
        QVERIFY(!SessionFile::update(path, m_update, layout).isError());
        const int operations = faults.counted;
        faults = {};

        int old = 0;
        int updated = 0;
        for (int n = 1; n <= operations + 1; ++n) {
            saveIntoCopy(path, Faults::Mode::CrashFrom, n);  // "succeeds": the lost writes are not reported
            SessionContents reread;
            const StorageError loaded = SessionFile::load(path, reread);
            QVERIFY2(!loaded.isError(), qPrintable(u"crash at operation %1: %2"_qs.arg(n).arg(loaded.message)));
            const Version version = versionOf(reread);
            QVERIFY2(version == versionOf(m_old) || version == m_new, qPrintable(u"crash at operation %1"_qs.arg(n)));
            (version == m_new ? updated : old) += 1;
            // What the crash left behind is settled by the first open: a second one agrees
            // (an empty journal the crash left before its header was written may stay; it is not hot).
            SessionContents again;
            QVERIFY(!SessionFile::load(path, again).isError());
            QVERIFY(versionOf(again) == version);
            QCOMPARE(integrityCheck(path), QByteArray("ok"));
        }
        QVERIFY(old > 0);      // a crash before the commit point loses the save...
        QCOMPARE(updated, 1);  // ...and only one with every operation done keeps it
    }
};

QTEST_GUILESS_MAIN(TestSaveCrash)
#include "tst_savecrash.moc"
