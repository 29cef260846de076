#include "commandline.h"
#include "commandlinerun.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>

namespace {

// A script reads stderr for the one line an error prints; Qt's warnings about the
// environment (no XDG_RUNTIME_DIR, the offscreen platform's limits) would drown it.
void quietHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const dyad::ParsedCommandLine parsed = dyad::parseCommandLine(arguments);
    if (!parsed.error.isEmpty()) {
        dyad::printCommandLineError(parsed.error + QStringLiteral(" (see dyad --help)"));
        return 2;
    }
    if (parsed.version) {
        std::printf("Dyad %s\n", DYAD_VERSION_STRING);
        return 0;
    }
    if (parsed.help) {
        QCoreApplication app(argc, argv);
        std::fputs(qPrintable(dyad::commandLineHelp()), stdout);
        return 0;
    }

    const bool headless = parsed.options.action != dyad::CommandLineOptions::Action::Open;
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (headless && qEnvironmentVariableIsEmpty("DYAD_VERBOSE"))
        qInstallMessageHandler(quietHandler);

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Dyad"));
    QApplication::setOrganizationName(QStringLiteral("Dyad"));
    QApplication::setApplicationVersion(QStringLiteral(DYAD_VERSION_STRING));
    return dyad::runCommandLine(parsed.options);
}
