#pragma once

#include <QString>

namespace dyad {

class Session;

// Opens a file into the session by its kind (a Dyad JSON dataset for now). On failure the
// session is untouched and the returned message says why, with line and column if known.
QString openDocument(const QString &path, Session &session);

} // namespace dyad
