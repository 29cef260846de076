#include "commandline.h"

#include "core/eventstore.h"
#include "import/importer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace dyad {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dyad::CommandLine", text);
}

QStringList commaList(const QString &value)
{
    QStringList items;
    for (const QString &item : value.split(u',', Qt::SkipEmptyParts)) {
        if (const QString trimmed = item.trimmed(); !trimmed.isEmpty())
            items.append(trimmed);
    }
    return items;
}

std::optional<QSize> parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return QSize(match.captured(1).toInt(), match.captured(2).toInt());
}

// Which --view values each export suffix takes; the first is the default.
QStringList viewsForSuffix(const QString &suffix)
{
    if (suffix == u"png" || suffix == u"svg")
        return {u"timeline"_qs, u"charts"_qs, u"map"_qs};
    if (suffix == u"pdf")
        return {u"timeline"_qs, u"charts"_qs, u"map"_qs, u"brief"_qs};
    if (suffix == u"html")
        return {u"brief"_qs};
    return {};
}

const QStringList exportSuffixes = {u"csv"_qs, u"json"_qs, u"png"_qs, u"svg"_qs, u"pdf"_qs, u"html"_qs};

struct Options
{
    QCommandLineOption help{{u"h"_qs, u"help"_qs}, tr("Show this help and exit.")};
    QCommandLineOption version{{u"v"_qs, u"version"_qs}, tr("Show the version and exit.")};
    QCommandLineOption format{u"format"_qs, tr("Read FILE as this format instead of telling it from the content: dyad (Dyad JSON), csv (Dyad CSV), timelinejs (CSV or JSON), timelinejs-json, vis, gdelt (1.0 or 2.0) or acled."), u"FORMAT"_qs};
    QCommandLineOption skipInvalid{u"skip-invalid"_qs, tr("Import the valid rows of a data file and report every skipped row on stderr (file, line, column, reason); exit code 3 when rows were skipped.")};
    QCommandLineOption country{u"country"_qs, tr("Only events involving these actors (comma-separated ids, e.g. TUR,RUS); a country includes its people and bodies."), u"IDS"_qs};
    QCommandLineOption all{u"all"_qs, tr("With --country: every listed actor must take part (TUR,RUS --all: their bilateral events).")};
    QCommandLineOption from{u"from"_qs, tr("Only events on or after this date: YYYY, YYYY-MM or YYYY-MM-DD (a leading minus for BCE)."), u"DATE"_qs};
    QCommandLineOption to{u"to"_qs, tr("Only events on or before this date (the whole month or year when shorter)."), u"DATE"_qs};
    QCommandLineOption category{u"category"_qs, tr("Only events of these categories (comma-separated, e.g. diplomacy,arms)."), u"NAMES"_qs};
    QCommandLineOption text{u"text"_qs, tr("Only events with this text in title, summary or place (case-insensitive)."), u"WORDS"_qs};
    QCommandLineOption save{u"save"_qs, tr("Save the data and filter as a session file and exit."), u"OUT.dyad"_qs};
    QCommandLineOption exportTo{u"export"_qs, tr("Write the filtered events (.csv, .json), a view (.png, .svg, .pdf) or a brief (.pdf, .html) and exit."), u"OUT"_qs};
    QCommandLineOption view{u"view"_qs, tr("With --export: timeline (default), charts, map or brief (the default for .html). With --screenshot: window (default), table, timeline, timeline-dyad, timeline-category, charts, map or map-network."), u"NAME"_qs};
    QCommandLineOption screenshot{u"screenshot"_qs, tr("Render the window offscreen into a PNG file and exit."), u"OUT.png"_qs};
    QCommandLineOption size{u"size"_qs, tr("Pixel size: of the window for --screenshot (default 1600x1000); of the picture for a view --export (the timeline takes the width and is as tall as its lanes)."), u"WxH"_qs};
};

