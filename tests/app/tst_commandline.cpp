// The command line's parser: good argument sets become options, bad ones one clear line.
#include "commandline.h"

#include "import/importer.h"
#include "session/session.h"

#include <QTest>

using namespace dyad;

Q_DECLARE_METATYPE(CommandLineOptions::Action)

namespace {

ParsedCommandLine parse(const QStringList &arguments)
{
    return parseCommandLine(QStringList{u"dyad"_qs} + arguments);
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<CommandLineOptions::Action>("action");
        QTest::addColumn<QString>("view");

        using A = CommandLineOptions::Action;
        QTest::newRow("nothing") << QStringList() << A::Open << QString();
        QTest::newRow("file and filter") << QStringList{u"data.csv"_qs, u"--country"_qs, u"TUR,RUS"_qs, u"--all"_qs} << A::Open << QString();
        QTest::newRow("csv export") << QStringList{u"--export"_qs, u"out.csv"_qs} << A::Export << QString();
        QTest::newRow("json export, = form") << QStringList{u"--export=out.JSON"_qs} << A::Export << QString();
        QTest::newRow("png defaults to timeline") << QStringList{u"--export"_qs, u"t.png"_qs} << A::Export << u"timeline"_qs;
        QTest::newRow("svg charts") << QStringList{u"--export"_qs, u"c.svg"_qs, u"--view"_qs, u"charts"_qs} << A::Export << u"charts"_qs;
        QTest::newRow("pdf map") << QStringList{u"--export"_qs, u"m.pdf"_qs, u"--view"_qs, u"map"_qs} << A::Export << u"map"_qs;
        QTest::newRow("pdf brief") << QStringList{u"--export"_qs, u"b.pdf"_qs, u"--view"_qs, u"Brief"_qs} << A::Export << u"brief"_qs;
        QTest::newRow("html is a brief") << QStringList{u"--export"_qs, u"b.html"_qs} << A::Export << u"brief"_qs;
        QTest::newRow("save") << QStringList{u"g.tsv"_qs, u"--format"_qs, u"GDELT"_qs, u"--save"_qs, u"out.dyad"_qs} << A::Save << QString();
        QTest::newRow("screenshot") << QStringList{u"--screenshot"_qs, u"s.png"_qs, u"--view"_qs, u"timeline-dyad"_qs, u"--size"_qs, u"800x600"_qs}
                                    << A::Screenshot << u"timeline-dyad"_qs;
        QTest::newRow("screenshot defaults") << QStringList{u"--screenshot"_qs, u"s.png"_qs} << A::Screenshot << u"window"_qs;
    }

