#pragma once

#include "core/datasetinfo.h"
#include "core/eventstore.h"

#include <QString>

#include <functional>

namespace dyad {

// A data file read into a new store: Dyad JSON or CSV, TimelineJS, vis-timeline, GDELT or
// ACLED, the format told by the content (docs/file-formats.md). All or nothing: any bad row
// refuses the file, and `error` says where (file, line, column) and how many more there are.
struct ImportedDocument
{
    DatasetInfo info;
    EventStore store;
    QString error;  // empty on success
};

// Runs on any thread; `progress` gets 0..100 and returns false to cancel.
ImportedDocument importDocument(const QString &path, const std::function<bool(int percent)> &progress);

} // namespace dyad
