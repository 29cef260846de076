// Each format's sample, written from its specification, imports as documented.
#include "importtesting.h"

#include "import/importsupport.h"

#include <QThread>

using namespace dyad;
using namespace dyad::importtesting;

class TestImporters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gdelt2Sample()
    {
        const ImportResult result = importFile(dataPath(u"gdelt2_sample.export.CSV"_qs), u"gdelt"_qs);
        VERIFY_COMPLETE(result);
        const Dataset &data = result.dataset;
        QCOMPARE(data.events.size(), 6);
        QCOMPARE(result.rowsRead, 6);

        const Event &talks = eventWithId(data, u"gdelt:1000000001"_qs);
        QCOMPARE(talks.start, Date::fromYmd(2020, 3, 5));
        QCOMPARE(talks.category, u"diplomacy"_qs);
        QCOMPARE(talks.tone, 1.9);
        QCOMPARE(talks.title, u"Ankara → Russia: Make a visit"_qs);
        QCOMPARE(talks.summary, u"CAMEO event code 042 (verbal cooperation)"_qs);
        QCOMPARE(talks.participants, (QList<Participant>{{u"TURGOV"_qs, ParticipantRole::Initiator}, {u"RUS"_qs, ParticipantRole::Target}}));
        QVERIFY(talks.place);
        QCOMPARE(talks.place->name, u"Moscow, Moskva, Russia"_qs);
        QCOMPARE(talks.place->location, GeoPoint({55.7558, 37.6173}));
        QCOMPARE(talks.sources.size(), 1);
        QCOMPARE(talks.sources[0].url, u"https://www.example.com/news/2020/03/05/talks-in-moscow"_qs);
        QCOMPARE(talks.sources[0].publisher, u"example.com"_qs);
        QCOMPARE(talks.sources[0].date, Date::fromYmd(2020, 3, 5));

        const Event &fight = eventWithId(data, u"gdelt:1000000002"_qs);
        QCOMPARE(fight.category, u"conflict"_qs);
        QCOMPARE(fight.tone, -10.0);
        QVERIFY2(isWebUrl(fight.sources[0].url) && fight.sources[0].url.contains(u"%7C"), qPrintable(fight.sources[0].url));
        QCOMPARE(eventWithId(data, u"gdelt:1000000005"_qs).category, u"sanctions"_qs);
        const Event &statement = eventWithId(data, u"gdelt:1000000004"_qs);
        QCOMPARE(statement.title, u"United Nations: Make public statement"_qs);
        QVERIFY(!statement.place);
        QVERIFY(statement.sources.isEmpty());

        // States by CAMEO country code with their ISO names; other actors are named from their
        // codes and belong to their country.
        QCOMPARE(actorWithId(data, u"TUR"_qs).kind, ActorKind::State);
        QCOMPARE(actorWithId(data, u"TUR"_qs).name, u"Türkiye"_qs);
        QCOMPARE(actorWithId(data, u"RUS"_qs).name, u"Russian Federation"_qs);
        const Actor &ankara = actorWithId(data, u"TURGOV"_qs);
        QCOMPARE(ankara.name, u"Türkiye · government"_qs);
        QCOMPARE(ankara.kind, ActorKind::Organisation);
        QCOMPARE(ankara.stateId, u"TUR"_qs);
        QCOMPARE(actorWithId(data, u"IGOUNO"_qs).stateId, QString());
        QCOMPARE(actorWithId(data, u"IGOUNO"_qs).kind, ActorKind::Organisation);
        QCOMPARE(data.actors.size(), 6);
        verifyWritableAsDyadJson(data);
    }

    // Real files name one code differently row by row (USAGOV is "JOE BIDEN", then "THE US");
    // actors are named from country, type and known group, the rows' names stay in titles.
    void gdeltActorNamesComeFromCodes()
    {
        const ImportResult result = importFile(dataPath(u"gdelt2_actor_names.export.CSV"_qs), u"gdelt"_qs);
        VERIFY_COMPLETE(result);
        const Dataset &data = result.dataset;
        QCOMPARE(actorWithId(data, u"USAGOV"_qs).name, u"United States of America · government"_qs);
        QCOMPARE(actorWithId(data, u"RUSGOV"_qs).name, u"Russian Federation · government"_qs);
        QCOMPARE(actorWithId(data, u"GOV"_qs).name, u"Government"_qs);
        QCOMPARE(actorWithId(data, u"BUS"_qs).name, u"Business"_qs);
        QCOMPARE(actorWithId(data, u"BUS"_qs).kind, ActorKind::Company);
        QCOMPARE(actorWithId(data, u"EUR"_qs).name, u"Europe"_qs);
        QCOMPARE(actorWithId(data, u"TURMIL"_qs).name, u"Türkiye · military"_qs);
        QCOMPARE(actorWithId(data, u"TURGOV"_qs).name, u"Türkiye · government"_qs);
        QCOMPARE(actorWithId(data, u"IGOUNO"_qs).name, u"United Nations"_qs);

        QCOMPARE(eventWithId(data, u"gdelt:2000000001"_qs).title, u"Joe Biden → Vladimir Putin: Engage in negotiation"_qs);
        QCOMPARE(eventWithId(data, u"gdelt:2000000002"_qs).title,
                 u"The US → Vladimir Putin: Impose embargo, boycott, or sanctions"_qs);
        QCOMPARE(eventWithId(data, u"gdelt:2000000003"_qs).title,
                 u"Minist of Home Affairs → Company: Arrest, detain, or charge with legal action"_qs);
        QCOMPARE(eventWithId(data, u"gdelt:2000000005"_qs).title, u"Ankara → United Nations: Appeal for aid"_qs);
        QVERIFY(eventWithId(data, u"gdelt:2000000001"_qs).place);
        verifyWritableAsDyadJson(data);
    }

    // Geo type 0, or no name at 0,0, is GDELT's "no geography": no place on Null Island.
    void gdeltRowsWithoutGeographyHaveNoPlace()
    {
        const ImportResult result = importFile(dataPath(u"gdelt2_actor_names.export.CSV"_qs), u"gdelt"_qs);
        VERIFY_COMPLETE(result);
        QVERIFY(!eventWithId(result.dataset, u"gdelt:2000000002"_qs).place);
        QVERIFY(!eventWithId(result.dataset, u"gdelt:2000000003"_qs).place);
        QCOMPARE(eventWithId(result.dataset, u"gdelt:2000000004"_qs).place->name, u"Turkey"_qs);
    }

    // Every link GDELT gives is either a link the details view can open or kept as text.
    void gdeltSourceUrlsAreAlwaysValidLinks()
    {
        QFile sample(dataPath(u"gdelt2_sample.export.CSV"_qs));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QByteArray row = sample.readLine();
        const QByteArray prefix = row.left(row.lastIndexOf('\t') + 1).mid(row.indexOf('\t'));
        const QList<QByteArray> urls = {"http://-news.example.net/x", "https://news-.example.net/", "http://a..b/",
                                        "https://Example.COM/a b", "https://example.com/%zz", "https://example.com:8080/x",
                                        "https://example.com./x", "http://example.com/a#b#c", "BBC Monitoring", "ftp://example.com/"};
        QByteArray bytes;
        for (qsizetype i = 0; i < urls.size(); ++i)
            bytes += QByteArray::number(i + 1) + prefix + urls[i] + '\n';
        const ImportResult result = importBytes(bytes, u"gdelt"_qs);
        VERIFY_COMPLETE(result);
        QCOMPARE(result.dataset.events.size(), urls.size());
        for (const Event &event : result.dataset.events) {
            QCOMPARE(event.sources.size(), 1);
            const Source &source = event.sources.first();
            QVERIFY2(source.url.isEmpty() || isWebUrl(source.url), qPrintable(source.url));
            QVERIFY(!source.url.isEmpty() || !source.title.isEmpty() || !source.publisher.isEmpty());
        }
        QCOMPARE(eventWithId(result.dataset, u"gdelt:9"_qs).sources.first().publisher, u"BBC Monitoring"_qs);
        verifyWritableAsDyadJson(result.dataset);
    }

    void gdelt1Sample()
    {
        const ImportResult result = importFile(dataPath(u"gdelt1_sample.export.CSV"_qs), u"gdelt"_qs);
        VERIFY_COMPLETE(result);
        QCOMPARE(result.dataset.events.size(), 3);
        const Event &talks = eventWithId(result.dataset, u"gdelt:1000000001"_qs);
        QCOMPARE(talks.place->name, u"Moscow, Moskva, Russia"_qs);
        QCOMPARE(talks.place->location, GeoPoint({55.7558, 37.6173}));
        QCOMPARE(talks.sources[0].url, u"https://www.example.com/news/2020/03/05/talks-in-moscow"_qs);
        QVERIFY(eventWithId(result.dataset, u"gdelt:1000000003"_qs).sources.isEmpty());  // the 57-column row
    }

    void acledCurrentExport()
    {
        const ImportResult result = importFile(dataPath(u"acled_current.csv"_qs), u"acled"_qs);
        VERIFY_COMPLETE(result);
        const Dataset &data = result.dataset;
        QCOMPARE(data.events.size(), 3);
        const Event &protest = eventWithId(data, u"acled:TUR1001"_qs);
        QCOMPARE(protest.start, Date::fromYmd(2023, 2, 14));
        QCOMPARE(protest.category, u"protests"_qs);
        QCOMPARE(protest.tone, -2.0);
        QCOMPARE(protest.title, u"Peaceful protest in Istanbul"_qs);
        QVERIFY(protest.summary.contains(u"including \"students\""));
        QVERIFY(protest.summary.endsWith(u"Fatalities: 0"));
        QCOMPARE(protest.participants, (QList<Participant>{{u"acled:protesters-turkey"_qs, ParticipantRole::Initiator},
                                                            {u"TUR"_qs, ParticipantRole::Participant}}));
        QCOMPARE(protest.sources.size(), 2);
        QCOMPARE(protest.sources[1].publisher, u"Regional radio"_qs);
        QCOMPARE(protest.place->location, GeoPoint({41.0082, 28.9784}));

        const Event &battle = eventWithId(data, u"acled:SYR2002"_qs);
        QCOMPARE(battle.tone, -8.0);
        QCOMPARE(battle.participants.size(), 5);  // two sides, two associated militias, Syria
        QCOMPARE(actorWithId(data, u"acled:military-forces-of-turkey-2016"_qs).kind, ActorKind::Organisation);
        QCOMPARE(actorWithId(data, u"acled:rebel-group-a"_qs).kind, ActorKind::ArmedGroup);
        QCOMPARE(actorWithId(data, u"SYR"_qs).name, u"Syria"_qs);
        QCOMPARE(actorWithId(data, u"SYR"_qs).kind, ActorKind::State);

        const Event &agreement = eventWithId(data, u"acled:RUS3003"_qs);
        QCOMPARE(agreement.start, Date::fromYmd(2023, 5));  // time_precision 3: the month
        QCOMPARE(agreement.tone, 3.0);
        verifyWritableAsDyadJson(data);
    }

    void acled2019ExportWithByteOrderMark()
    {
        const ImportResult result = importFile(dataPath(u"acled_2019.csv"_qs), u"acled"_qs);
        VERIFY_COMPLETE(result);
        const Event &riot = eventWithId(result.dataset, u"acled:TUR501"_qs);
        QCOMPARE(riot.start, Date::fromYmd(2019, 3, 15));  // "15 March 2019"
        QCOMPARE(riot.category, u"riots"_qs);
        QCOMPARE(riot.tone, -6.0);
        QVERIFY(riot.participants.contains(Participant{u"TUR"_qs, ParticipantRole::Participant}));
        QCOMPARE(eventWithId(result.dataset, u"acled:TUR502"_qs).start.precision(), DatePrecision::Month);
        QCOMPARE(actorWithId(result.dataset, u"acled:unidentified-armed-group-turkey"_qs).kind, ActorKind::ArmedGroup);
        QCOMPARE(actorWithId(result.dataset, u"acled:civilians-turkey"_qs).kind, ActorKind::Other);
    }

    // Exports before 2019: ally_actor_1/2, gwno and country instead of iso/iso3, old event types.
    void acledExportBefore2019()
    {
        const ImportResult result = importFile(dataPath(u"acled_pre2019.csv"_qs), u"acled"_qs);
        VERIFY_COMPLETE(result);
        const Dataset &data = result.dataset;
        const Event &battle = eventWithId(data, u"acled:DRC1"_qs);
        QVERIFY(battle.participants.contains(Participant{u"COD"_qs, ParticipantRole::Participant}));
        QVERIFY(battle.participants.contains(Participant{u"acled:militia-x"_qs, ParticipantRole::Participant}));
        QVERIFY(battle.participants.contains(Participant{u"acled:militia-y"_qs, ParticipantRole::Participant}));
        QCOMPARE(battle.category, u"battles"_qs);
        QCOMPARE(battle.tone, -8.0);
        const Event &protest = eventWithId(data, u"acled:CIV2"_qs);  // no gwno: by the country's name
        QVERIFY(protest.participants.contains(Participant{u"CIV"_qs, ParticipantRole::Participant}));
        QCOMPARE(protest.category, u"protests"_qs);
        QCOMPARE(protest.tone, -4.0);
        const Event &bombing = eventWithId(data, u"acled:SOM3"_qs);
        QVERIFY(bombing.participants.contains(Participant{u"SOM"_qs, ParticipantRole::Participant}));
        QCOMPARE(bombing.category, u"explosions/remote violence"_qs);
        QCOMPARE(bombing.tone, -9.0);
        QCOMPARE(eventWithId(data, u"acled:XXX4"_qs).category, u"strategic developments"_qs);
        QCOMPARE(actorWithId(data, u"COD"_qs).kind, ActorKind::State);
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY2(result.warnings.first().startsWith(u"1 event has no country"), qPrintable(result.warnings.first()));
        QVERIFY(importFile(dataPath(u"acled_current.csv"_qs), u"acled"_qs).warnings.isEmpty());
    }

    void timelineJsSpreadsheet()
    {
        const ImportResult result = importFile(dataPath(u"timelinejs.csv"_qs), u"timelinejs"_qs);
        VERIFY_COMPLETE(result);
        const Dataset &data = result.dataset;
        QCOMPARE(data.info.title, u"Turkey and Russia"_qs);
        QCOMPARE(data.info.description, u"A sample timeline & its eras."_qs);
        QCOMPARE(data.events.size(), 4);
        const auto era = std::find_if(data.events.begin(), data.events.end(), [](const Event &e) { return e.category == u"era"; });
        QVERIFY(era != data.events.end());
        QCOMPARE(era->start, Date::fromYmd(2015));
        QCOMPARE(era->end, Date::fromYmd(2016, 6));
        const auto jet = std::find_if(data.events.begin(), data.events.end(), [](const Event &e) { return e.title == u"Jet shot down"; });
        QVERIFY(jet != data.events.end());
        QCOMPARE(jet->summary, u"First paragraph.\nSecond, with a link."_qs);
        QCOMPARE(jet->category, u"military"_qs);
        QCOMPARE(jet->sources.value(0).url, u"https://example.com/photo.jpg"_qs);
        QCOMPARE(jet->sources.value(0).publisher, u"Example Agency"_qs);
        const auto ides = std::find_if(data.events.begin(), data.events.end(), [](const Event &e) { return e.title == u"Ides of March"; });
        QCOMPARE(ides->start, Date::fromYmd(-44, 3, 15));
        verifyWritableAsDyadJson(data);
    }

    void timelineJsJson()
    {
        for (const QString &format : {u"timelinejs-json"_qs, u"timelinejs"_qs}) {
            const ImportResult result = importFile(dataPath(u"timelinejs.json"_qs), format);
            VERIFY_COMPLETE(result);
            const Dataset &data = result.dataset;
            QCOMPARE(data.info.title, u"Sample timeline"_qs);
            QCOMPARE(data.events.size(), 4);
            const Event &deliveries = eventWithId(data, u"timelinejs:deliveries"_qs);
            QCOMPARE(deliveries.start, Date::fromYmd(2019, 7, 12));
            QCOMPARE(deliveries.end, Date::fromYmd(2019, 7, 25));
            QCOMPARE(deliveries.summary, u"First part & second part."_qs);
            QCOMPARE(deliveries.category, u"arms"_qs);
            const auto old = std::find_if(data.events.begin(), data.events.end(), [](const Event &e) { return e.start.year() == -500; });
            QCOMPARE(old->title, u"No headline: the first line of the text becomes the title."_qs);
            QCOMPARE(old->start.precision(), DatePrecision::Month);
            QCOMPARE(std::count_if(data.events.begin(), data.events.end(), [](const Event &e) { return e.category == u"era"; }), 1);
        }
    }

    void visItems()
    {
        const ImportResult result = importFile(dataPath(u"vis.json"_qs), u"vis"_qs);
        VERIFY_COMPLETE(result);
        const Dataset &data = result.dataset;
        QCOMPARE(data.events.size(), 4);
        QCOMPARE(eventWithId(data, u"vis:1"_qs).category, u"Diplomacy"_qs);
        QCOMPARE(eventWithId(data, u"vis:1"_qs).summary, u"A tooltip"_qs);
        const Event &range = eventWithId(data, u"vis:b"_qs);
        QCOMPARE(range.start, Date::fromYmd(2020, 2, 27));
        QCOMPARE(range.end, Date::fromYmd(2020, 3, 5));
        QCOMPARE(range.category, u"Military"_qs);
        QCOMPARE(eventWithId(data, u"vis:3"_qs).category, u"era"_qs);
        QCOMPARE(eventWithId(data, u"vis:3"_qs).start, Date::fromYmd(2019, 1));
        QCOMPARE(eventWithId(data, u"vis:4"_qs).start, Date::fromYmd(2020, 3, 5));
    }

    void dyadCsv()
    {
        const ImportResult result = importFile(dataPath(u"dyad.csv"_qs), u"csv"_qs);
        VERIFY_COMPLETE(result);
        const Dataset &data = result.dataset;
        QCOMPARE(data.events.size(), 3);
        const Event &talks = eventWithId(data, u"ev-1"_qs);
        QCOMPARE(talks.summary, u"A summary, with a comma"_qs);
        QCOMPARE(talks.tone, 4.5);
        QCOMPARE(talks.participants, (QList<Participant>{{u"TUR"_qs, ParticipantRole::Initiator}, {u"RUS"_qs, ParticipantRole::Target}}));
        QCOMPARE(talks.sources.size(), 2);
        QCOMPARE(talks.sources[0].date, Date::fromYmd(2020, 3, 6));
        QCOMPARE(talks.sources[1].url, u"https://example.org/b"_qs);
        const Event &arms = eventWithId(data, u"ev-2"_qs);
        QCOMPARE(arms.start, Date::fromYmd(2019, 7));
        QCOMPARE(arms.end, Date::fromYmd(2019, 9));
        QCOMPARE(arms.title, u"Multi-line\r\nsummary title?"_qs);
        QCOMPARE(arms.tone, -3.0);
        const Event &generated = eventWithId(data, u"csv:-0044-03-15-sum-a1-a2"_qs);
        QCOMPARE(generated.title, u"=SUM(A1:A2)"_qs);  // the apostrophe guard is taken off
        QCOMPARE(generated.summary, u"-starts with a minus"_qs);
        QCOMPARE(generated.start, Date::fromYmd(-44, 3, 15));
        QCOMPARE(actorWithId(data, u"TUR"_qs).kind, ActorKind::State);
        QCOMPARE(actorWithId(data, u"lavrov"_qs).kind, ActorKind::Other);
        verifyWritableAsDyadJson(data);
    }

    void dyadJsonIsJsonDataset()
    {
        QFile file(u":/data/bundled.json"_qs);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        Dataset expected;
        QVERIFY(!JsonDataset::read(bytes, expected).isError());
        const ImportResult result = importBytes(bytes, u"dyad"_qs);
        VERIFY_COMPLETE(result);
        QCOMPARE(result.dataset.events, expected.events);
        QCOMPARE(result.dataset.actors, expected.actors);
        QCOMPARE(result.rowsRead, expected.events.size());
    }

    void formatDetection_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::newRow("gdelt2") << u"gdelt2_sample.export.CSV"_qs << u"gdelt"_qs;
        QTest::newRow("gdelt1") << u"gdelt1_sample.export.CSV"_qs << u"gdelt"_qs;
        QTest::newRow("acled current") << u"acled_current.csv"_qs << u"acled"_qs;
        QTest::newRow("acled 2019") << u"acled_2019.csv"_qs << u"acled"_qs;
        QTest::newRow("timelinejs csv") << u"timelinejs.csv"_qs << u"timelinejs"_qs;
        QTest::newRow("timelinejs json") << u"timelinejs.json"_qs << u"timelinejs-json"_qs;
        QTest::newRow("vis") << u"vis.json"_qs << u"vis"_qs;
        QTest::newRow("dyad csv") << u"dyad.csv"_qs << u"csv"_qs;
    }

    void formatDetection()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFile input(dataPath(file));
        QVERIFY(input.open(QIODevice::ReadOnly));
        QCOMPARE(detectFormat(input.read(4096), u"renamed.txt"_qs), format);
        QCOMPARE(detectFormat("{\"format\": \"dyad\", \"actors\": []}", {}), u"dyad"_qs);
        QCOMPARE(detectFormat("", u"x.json"_qs), u"dyad"_qs);
        QCOMPARE(detectFormat("\x01\x02", u"blob.bin"_qs), QString());
    }

    // Files whose first bytes used to mislead detection: CR-only lines, UTF-16, ACLED without its id column.
    void formatDetectionOfUnusualFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::newRow("gdelt cr only") << u"detection/gdelt2_cr_only.export.CSV"_qs << u"gdelt"_qs;
        QTest::newRow("timelinejs utf-16") << u"detection/timelinejs_utf16.json"_qs << u"timelinejs-json"_qs;
        QTest::newRow("acled subset") << u"detection/acled_some_columns.csv"_qs << u"acled"_qs;
    }

    void formatDetectionOfUnusualFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFile input(dataPath(file));
        QVERIFY(input.open(QIODevice::ReadOnly));
        QCOMPARE(detectFormat(input.read(4096), u"renamed.txt"_qs), format);
    }

    void crOnlyGdeltReadsLikeTheOriginal()
    {
        const ImportResult original = importFile(dataPath(u"gdelt2_sample.export.CSV"_qs), u"gdelt"_qs);
        const ImportResult crOnly = importFile(dataPath(u"detection/gdelt2_cr_only.export.CSV"_qs), u"gdelt"_qs);
        VERIFY_COMPLETE(crOnly);
        QCOMPARE(crOnly.dataset.events, original.dataset.events);
    }

    // A UTF-16 JSON file is refused in JSON's terms, whichever TimelineJS name it is read under.
    void utf16JsonIsRefusedInJsonTerms()
    {
        for (const QString &format : {u"timelinejs"_qs, u"timelinejs-json"_qs}) {
            const ImportResult result = importFile(dataPath(u"detection/timelinejs_utf16.json"_qs), format);
            QVERIFY(result.refused);
            const QString message = result.problems.value(0).message;
            QVERIFY2(message.contains(u"UTF-16") && message.contains(u"text editor"), qPrintable(message));
            QVERIFY2(!message.contains(u"CSV") && !message.contains(u"column"), qPrintable(message));
        }
    }

    void acledSubsetSaysWhatItLacks()
    {
        const ImportResult result = importFile(dataPath(u"detection/acled_some_columns.csv"_qs), u"acled"_qs);
        QVERIFY(result.refused);
        const QString message = result.problems.value(0).message;
        QVERIFY2(message.contains(u"looks like an ACLED export") && message.contains(u"no column event_id_cnty"),
                 qPrintable(message));
    }

    // Cells wrapped by hand: the text reads as TimelineJS shows it, and a quotation given as the
    // media is kept in the summary with its credit.
    void timelinejsHtmlReadsAsABrowserShowsIt()
    {
        const ImportResult result = importFile(dataPath(u"timelinejs_html.csv"_qs), u"timelinejs"_qs);
        VERIFY_COMPLETE(result);
        QCOMPARE(result.dataset.events.size(), 2);
        const Event &wrapped = result.dataset.events[0];
        QCOMPARE(wrapped.title, u"A headline broken in the cell"_qs);
        QCOMPARE(wrapped.summary, u"First line of text, wrapped in the cell.\nSecond paragraph."_qs);
        const Event &quoted = result.dataset.events[1];
        QCOMPARE(quoted.summary, u"Some text.\n\n“A synthetic quotation, for testing.”\n— Example Speaker"_qs);
        QVERIFY(quoted.sources.isEmpty());
        QCOMPARE(plainTextFromHtml(u"a&nbsp;&nbsp;b <br> c"), u"a\u00a0\u00a0b\nc"_qs);
    }

    // ACLED files saved again by a spreadsheet: the file settles day/month order, the year
    // column two-digit years; a file that never settles the order is refused with the fix.
    void acledDatesRewrittenByASpreadsheet()
    {
        const auto start = [](const ImportResult &result, const char16_t *id) { return eventWithId(result.dataset, QString::fromUtf16(id)).start; };
        const ImportResult dayFirst = importFile(dataPath(u"spreadsheet/acled_day_first.csv"_qs), u"acled"_qs);
        VERIFY_COMPLETE(dayFirst);
        QCOMPARE(start(dayFirst, u"acled:TST1"), Date::fromYmd(2020, 5, 9));
        QCOMPARE(start(dayFirst, u"acled:TST2"), Date::fromYmd(2020, 4));  // time_precision 3
        QCOMPARE(start(dayFirst, u"acled:TST3"), Date::fromYmd(2001, 4, 18));

        const ImportResult monthFirst = importFile(dataPath(u"spreadsheet/acled_month_first.csv"_qs), u"acled"_qs);
        VERIFY_COMPLETE(monthFirst);
        QCOMPARE(start(monthFirst, u"acled:TST1"), Date::fromYmd(2020, 5, 9));
        QCOMPARE(start(monthFirst, u"acled:TST2"), Date::fromYmd(2020, 4, 18));

        const ImportResult names = importFile(dataPath(u"spreadsheet/acled_month_names.csv"_qs), u"acled"_qs);
        VERIFY_COMPLETE(names);
        QCOMPARE(start(names, u"acled:TST1"), Date::fromYmd(2020, 5, 9));
        QCOMPARE(start(names, u"acled:TST2"), Date::fromYmd(2019, 3, 15));
        QCOMPARE(start(names, u"acled:TST3"), Date::fromYmd(1999, 12, 1));

        for (const auto mode : {ImportOptions::AllOrNothing, ImportOptions::SkipInvalidRows}) {
            const ImportResult ambiguous = importFile(dataPath(u"spreadsheet/acled_ambiguous.csv"_qs), u"acled"_qs, mode);
            QVERIFY(ambiguous.refused);
            const ParseError problem = ambiguous.problems.value(0);
            QCOMPARE(problem.line, 2);
            QCOMPARE(problem.column, 2);
            QVERIFY2(problem.message.contains(u"5/9/2020") && problem.message.contains(u"re-formatted by a spreadsheet")
                         && problem.message.contains(u"YYYY-MM-DD"),
                     qPrintable(problem.message));
        }

        const ImportResult mixed = importFile(dataPath(u"spreadsheet/acled_mixed_orders.csv"_qs), u"acled"_qs);
        QVERIFY(mixed.refused);
        QCOMPARE(mixed.problems.value(0).line, 3);
        QVERIFY2(mixed.problems.value(0).message.contains(u"mixes both orders"), qPrintable(mixed.problems.value(0).message));

        const ImportResult bad = importBytes("event_id_cnty,event_date,event_type,actor1\nX1,March 2019,Protests,Someone\n", u"acled"_qs);
        QVERIFY2(bad.problems.value(0).message.contains(u"\"15 March 2019\""), problemsOf(bad).constData());
    }

    // Years beyond Dyad's range are still refused, but the message says what the range is.
    void deepTimeIsRefusedWithTheRange_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::newRow("sheet") << u"deep_time/timelinejs_deep_time.csv"_qs << u"timelinejs"_qs;
        QTest::newRow("json") << u"deep_time/timelinejs_deep_time.json"_qs << u"timelinejs-json"_qs;
    }

    void deepTimeIsRefusedWithTheRange()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        const ImportResult result = importFile(dataPath(file), format);
        QVERIFY(result.refused);
        const QString message = result.problems.value(0).message;
        QVERIFY2(message.contains(u"-13800000000") && message.contains(u"from 4,000,000 BCE to 4,000,000 CE"), qPrintable(message));
    }

    void importRunsOnAWorkerThread()
    {
        const ImportResult here = importFile(dataPath(u"acled_current.csv"_qs), u"acled"_qs);
        ImportResult there;
        QThread *worker = QThread::create([&] { there = importFile(dataPath(u"acled_current.csv"_qs), u"acled"_qs); });
        worker->start();
        QVERIFY(worker->wait(30000));
        delete worker;
        QCOMPARE(there.dataset.events, here.dataset.events);
        QCOMPARE(there.dataset.actors, here.dataset.actors);
    }

    void unknownFormatHasNoImporter()
    {
        QVERIFY(!importerForFormat(u"xlsx"));
        for (const QString &name : importFormatNames())
            QCOMPARE(importerForFormat(name)->formatName(), name);
    }
};

QTEST_GUILESS_MAIN(TestImporters)
#include "tst_importers.moc"