    void goodArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(CommandLineOptions::Action, action);
        QFETCH(QString, view);
        const ParsedCommandLine parsed = parse(arguments);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.options.action, action);
        QCOMPARE(parsed.options.view, view);
    }

    void everyOptionLandsInTheStruct()
    {
        const ParsedCommandLine parsed = parse({u"session.dyad"_qs, u"--country"_qs, u" tur , RUS,"_qs, u"--country"_qs, u"USA"_qs, u"--all"_qs,
                                                u"--from"_qs, u"2017-09"_qs, u"--to=-0044"_qs, u"--category"_qs, u"arms,diplomacy"_qs,
                                                u"--text"_qs, u"S-400"_qs, u"--export"_qs, u"out.svg"_qs, u"--size"_qs, u"1200x900"_qs});
        // --to before --from: refused, but only after everything else parsed.
        QVERIFY(parsed.error.contains(u"--from 2017-09 is after --to -0044"));

        const ParsedCommandLine good = parse({u"session.dyad"_qs, u"--country"_qs, u" tur , RUS,"_qs, u"--country"_qs, u"USA"_qs, u"--all"_qs,
                                              u"--from"_qs, u"2017-09"_qs, u"--to"_qs, u"2019"_qs, u"--category"_qs, u"arms,diplomacy"_qs,
                                              u"--text"_qs, u"S-400"_qs, u"--export"_qs, u"out.svg"_qs, u"--size"_qs, u"1200x900"_qs});
        QVERIFY2(good.error.isEmpty(), qPrintable(good.error));
        const CommandLineOptions &o = good.options;
        QCOMPARE(o.file, u"session.dyad"_qs);
        QCOMPARE(o.countries, (QStringList{u"tur"_qs, u"RUS"_qs, u"USA"_qs}));
        QVERIFY(o.allCountries);
        QCOMPARE(o.from, Date::fromYmd(2017, 9));
        QCOMPARE(o.to, Date::fromYmd(2019));
        QCOMPARE(o.categories, (QStringList{u"arms"_qs, u"diplomacy"_qs}));
        QCOMPARE(o.text, u"S-400"_qs);
        QCOMPARE(o.output, u"out.svg"_qs);
        QCOMPARE(o.exportSuffix(), u"svg"_qs);
        QCOMPARE(o.size, QSize(1200, 900));
        QVERIFY(o.hasFilter());
        QVERIFY(!parse({u"x.csv"_qs}).options.hasFilter());
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");

        QTest::newRow("two files") << QStringList{u"a.csv"_qs, u"b.csv"_qs} << u"open one file at a time"_qs;
        QTest::newRow("unknown option") << QStringList{u"--colour"_qs} << u"Unknown option 'colour'"_qs;
        QTest::newRow("missing value") << QStringList{u"--country"_qs} << u"Missing value after '--country'"_qs;
        QTest::newRow("unknown format") << QStringList{u"a.x"_qs, u"--format"_qs, u"xlsx"_qs} << u"unknown format \"xlsx\""_qs;
        QTest::newRow("unknown format lists all") << QStringList{u"a.x"_qs, u"--format"_qs, u"xlsx"_qs} << u"timelinejs-json"_qs;
        QTest::newRow("skip without file") << QStringList{u"--skip-invalid"_qs} << u"--skip-invalid needs a FILE"_qs;
        QTest::newRow("format without file") << QStringList{u"--format"_qs, u"csv"_qs} << u"--format needs a FILE"_qs;
        QTest::newRow("empty country") << QStringList{u"--country"_qs, u" , "_qs} << u"--country needs at least one id"_qs;
        QTest::newRow("all alone") << QStringList{u"--all"_qs} << u"--all needs --country"_qs;
        QTest::newRow("bad date") << QStringList{u"--from"_qs, u"2020-02-30"_qs} << u"bad date \"2020-02-30\" for --from"_qs;
        QTest::newRow("bad date words") << QStringList{u"--to"_qs, u"yesterday"_qs} << u"bad date \"yesterday\" for --to"_qs;
        QTest::newRow("reversed dates") << QStringList{u"--from"_qs, u"2021"_qs, u"--to"_qs, u"2020-12"_qs} << u"--from 2021 is after --to 2020-12"_qs;
        QTest::newRow("two outputs") << QStringList{u"--save"_qs, u"a.dyad"_qs, u"--export"_qs, u"a.csv"_qs} << u"use one of --save, --export and --screenshot"_qs;
        QTest::newRow("save suffix") << QStringList{u"--save"_qs, u"a.db"_qs} << u"must end in .dyad"_qs;
        QTest::newRow("export suffix") << QStringList{u"--export"_qs, u"a.xlsx"_qs} << u"unknown export format \"a.xlsx\""_qs;
        QTest::newRow("unknown view") << QStringList{u"--export"_qs, u"a.png"_qs, u"--view"_qs, u"globe"_qs} << u"unknown view \"globe\""_qs;
        QTest::newRow("brief as png") << QStringList{u"--export"_qs, u"a.png"_qs, u"--view"_qs, u"brief"_qs} << u"a brief is written as .pdf or .html"_qs;
        QTest::newRow("html timeline") << QStringList{u"--export"_qs, u"a.html"_qs, u"--view"_qs, u"timeline"_qs} << u"an .html export is a brief"_qs;
        QTest::newRow("view on csv") << QStringList{u"--export"_qs, u"a.csv"_qs, u"--view"_qs, u"timeline"_qs} << u"do not apply to a .csv export"_qs;
        QTest::newRow("view alone") << QStringList{u"--view"_qs, u"timeline"_qs} << u"--view and --size go with --export or --screenshot"_qs;
        QTest::newRow("bad size") << QStringList{u"--screenshot"_qs, u"a.png"_qs, u"--size"_qs, u"big"_qs} << u"--size must look like 1600x1000"_qs;
    }

    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        const ParsedCommandLine parsed = parse(arguments);
        QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
        QVERIFY(!parsed.error.contains(u'\n'));
    }

    void helpAndVersion()
    {
        const ParsedCommandLine help = parse({u"--help"_qs});
        QVERIFY(help.help);
        QVERIFY(help.error.isEmpty());
        for (const char16_t *word : {u"--country", u"--all", u"--from", u"--to", u"--category", u"--text", u"--format", u"--save",
                                     u"--export", u"--view", u"--screenshot", u"--size", u"Examples:"})
            QVERIFY2(commandLineHelp().contains(QStringView(word)), qPrintable(QString::fromUtf16(word)));
        for (const QString &format : importFormatNames())
            QVERIFY2(commandLineHelp().contains(format), qPrintable(format));
        QVERIFY(commandLineHelp().contains(u"--skip-invalid"));
        QVERIFY(commandLineHelp().contains(u"Exit code 3"));
        QVERIFY(parse({u"a.csv"_qs, u"--skip-invalid"_qs}).options.skipInvalid);
        QVERIFY(!parse({u"a.csv"_qs}).options.skipInvalid);
        QVERIFY(parse({u"-v"_qs}).version);
    }

    void filterResolvedInTheData()
    {
        Session session;
        QVERIFY(!session.loadBundledDataset().isError());
        ParsedCommandLine parsed = parse({u"--country"_qs, u"tur,Rus"_qs, u"--all"_qs, u"--from"_qs, u"2020"_qs, u"--to"_qs, u"2020-06"_qs,
                                          u"--category"_qs, u"DIPLOMACY"_qs, u"--text"_qs, u"Sochi"_qs});
        QVERIFY(parsed.error.isEmpty());
        QString error;
        const std::optional<EventFilter> filter = filterFor(parsed.options, session.store(), error);
        QVERIFY2(filter, qPrintable(error));
        QCOMPARE(filter->actorIds, (QStringList{u"TUR"_qs, u"RUS"_qs}));
        QCOMPARE(filter->actorMatch, EventFilter::ActorMatch::AllOf);
        QCOMPARE(filter->categories, QStringList{u"diplomacy"_qs});
        QCOMPARE(filter->fromDay, Date::fromYmd(2020, 1, 1).firstDay());
        QCOMPARE(filter->toDay, Date::fromYmd(2020, 6, 30).firstDay());
        QCOMPARE(filter->text, u"Sochi"_qs);

        parsed = parse({u"--country"_qs, u"TUR,XYZ"_qs});
        QVERIFY(!filterFor(parsed.options, session.store(), error));
        QVERIFY2(error.contains(u"unknown country \"XYZ\""), qPrintable(error));
        parsed = parse({u"--category"_qs, u"piracy"_qs});
        QVERIFY(!filterFor(parsed.options, session.store(), error));
        QVERIFY2(error.contains(u"unknown category \"piracy\" (the data has: arms, conflict,"), qPrintable(error));
    }
};

QTEST_MAIN(TestCommandLine)
#include "tst_commandline.moc"
