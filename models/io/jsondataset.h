#pragma once

#include "dataset.h"

#include <QByteArray>

namespace dyad {

// Dyad's interchange format (docs/file-formats.md): one JSON object with title,
// description, attribution, actors and events. The bundled dataset is such a file.
namespace JsonDataset {

inline constexpr int currentVersion = 1;

// Reads and validates a whole document; on error `dataset` is left untouched.
ParseError read(const QByteArray &json, Dataset &dataset);
QByteArray write(const Dataset &dataset);

} // namespace JsonDataset

} // namespace dyad
