#include "commandlinerun.h"

#include "documentcontroller.h"
#include "documentopener.h"
#include "exportfiles.h"
#include "mainwindow.h"
#include "screenshot.h"

#include "import/importer.h"
#include "import/importsupport.h"
#include "session/session.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>

#include <cstdio>

namespace dyad {

namespace {

QString tr(const char *text)
{
    return QApplication::translate("dyad::CommandLine", text);
}

QString oneLine(QString text)
{
    text.replace(u"\r\n"_qs, u"; "_qs);
    text.replace(u'\n', u"; "_qs);
    text.replace(u'\r', u' ');
    return text.trimmed();
}

struct OpenOutcome
{
    QString problem;             // the file was not opened
    bool withWarnings = false;   // opened, but rows were skipped or the data has a problem
};

// Rows --skip-invalid skipped, one line each, then what the import says about the data.
void reportSkippedRowsAndWarnings(const ImportResult &result)
{
    for (const ParseError &skipped : result.problems)
        printCommandLineError(tr("skipped %1").arg(skipped.toString()));
    if (result.problemCount > result.problems.size())
        printCommandLineError(moreProblemsText(result.problemCount - result.problems.size()));
    for (const QString &warning : result.warnings)
        printCommandLineError(tr("warning: %1").arg(warning));
}

// A data file read by the named importer (--format) or the one its content asks for.
OpenOutcome importDataFile(Session &session, const QString &path, const QString &format, bool skipInvalid)
{
    QFile file(path);
    if (!file.exists())
        return {tr("%1: no such file").arg(path)};
    if (!file.open(QIODevice::ReadOnly))
        return {tr("%1: %2").arg(path, file.errorString())};
    const std::unique_ptr<Importer> importer = importerForFormat(format);
    const QString fileName = QFileInfo(path).fileName();
    EventStore store;
    ImportProgress progress;
    const ImportOptions options{skipInvalid ? ImportOptions::SkipInvalidRows : ImportOptions::AllOrNothing};
    ImportResult result = importer->readInto(store, file, fileName, options, progress);
    if (result.refused || (result.problemCount > 0 && !skipInvalid)) {
        if (result.problems.isEmpty())
            return {tr("%1: the file could not be read as %2").arg(fileName, format)};
        QString message = result.problems.first().toString();
        if (result.problemCount > 1)
            message += tr(" (and %1)").arg(moreProblemsText(result.problemCount - 1));
        return {message};
    }
    reportSkippedRowsAndWarnings(result);
    DatasetInfo info = result.dataset.info;
    if (info.title.isEmpty())
        info.title = QFileInfo(path).completeBaseName();
    session.reset(info, std::move(store));
    return {{}, result.problemCount > 0 || !result.warnings.isEmpty()};
}

OpenOutcome openFile(MainWindow &window, const CommandLineOptions &options)
{
    QString format = options.format;
    if (format.isEmpty() && options.skipInvalid)
        format = detectFileFormat(options.file);  // empty for a session, which has no rows to skip
    if (format.isEmpty())
        return {window.document()->openFile(options.file)};
    return importDataFile(*window.session(), options.file, format, options.skipInvalid);
}

// The charts are laid out by their dock: float it at the requested size (the window is
// thrown away after the export), so the picture has that size rather than a dock's strip.
void layOutCharts(MainWindow &window, const CommandLineOptions &options)
{
    window.show();
    if (auto *dock = window.findChild<QDockWidget *>(QStringLiteral("trendsDock"))) {
        dock->setFloating(true);
        dock->resize(options.size.value_or(QSize(1400, 900)));
        dock->show();
    }
    for (int i = 0; i < 2; ++i)
        QApplication::processEvents();
}

QString runExport(MainWindow &window, const CommandLineOptions &options)
{
    const QString suffix = options.exportSuffix();
    if (suffix == u"csv" || suffix == u"json")
        return exportEvents(*window.session(), options.output);
    window.timelineView()->fitToFilteredEvents();  // the charts and the brief show the whole filtered story
    if (options.view == u"brief")
        return exportBrief(window, options.output);
    if (options.view == u"charts")
        layOutCharts(window, options);
    ViewExportRequest request;
    request.view = options.view;
    request.range = ExportRange::WholeFilteredRange;
    if (options.size)
        request.width = options.size->width();
    return exportView(window, request, options.output);
}

} // namespace

void printCommandLineError(const QString &message)
{
    std::fprintf(stderr, "dyad: %s\n", qPrintable(oneLine(message)));
}

int runCommandLine(const CommandLineOptions &options)
{
    const bool headless = options.action != CommandLineOptions::Action::Open;
    Session session;
    if (const auto error = session.loadBundledDataset(); error.isError()) {
        printCommandLineError(error.toString());
        return ExitFailure;
    }
    MainWindow window(&session);
    const OpenOutcome opened = options.file.isEmpty() ? OpenOutcome() : openFile(window, options);
    const QString &problem = opened.problem;
    if (!problem.isEmpty() && headless) {
        printCommandLineError(problem);
        return ExitFailure;
    }
    if (problem.isEmpty() && options.hasFilter()) {
        QString error;
        const std::optional<EventFilter> filter = filterFor(options, session.store(), error);
        if (!filter) {
            printCommandLineError(error);
            return ExitFailure;
        }
        session.setFilter(*filter);
    }

    QString error;
    switch (options.action) {
    case CommandLineOptions::Action::Save:
        error = window.document()->saveTo(options.output);
        break;
    case CommandLineOptions::Action::Export:
        error = runExport(window, options);
        break;
    case CommandLineOptions::Action::Screenshot: {
        const QSize size = options.size.value_or(QSize(1600, 1000));
        error = takeScreenshot(window, {options.output, QStringLiteral("%1x%2").arg(size.width()).arg(size.height()), options.view});
        break;
    }
    case CommandLineOptions::Action::Open:
        window.show();
        if (!problem.isEmpty())
            QMessageBox::warning(&window, tr("Could not open file"), tr("%1\n\nShowing the bundled dataset instead.").arg(problem));
        else if (options.file.isEmpty())
            window.document()->offerRecovery();
        return QApplication::exec();
    }
    if (!error.isEmpty()) {
        printCommandLineError(error);
        return ExitFailure;
    }
    return opened.withWarnings ? ExitDoneWithWarnings : ExitSuccess;
}

} // namespace dyad
