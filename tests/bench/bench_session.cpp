#include "benchsuites.h"

#include "session/session.h"
#include "storage/sessionfile.h"

#include <QFileInfo>
#include <QTemporaryDir>

namespace dyad::bench {

void runSessionBenchmarks(Session &session, BenchReporter &report)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.dyad"));
    SessionContents contents;
    contents.info = session.info();
    contents.store = session.store();

    report.measure(QStringLiteral("session_save"), 3, [&] { SessionFile::save(path, contents); });
    report.value(QStringLiteral("session_file_bytes_per_event"),
                 std::round(double(QFileInfo(path).size()) / double(std::max<qsizetype>(session.store().size(), 1))),
                 QStringLiteral("bytes"));
    report.measure(QStringLiteral("session_open"), 5, [&] {
        SessionContents loaded;
        SessionFile::load(path, loaded);
    });
}

} // namespace dyad::bench