QString description()
{
    return tr("Dyad: how states and organisations relate over time.\n"
              "\n"
              "Opens FILE (a .dyad session or event data: Dyad JSON or CSV, TimelineJS, vis-timeline,\n"
              "GDELT, ACLED; default: the bundled dataset), applies the filter options, and then shows\n"
              "the window, or with --save, --export or --screenshot writes one file and exits (no\n"
              "display needed). Exit code 0 on success; otherwise one line on stderr and exit code\n"
              "1 (2 for bad arguments). Exit code 3: done with warnings (--skip-invalid skipped rows,\n"
              "or the data has a problem as a whole, such as events without a country).\n"
              "\n"
              "Examples:\n"
              "  dyad --country TUR,RUS --all --from 2017 --to 2019 --export s400.csv\n"
              "  dyad gdelt.export.CSV --format gdelt --save turkey.dyad\n"
              "  dyad turkey.dyad --category arms --export arms.svg --view timeline\n"
              "  dyad --text S-400 --export brief.html\n"
              "\n"
              "See docs/cli.md.");
}

} // namespace

bool CommandLineOptions::hasFilter() const
{
    return !countries.isEmpty() || from || to || !categories.isEmpty() || !text.isEmpty();
}

QString CommandLineOptions::exportSuffix() const
{
    return QFileInfo(output).suffix().toLower();
}

void setUp(QCommandLineParser &parser, const Options &o)
{
    parser.setApplicationDescription(description());
    parser.addOptions({o.help, o.version, o.format, o.skipInvalid, o.country, o.all, o.from, o.to, o.category, o.text,
                       o.save, o.exportTo, o.view, o.screenshot, o.size});
    parser.addPositionalArgument(u"file"_qs, tr("A session (.dyad) or event data to open (default: the bundled dataset)."), u"[FILE]"_qs);
}

QString commandLineHelp()
{
    const Options o;
    QCommandLineParser parser;
    setUp(parser, o);
    return parser.helpText();
}

