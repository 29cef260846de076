#pragma once

#include "annotations/annotationset.h"
#include "sessionfile.h"

namespace dyad {

class SqliteDatabase;

// The user's annotations in the session file (schema version 2 on): notes, tags, highlights
// and stars per event id, links between events, and filter presets. They refer to events by
// their stable text id, not by row, so they outlive re-imports of the events.
namespace AnnotationTables {

inline constexpr int firstSchemaVersion = 2;

int create(SqliteDatabase &db);
StorageError write(SqliteDatabase &db, const AnnotationSet &annotations);
StorageError read(SqliteDatabase &db, AnnotationSet &annotations);

} // namespace AnnotationTables

} // namespace dyad
