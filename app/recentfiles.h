#pragma once

#include <QStringList>

namespace dyad {

// The most recently opened or saved session files, newest first, kept in QSettings.
class RecentFiles
{
public:
    static constexpr int maximum = 10;

    QStringList files() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();
};

} // namespace dyad
