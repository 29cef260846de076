#pragma once

#include "annotations/annotationset.h"
#include "core/datasetinfo.h"
#include "core/eventstore.h"

#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <QHash>
#include <QList>

#include <functional>
#include <optional>
#include <vector>

namespace dyad {

// Where a file keeps what: the rowid of each event (by the store's key) and the revision the
// file was at. SessionFile::update() writes changes into the file it describes, and only while
// the file is still at that revision.
struct FileLayout
{
    std::vector<qint64> eventRowids;  // by EventKey; 0 for keys the file has no row for
    qint64 nextRowid = 1;             // for events new to the file
    QString revision;                 // changes with every save
    int schemaVersion = 0;

    bool isValid() const { return !revision.isEmpty(); }
    qint64 rowidOf(EventKey key) const { return key < eventRowids.size() ? eventRowids[key] : 0; }
    // The rowid for an event written for the first time.
    qint64 assignRowid(EventKey key);
};

// What a .dyad file holds (schema version 3; version 1 had no annotations, version 2 no save log).
struct SessionContents
{
    DatasetInfo info;
    EventStore store;        // actors and events
    AnnotationSet annotations;  // the user's layer, apart from the event data
    QJsonObject viewState;   // window, filter, selection, layout: opaque here, versioned by the caller
    FileLayout layout;       // filled by load()
};

// The changes one save writes into an existing file: the rows that changed since the file's
// revision, and the small tables (metadata, view state) whole.
struct SessionUpdate
{
    QString expectedRevision;  // the revision the file must still be at
    DatasetInfo info;
    QStringList categories;    // the store's category order
    QJsonObject viewState;
    std::optional<QList<Actor>> actors;  // all of them, when any changed
    struct EventRow
    {
        EventKey key = 0;
        std::optional<Event> event;  // std::nullopt: the event is gone
    };
    std::vector<EventRow> events;
    QHash<QString, EventAnnotation> annotations;  // by event id; an empty annotation is removed
    std::optional<QList<EventLink>> links;        // all of them, when any changed
    std::optional<QList<FilterPreset>> presets;   // all of them, when any changed
};

struct StorageError
{
    // Outdated: update() found the file at another revision than expected (saved by someone
    // else, or replaced): nothing was written, and a full save is what is left to do.
    enum Kind { None, NotFound, NotADyadFile, Damaged, NewerVersion, Invalid, WriteFailed, Cancelled, Outdated };
    Kind kind = None;
    QString message;  // translated, for the user

    bool isError() const { return kind != None; }
};

struct SaveOptions
{
    // Called now and then with 0..100, possibly with the same value again; return false to cancel.
    std::function<bool(int percent)> progress;
    // For tests: return true to make the save fail at that stage, as a full disk would.
    std::function<bool(QStringView stage)> failureInjection;
};

// The session file (docs/file-formats.md): one SQLite database, the live document.
// save() writes a whole session into a new file beside the target and renames it over the old
// one (the first save, Save As); update() writes only what changed into the file in one SQLite
// transaction (rollback journal, synchronous=FULL), so a crash at any moment leaves the old
// version or the new one. Either way a failed or cancelled save leaves the previous file as it
// was. load() treats the file as untrusted input, and first finishes rolling back a save that
// a crash interrupted. All are blocking and may run on a worker thread; the callbacks run on
// that thread.
class SessionFile
{
public:
    static constexpr int currentSchemaVersion = 3;
    static constexpr qint32 applicationId = 0x44796164;  // 'Dyad'

    // `written`, when given, describes the new file (for later updates).
    static StorageError save(const QString &path, const SessionContents &contents, const SaveOptions &options = {},
                             FileLayout *written = nullptr);
    // Writes `changes` into the file at `path`, which `layout` describes; on success `layout`
    // describes the file again (new rowids, new revision). A version 2 file is migrated in place.
    static StorageError update(const QString &path, const SessionUpdate &changes, FileLayout &layout,
                               const SaveOptions &options = {});
    // On failure `out` is left untouched.
    static StorageError load(const QString &path, SessionContents &out);
    // When a crash interrupted an update(), its journal lies beside the file: SQLite puts the
    // old pages back. An error text when that is not possible (a folder without write access).
    static QString rollBackUnfinishedSave(const QString &path);
};

} // namespace dyad
