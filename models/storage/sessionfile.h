#pragma once

#include "annotations/annotationset.h"
#include "core/datasetinfo.h"
#include "core/eventstore.h"

#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <functional>

namespace dyad {

// What a .dyad file holds (schema version 2; version 1 had no annotations).
struct SessionContents
{
    DatasetInfo info;
    EventStore store;        // actors and events
    AnnotationSet annotations;  // the user's layer, apart from the event data
    QJsonObject viewState;   // window, filter, selection, layout: opaque here, versioned by the caller
};

struct StorageError
{
    enum Kind { None, NotFound, NotADyadFile, Damaged, NewerVersion, Invalid, WriteFailed, Cancelled };
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

// The session file (docs/file-formats.md): one SQLite database. save() writes a new file
// beside the target and renames it over the old one, so a failed or cancelled save leaves
// the previous file as it was. load() treats the file as untrusted input.
// Both are blocking and may run on a worker thread; the callbacks run on that thread.
class SessionFile
{
public:
    static constexpr int currentSchemaVersion = 2;
    static constexpr qint32 applicationId = 0x44796164;  // 'Dyad'

    static StorageError save(const QString &path, const SessionContents &contents, const SaveOptions &options = {});
    // On failure `out` is left untouched.
    static StorageError load(const QString &path, SessionContents &out);
};

} // namespace dyad