ParsedCommandLine parseCommandLine(const QStringList &arguments)
{
    ParsedCommandLine parsed;
    CommandLineOptions &options = parsed.options;
    const Options o;
    QCommandLineParser parser;
    setUp(parser, o);
    if (!parser.parse(arguments)) {
        parsed.error = parser.errorText();
        return parsed;
    }
    if (parser.isSet(o.help)) {
        parsed.help = true;
        return parsed;
    }
    if (parser.isSet(o.version)) {
        parsed.version = true;
        return parsed;
    }
    const auto fail = [&](const QString &message) {
        parsed.error = message;
        return parsed;
    };

    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        return fail(tr("open one file at a time (got %1)").arg(files.size()));
    options.file = files.value(0);

    if (parser.isSet(o.format)) {
        options.format = parser.value(o.format).trimmed().toLower();
        if (!importFormatNames().contains(options.format))
            return fail(tr("unknown format \"%1\" (%2)").arg(parser.value(o.format), importFormatNames().join(u", ")));
        if (options.file.isEmpty())
            return fail(tr("--format needs a FILE to read"));
    }
    options.skipInvalid = parser.isSet(o.skipInvalid);
    if (options.skipInvalid && options.file.isEmpty())
        return fail(tr("--skip-invalid needs a FILE to read"));

    if (parser.isSet(o.country)) {
        options.countries = commaList(parser.values(o.country).join(u','));
        if (options.countries.isEmpty())
            return fail(tr("--country needs at least one id, e.g. TUR,RUS"));
    }
    options.allCountries = parser.isSet(o.all);
    if (options.allCountries && options.countries.isEmpty())
        return fail(tr("--all needs --country"));
    for (const auto &[option, date] : {std::pair{&o.from, &options.from}, std::pair{&o.to, &options.to}}) {
        if (!parser.isSet(*option))
            continue;
        const QString value = parser.value(*option);
        *date = Date::fromIsoString(value);
        if (!*date)
            return fail(tr("bad date \"%1\" for --%2: use YYYY, YYYY-MM or YYYY-MM-DD").arg(value, option->names().constFirst()));
    }
    if (options.from && options.to && options.from->firstDay() > options.to->lastDay())
        return fail(tr("--from %1 is after --to %2").arg(options.from->toIsoString(), options.to->toIsoString()));
    if (parser.isSet(o.category)) {
        options.categories = commaList(parser.values(o.category).join(u','));
        if (options.categories.isEmpty())
            return fail(tr("--category needs at least one name"));
    }
    options.text = parser.values(o.text).join(u' ').trimmed();

    int outputs = 0;
    for (const auto &[option, action] : {std::pair{&o.save, CommandLineOptions::Action::Save},
                                         std::pair{&o.exportTo, CommandLineOptions::Action::Export},
                                         std::pair{&o.screenshot, CommandLineOptions::Action::Screenshot}}) {
        if (!parser.isSet(*option))
            continue;
        ++outputs;
        options.action = action;
        options.output = parser.value(*option);
        if (options.output.isEmpty())
            return fail(tr("--%1 needs a file name").arg(option->names().constFirst()));
    }
    if (outputs > 1)
        return fail(tr("use one of --save, --export and --screenshot"));

    if (parser.isSet(o.size)) {
        options.size = parseSize(parser.value(o.size));
        if (!options.size)
            return fail(tr("--size must look like 1600x1000, not \"%1\"").arg(parser.value(o.size)));
    }
    options.view = parser.value(o.view).trimmed().toLower();
    const bool viewSet = parser.isSet(o.view);

    switch (options.action) {
    case CommandLineOptions::Action::Open:
        if (viewSet || options.size)
            return fail(tr("--view and --size go with --export or --screenshot"));
        break;
    case CommandLineOptions::Action::Save:
        if (viewSet || options.size)
            return fail(tr("--view and --size go with --export or --screenshot"));
        if (!options.output.endsWith(u".dyad", Qt::CaseInsensitive))
            return fail(tr("--save writes a session: the file name must end in .dyad"));
        break;
    case CommandLineOptions::Action::Screenshot:
        if (options.view.isEmpty())
            options.view = u"window"_qs;
        if (!options.size)
            options.size = QSize(1600, 1000);
        break;
    case CommandLineOptions::Action::Export: {
        const QString suffix = options.exportSuffix();
        if (!exportSuffixes.contains(suffix))
            return fail(tr("unknown export format \"%1\": use .csv, .json, .png, .svg, .pdf or .html").arg(QFileInfo(options.output).fileName()));
        const QStringList views = viewsForSuffix(suffix);
        if (views.isEmpty()) {
            if (viewSet || options.size)
                return fail(tr("--view and --size do not apply to a .%1 export of events").arg(suffix));
        } else if (!viewSet) {
            options.view = views.first();
        } else if (!views.contains(options.view)) {
            if (options.view == u"brief")
                return fail(tr("a brief is written as .pdf or .html, not .%1").arg(suffix));
            if (suffix == u"html")
                return fail(tr("an .html export is a brief; use --view brief or a .png, .svg or .pdf file"));
            return fail(tr("unknown view \"%1\" for --export (timeline, charts, map or brief)").arg(options.view));
        }
        break;
    }
    }
    return parsed;
}

std::optional<EventFilter> filterFor(const CommandLineOptions &options, const EventStore &store, QString &error)
{
    EventFilter filter;
    for (const QString &country : options.countries) {
        QString found;
        for (const Actor &actor : store.actors()) {
            if (actor.id.compare(country, Qt::CaseInsensitive) == 0) {
                found = actor.id;
                break;
            }
        }
        if (found.isEmpty()) {
            error = tr("unknown country \"%1\": no actor with this id in the data").arg(country);
            return std::nullopt;
        }
        if (!filter.actorIds.contains(found))
            filter.actorIds.append(found);
    }
    filter.actorMatch = options.allCountries ? EventFilter::ActorMatch::AllOf : EventFilter::ActorMatch::AnyOf;
    for (const QString &category : options.categories) {
        QString found;
        for (const QString &name : store.categories()) {
            if (name.compare(category, Qt::CaseInsensitive) == 0) {
                found = name;
                break;
            }
        }
        if (found.isEmpty()) {
            QStringList known = store.categories();
            known.sort();
            error = tr("unknown category \"%1\" (the data has: %2)").arg(category, known.join(u", "));
            return std::nullopt;
        }
        if (!filter.categories.contains(found))
            filter.categories.append(found);
    }
    if (options.from)
        filter.fromDay = options.from->firstDay();
    if (options.to)
        filter.toDay = options.to->lastDay();
    filter.text = options.text;
    return filter;
}

} // namespace dyad
