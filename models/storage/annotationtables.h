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

// For saves into an existing file: the given events' annotations (an empty one is removed),
// and the links or presets whole.
StorageError replaceAnnotations(SqliteDatabase &db, const QHash<QString, EventAnnotation> &annotations);
StorageError replaceLinks(SqliteDatabase &db, const QList<EventLink> &links);
StorageError replacePresets(SqliteDatabase &db, const QList<FilterPreset> &presets);

} // namespace AnnotationTables

} // namespace dyad
