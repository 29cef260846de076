#pragma once

#include "commandline.h"

namespace dyad {

// Runs what the command line asked for, inside a QApplication: loads the file, applies the
// filter, then either writes one file (--save, --export, --screenshot) and returns, or shows
// the window and runs the event loop. Returns the process's exit code; errors go to stderr
// as one line each.
int runCommandLine(const CommandLineOptions &options);

// "dyad: <message>" on stderr, on one line.
void printCommandLineError(const QString &message);

} // namespace dyad
