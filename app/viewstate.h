#pragma once

#include <QJsonObject>

namespace dyad {

class MainWindow;

// What a session file remembers about how it was being looked at, so it reopens exactly as
// it was left: time window, filter, selected event, table sort, dock layout, window geometry,
// and each view's own state under its name. Versioned; docs/file-formats.md lists the keys.
namespace ViewState {

inline constexpr int currentVersion = 1;

QJsonObject capture(const MainWindow &window);
void restore(MainWindow &window, const QJsonObject &state);

} // namespace ViewState

} // namespace dyad
