#pragma once

#include "core/date.h"
#include "core/eventfilter.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace dyad {

class EventStore;

// What `dyad [FILE] [options]` asked for, checked for everything that can be checked before
// the data is loaded (docs/cli.md). Countries and categories are checked against the data
// by filterFor().
struct CommandLineOptions
{
    enum class Action { Open, Save, Export, Screenshot };

    QString file;                // a session or a data file; empty: the bundled dataset
    QString format;              // an importer's name; empty: told by the content
    bool skipInvalid = false;    // import the good rows of a data file, report the bad ones
    QStringList countries;       // actor ids, as given
    bool allCountries = false;   // --all: every listed country takes part
    std::optional<Date> from;
    std::optional<Date> to;
    QStringList categories;
    QString text;

    Action action = Action::Open;
    QString output;              // the file --save, --export or --screenshot writes
    QString view;                // checked for the action; defaults filled in
    std::optional<QSize> size;

    bool hasFilter() const;
    // The suffix of an --export, lower case: csv, json, png, svg, pdf or html.
    QString exportSuffix() const;
};

struct ParsedCommandLine
{
    CommandLineOptions options;
    QString error;        // one line; empty when the arguments are good
    bool help = false;    // print commandLineHelp() and exit
    bool version = false;
};

// `arguments` includes the program name first, as QCoreApplication::arguments() has it.
// Needs no QCoreApplication, so bad arguments are refused before any window system is asked
// for a display.
ParsedCommandLine parseCommandLine(const QStringList &arguments);

// Exit codes of `dyad` (docs/cli.md).
enum CommandLineExit : int {
    ExitSuccess = 0,
    ExitFailure = 1,
    ExitBadArguments = 2,
    ExitDoneWithWarnings = 3,  // --skip-invalid skipped rows, or the import warned about the data
};

// The `dyad --help` text; needs a QCoreApplication (for the program's name).
QString commandLineHelp();

// The filter the options describe, with countries and categories resolved in `store`
// (ids case-insensitively). An unknown country or category is an error.
std::optional<EventFilter> filterFor(const CommandLineOptions &options, const EventStore &store, QString &error);

} // namespace dyad
