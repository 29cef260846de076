#include "documentopener.h"

#include "import/importsupport.h"
#include "import/storemerge.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <atomic>
#include <chrono>
#include <thread>

namespace dyad {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dyad::DocumentOpener", text);
}

QString describeProblems(const ImportResult &result)
{
    if (result.problems.isEmpty())
        return tr("the file could not be imported");
    QString text = result.problems.first().toString();
    if (result.problemCount > 1)
        text += tr(" (and %1)").arg(moreProblemsText(result.problemCount - 1));
    return text;
}

// Runs `read` on a thread of its own while this one relays progress to the caller and the
// caller's cancel to the importer.
void readWithProgress(ImportProgress &importProgress, const std::function<bool(int)> &progress,
                      const std::function<void()> &read)
{
    std::atomic<bool> done{false};
    std::thread reader([&] {
        read();
        done = true;
    });
    while (!done) {
        if (progress && !progress(int(importProgress.fraction() * 100)))
            importProgress.cancel();
        std::this_thread::sleep_for(std::chrono::milliseconds(40));
    }
    reader.join();
}

} // namespace

QString detectFileFormat(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return detectFormat(file.read(64 * 1024), QFileInfo(path).fileName());
}

QString formatDisplayName(const QString &format)
{
    if (format == u"dyad")
        return tr("Dyad JSON");
    if (format == u"csv")
        return tr("Dyad CSV");
    if (format == u"timelinejs")
        return tr("TimelineJS (spreadsheet CSV or JSON)");
    if (format == u"timelinejs-json")
        return tr("TimelineJS JSON");
    if (format == u"vis")
        return tr("vis-timeline items (JSON)");
    if (format == u"gdelt")
        return tr("GDELT events (1.0 or 2.0)");
    if (format == u"acled")
        return tr("ACLED export (CSV)");
    return format;
}

ImportOutcome importData(const ImportRequest &request, EventStore store, const std::function<bool(int)> &progress)
{
    ImportOutcome outcome;
    const QString fileName = QFileInfo(request.path).fileName();
    QFile file(request.path);
    if (!file.exists()) {
        outcome.error = tr("%1: no such file").arg(request.path);
        return outcome;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.error = tr("%1: %2").arg(request.path, file.errorString());
        return outcome;
    }
    const QByteArray head = file.peek(64 * 1024);
    outcome.format = request.format.isEmpty() ? detectFormat(head, fileName) : request.format;
    std::unique_ptr<Importer> importer = importerForFormat(outcome.format);
    if (!importer && isUtf16(head)) {
        outcome.error = tr("%1: the file is UTF-16 encoded; Dyad reads UTF-8 (save it again with the encoding UTF-8: "
                           "\"CSV UTF-8\" in a spreadsheet, UTF-8 in a text editor)").arg(fileName);
        return outcome;
    }
    if (!importer) {
        outcome.error = tr("%1: not a format Dyad reads (Dyad JSON or CSV, TimelineJS, vis-timeline, GDELT, ACLED)").arg(fileName);
        return outcome;
    }

    ImportProgress importProgress;
    if (request.merge) {
        // Read as values, then merge into the copy: the merge says what was new.
        readWithProgress(importProgress, progress, [&] {
            outcome.result = importer->read(file, fileName, request.options, importProgress);
            if (outcome.result.cancelled || outcome.result.refused || importProgress.isCancelled())
                return;
            const MergeReport report = mergeIntoStore(store, outcome.result.dataset);
            outcome.added = report.added;
            outcome.updated = report.updated;
            outcome.updatedKeys = report.updatedKeys;
            outcome.alreadyPresent = report.unchanged;
            outcome.store = std::move(store);
        });
        outcome.info = outcome.result.dataset.info;
        outcome.result.dataset = {};
    } else {
        readWithProgress(importProgress, progress, [&] {
            outcome.result = importer->readInto(outcome.store, file, fileName, request.options, importProgress);
        });
        outcome.added = outcome.store.size();
        outcome.info = outcome.result.dataset.info;
    }

    if (outcome.result.cancelled || importProgress.isCancelled())
        outcome.error = tr("Import cancelled; nothing was changed.");
    else if (outcome.result.refused)
        outcome.error = describeProblems(outcome.result);
    if (!outcome.error.isEmpty()) {
        outcome.store = {};
        outcome.added = outcome.updated = outcome.alreadyPresent = 0;
    }
    if (outcome.info.title.isEmpty())
        outcome.info.title = QFileInfo(request.path).completeBaseName();
    return outcome;
}

ImportedDocument importDocument(const QString &path, const std::function<bool(int)> &progress)
{
    ImportRequest request;
    request.path = path;
    ImportOutcome outcome = importData(request, {}, progress);
    ImportedDocument document;
    document.info = outcome.info;
    document.store = std::move(outcome.store);
    document.error = outcome.error;
    if (document.error.isEmpty() && outcome.result.problemCount > 0)
        document.error = describeProblems(outcome.result);
    return document;
}

} // namespace dyad
