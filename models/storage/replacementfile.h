#pragma once

#include <QString>

namespace dyad {

// A new file written beside a target and then renamed over it, so that readers see the old
// file or the new one, never half of either. The destructor removes the new file unless
// replaceTarget() succeeded. POSIX only (rename() replaces atomically; fsync() for durability).
class ReplacementFile
{
public:
    explicit ReplacementFile(const QString &targetPath);
    ~ReplacementFile();
    ReplacementFile(const ReplacementFile &) = delete;
    ReplacementFile &operator=(const ReplacementFile &) = delete;

    // Creates an empty file with a unique name in the target's folder; an error text on failure.
    QString create();
    QString path() const { return m_path; }
    QString targetPath() const { return m_target; }

    // Flushes the new file to disk, gives it the old file's permissions and renames it over
    // the target. An error text on failure, in which case the target is untouched.
    QString replaceTarget();

private:
    QString m_target;
    QString m_path;
    bool m_replaced = false;
};

} // namespace dyad
