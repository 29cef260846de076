#include "replacementfile.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dyad {

namespace {

QString systemError()
{
    return qt_error_string(errno);
}

int openRetrying(const QByteArray &path, int flags, mode_t mode = 0)
{
    int fd;
    do {
        fd = ::open(path.constData(), flags | O_CLOEXEC, mode);
    } while (fd < 0 && errno == EINTR);
    return fd;
}

// fsync() of the folder makes the rename itself durable.
void syncFolder(const QString &folder)
{
    const int fd = openRetrying(QFile::encodeName(folder), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return;
    ::fsync(fd);  // best effort: the new file is in place whatever this returns
    ::close(fd);
}

} // namespace

ReplacementFile::ReplacementFile(const QString &targetPath)
{
    // Saving through a symbolic link replaces the file it points to, not the link.
    const QFileInfo info(targetPath);
    m_target = info.isSymLink() ? info.symLinkTarget() : info.absoluteFilePath();
}

ReplacementFile::~ReplacementFile()
{
    if (!m_path.isEmpty() && !m_replaced)
        ::unlink(QFile::encodeName(m_path).constData());
}

QString ReplacementFile::create()
{
    const QFileInfo target(m_target);
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString name = u'.' + target.fileName() + u'.'
                           + QString::number(QRandomGenerator::global()->generate(), 16) + u".tmp";
        const QString path = target.absolutePath() + u'/' + name;
        const int fd = openRetrying(QFile::encodeName(path), O_WRONLY | O_CREAT | O_EXCL, 0666);
        if (fd >= 0) {
            ::close(fd);
            m_path = path;
            return {};
        }
        if (errno != EEXIST)
            return systemError();
    }
    return systemError();
}

QString ReplacementFile::replaceTarget()
{
    const QByteArray path = QFile::encodeName(m_path);
    const QByteArray target = QFile::encodeName(m_target);
    const int fd = openRetrying(path, O_RDWR);
    if (fd < 0)
        return systemError();
    struct stat old;
    if (::stat(target.constData(), &old) == 0)
        ::fchmod(fd, old.st_mode & 07777);  // keep the permissions the user gave the file
    int result;
    do {
        result = ::fsync(fd);
    } while (result != 0 && errno == EINTR);
    const int syncError = errno;
    ::close(fd);
    if (result != 0)
        return qt_error_string(syncError);
    if (::rename(path.constData(), target.constData()) != 0)
        return systemError();
    m_replaced = true;
    syncFolder(QFileInfo(m_target).absolutePath());
    return {};
}

} // namespace dyad
