#include "benchsuites.h"

#include "document/pendingchanges.h"
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
    // What a whole save costs the GUI thread: the copy of the document the worker writes.
    report.measure(QStringLiteral("session_save_full_gui_part"), 3, [&] {
        contents.info = session.info();
        contents.store = session.store();
        contents.annotations = session.annotations();
    });

    FileLayout layout;
    report.measure(QStringLiteral("session_save_full"), 3, [&] { SessionFile::save(path, contents, {}, &layout); });
    report.value(QStringLiteral("session_file_bytes_per_event"),
                 std::round(double(QFileInfo(path).size()) / double(std::max<qsizetype>(session.store().size(), 1))),
                 QStringLiteral("bytes"));
    report.measure(QStringLiteral("session_open"), 5, [&] {
        SessionContents loaded;
        SessionFile::load(path, loaded);
    });

    // Star one event, save: the GUI thread builds the update, a worker writes it.
    PendingChanges pending(&session);
    pending.markWritten();
    const QString starred = session.store().id(EventRow(session.store().size() / 2));
    bool star = true;
    SessionUpdate update;
    const auto starOne = [&] {
        session.setStarred(starred, star);
        star = !star;
    };
    report.measure(QStringLiteral("session_save_small_change_gui_part"), 5, starOne, [&] {
        update = pending.makeUpdate(layout, {});
    });
    report.measure(QStringLiteral("session_save_small_change"), 5, [&] {
        starOne();
        update = pending.makeUpdate(layout, {});
    }, [&] {
        SessionFile::update(path, update, layout);
        pending.markWritten();
    });
    session.undoStack()->clear();
}

} // namespace dyad::bench
