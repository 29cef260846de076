#pragma once

#include "core/datasetinfo.h"
#include "core/eventstore.h"
#include "import/importer.h"

#include <QString>

#include <functional>

namespace dyad {

// What File ▸ Import asks for.
struct ImportRequest
{
    QString path;
    QString format;  // an importFormatNames() entry; empty to tell it from the content
    ImportOptions options;
    bool merge = false;  // into the open session rather than as a new one
};

// What an import did, for the report and for the session. All or nothing: when `error` is set
// nothing is to be applied (refused, cancelled or unreadable), and `result.problems` says why.
struct ImportOutcome
{
    DatasetInfo info;
    EventStore store;  // a new session's events, or the open session's with the import merged in
    ImportResult result;  // problems (file, line, column, reason), rows read, refused/cancelled
    QString format;
    qsizetype added = 0;           // events new to the session
    qsizetype alreadyPresent = 0;  // same id, same content: nothing to do (re-importing a file)
    qsizetype updated = 0;         // same id, new content: the file's version replaces the session's
    std::vector<EventKey> updatedKeys;
    QString error;                 // empty on success

    qsizetype skipped() const { return result.refused ? 0 : result.problemCount; }
    bool changesSession() const { return error.isEmpty() && (added > 0 || updated > 0); }
};

// Runs on any thread; `progress` gets 0..100 and returns false to cancel. With request.merge,
// `store` is a copy of the open session's events (taken on the GUI thread) that the import is
// merged into; otherwise it is ignored and a new store is filled.
ImportOutcome importData(const ImportRequest &request, EventStore store,
                         const std::function<bool(int percent)> &progress);

// A data file read into a new store, all or nothing, the format told by the content: what
// File ▸ Open does with a file that is not a session.
struct ImportedDocument
{
    DatasetInfo info;
    EventStore store;
    QString error;  // empty on success
};
ImportedDocument importDocument(const QString &path, const std::function<bool(int percent)> &progress);

// The first bytes of a file, enough for detectFormat(); empty when unreadable.
QString detectFileFormat(const QString &path);

// "GDELT events (1.0 or 2.0)" for "gdelt".
QString formatDisplayName(const QString &format);

} // namespace dyad
