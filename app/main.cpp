#include "documentcontroller.h"
#include "mainwindow.h"
#include "screenshot.h"

#include "session/session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>
#include <cstring>

namespace {

bool wantsScreenshot(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot") == 0 || std::strncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    }
    return false;
}

void printError(const QString &message)
{
    std::fprintf(stderr, "dyad: %s\n", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    // A screenshot needs no display: render offscreen unless the user chose a platform.
    if (wantsScreenshot(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Dyad"));
    QApplication::setOrganizationName(QStringLiteral("Dyad"));
    QApplication::setApplicationVersion(QStringLiteral(DYAD_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Dyad: how states and organisations relate over time."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "A Dyad session (.dyad) or event data to open: Dyad JSON or CSV, TimelineJS, vis-timeline, GDELT, ACLED (default: the bundled dataset)."), QStringLiteral("[FILE]"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the window offscreen into a PNG file and exit."), QStringLiteral("OUT.png"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
        QApplication::translate("main", "Window size for --screenshot (default 1600x1000)."), QStringLiteral("WxH"), QStringLiteral("1600x1000"));
    const QCommandLineOption viewOption(QStringLiteral("view"),
        QApplication::translate("main", "What --screenshot shows: window (default), table, timeline, timeline-dyad, timeline-category or charts."), QStringLiteral("NAME"), QStringLiteral("window"));
    parser.addOptions({screenshotOption, sizeOption, viewOption});
    parser.process(app);

    const bool screenshot = parser.isSet(screenshotOption);
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        printError(QApplication::translate("main", "open one file at a time"));
        return 2;
    }
    dyad::Session session;
    if (const auto error = session.loadBundledDataset(); error.isError()) {
        printError(error.toString());
        return 1;
    }
    dyad::MainWindow window(&session);
    QString problem;
    if (!files.isEmpty())
        problem = window.document()->openFile(files.first());

    if (screenshot) {
        if (!problem.isEmpty()) {
            printError(problem);
            return 1;
        }
        const dyad::ScreenshotRequest request{parser.value(screenshotOption), parser.value(sizeOption), parser.value(viewOption)};
        const QString error = dyad::takeScreenshot(window, request);
        if (!error.isEmpty()) {
            printError(error);
            return 1;
        }
        return 0;
    }
    window.show();
    if (!problem.isEmpty())
        QMessageBox::warning(&window, QApplication::translate("main", "Could not open file"),
                             QApplication::translate("main", "%1\n\nShowing the bundled dataset instead.").arg(problem));
    else if (files.isEmpty())
        window.document()->offerRecovery();
    return app.exec();
}
