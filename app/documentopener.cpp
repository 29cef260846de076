#include "documentopener.h"

#include "import/importer.h"

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
        text += u'\n' + QCoreApplication::translate("dyad::DocumentOpener", "%n more problem(s) in this file.", nullptr, int(result.problemCount - 1));
    return text;
}

} // namespace

ImportedDocument importDocument(const QString &path, const std::function<bool(int)> &progress)
{
    ImportedDocument document;
    QFile file(path);
    if (!file.exists()) {
        document.error = tr("%1: no such file").arg(path);
        return document;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        document.error = tr("%1: %2").arg(path, file.errorString());
        return document;
    }
    const QString fileName = QFileInfo(path).fileName();
    const QString format = detectFormat(file.peek(64 * 1024), fileName);
    std::unique_ptr<Importer> importer = importerForFormat(format);
    if (!importer) {
        document.error = tr("%1: not a format Dyad reads (Dyad JSON or CSV, TimelineJS, vis-timeline, GDELT, ACLED)").arg(fileName);
        return document;
    }

    ImportProgress importProgress;
    ImportResult result;
    std::atomic<bool> done{false};
    std::thread reader([&] {
        result = importer->readInto(document.store, file, fileName, {}, importProgress);
        done = true;
    });
    // Relay the reader's progress to the caller, and the caller's cancel to the reader.
    while (!done) {
        if (progress && !progress(int(importProgress.fraction() * 100)))
            importProgress.cancel();
        std::this_thread::sleep_for(std::chrono::milliseconds(40));
    }
    reader.join();

    if (result.cancelled)
        document.error = tr("Import cancelled; nothing was changed.");
    else if (result.refused || result.problemCount > 0)
        document.error = describeProblems(result);
    document.info = result.dataset.info;
    if (document.info.title.isEmpty())
        document.info.title = QFileInfo(path).completeBaseName();
    return document;
}

} // namespace dyad
