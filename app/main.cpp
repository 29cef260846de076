#include "commandline.h"
#include "commandlinerun.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // Exports, screenshots and --help need no display: render offscreen unless the user chose
    // a platform or there is a display to use.
    if (dyad::runsHeadless(arguments) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Dyad"));
    QApplication::setOrganizationName(QStringLiteral("Dyad"));
    QApplication::setApplicationVersion(QStringLiteral(DYAD_VERSION_STRING));

    const dyad::ParsedCommandLine parsed = dyad::parseCommandLine(QApplication::arguments());
    if (parsed.help) {
        std::fputs(qPrintable(parsed.helpText), stdout);
        return 0;
    }
    if (parsed.version) {
        std::printf("Dyad %s\n", DYAD_VERSION_STRING);
        return 0;
    }
    if (!parsed.error.isEmpty()) {
        dyad::printCommandLineError(parsed.error + QStringLiteral(" (see dyad --help)"));
        return 2;
    }
    return dyad::runCommandLine(parsed.options);
}
