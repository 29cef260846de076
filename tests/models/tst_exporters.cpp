#include "core/eventstore.h"
#include "export/csvexporter.h"
#include "export/jsonexporter.h"
#include "import/dyadcsvformat.h"
#include "import/importer.h"
#include "io/jsondataset.h"
#include "session/session.h"
#include "syntheticdata.h"

#include <QBuffer>
#include <QTest>

#include <numeric>

using namespace dyad;

namespace {

std::vector<EventRow> allRows(const EventStore &store)
{
    std::vector<EventRow> rows(size_t(store.size()));
    std::iota(rows.begin(), rows.end(), EventRow(0));
    return rows;
}

ImportResult importCsv(const QByteArray &csv)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    ImportProgress progress;
    return importerForFormat(u"csv")->read(buffer, u"export.csv"_qs, {}, progress);
}

QByteArray problemsOf(const ImportResult &result)
{
    QStringList lines;
    for (const ParseError &problem : result.problems)
        lines.append(problem.toString());
    return lines.join(u'\n').toUtf8();
}

// Exports the rows to CSV, reads the file back into a new store and checks that every event
// is the same as in the original store, row by row.
void verifyCsvRoundTrip(const EventStore &original, const std::vector<EventRow> &rows)
{
    const QByteArray csv = CsvExporter::toCsv(original, rows);
    const ImportResult result = importCsv(csv);
    QVERIFY2(result.isComplete(), problemsOf(result).constData());
    QCOMPARE(result.dataset.events.size(), qsizetype(rows.size()));
    EventStore reread;
    fillStore(reread, result.dataset);
    QCOMPARE(reread.size(), qsizetype(rows.size()));
    for (size_t i = 0; i < rows.size(); ++i) {
        const Event expected = original.event(rows[i]);
        const auto key = reread.keyOfId(expected.id);
        QVERIFY2(key, qPrintable(expected.id));
        const Event actual = reread.event(reread.rowOfKey(*key));
        if (actual != expected) {
            qWarning("expected %s\n  actual %s", JsonDataset::write({{}, {}, {expected}}).constData(),
                     JsonDataset::write({{}, {}, {actual}}).constData());
        }
        QCOMPARE(actual, expected);
    }
}

} // namespace

class TestExporters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formulaCellsAreNeutralisedReversibly()
    {
        const QStringList dangerous = {u"=1+2"_qs, u"+cmd|' /C calc'!A0"_qs, u"-2+3"_qs, u"@SUM(A1)"_qs, u"\tx"_qs,
                                       u"\rx"_qs, u"'=x"_qs, u"''-1"_qs, u"-"_qs, u"-0044-03-15"_qs};
        for (const QString &cell : dangerous) {
            QVERIFY2(DyadCsv::neutralised(cell).startsWith(u'\''), qPrintable(cell));
            QCOMPARE(DyadCsv::restored(DyadCsv::neutralised(cell)), cell);
        }
        const QStringList harmless = {u""_qs, u"plain"_qs, u"-3.5"_qs, u"-0044"_qs, u"'"_qs, u"'quoted'"_qs, u"1e-5"_qs, u"a=b"_qs};
        for (const QString &cell : harmless) {
            QCOMPARE(DyadCsv::neutralised(cell), cell);
            QCOMPARE(DyadCsv::restored(cell), cell);
        }
        QCOMPARE(DyadCsv::restored(u"'-3"), u"-3"_qs);  // a hand-guarded number
    }

    void participantsKeepOrderRolesAndOddIds()
    {
        const QList<Participant> participants = {{u"a;b"_qs, ParticipantRole::Target},
                                                 {u"c:d\\e"_qs, ParticipantRole::Participant},
                                                 {u"TUR"_qs, ParticipantRole::Initiator}};
        const QString cell = DyadCsv::formatParticipants(participants);
        QString error;
        QCOMPARE(DyadCsv::parseParticipants(cell, error), participants);
        QVERIFY(error.isEmpty());
    }

    void numbersAreShortAndExact()
    {
        QCOMPARE(DyadCsv::formatNumber(double(1.9f)), u"1.9"_qs);
        QCOMPARE(DyadCsv::formatNumber(55.7558), u"55.7558"_qs);
        QCOMPARE(DyadCsv::formatNumber(-10), u"-10"_qs);
        QCOMPARE(DyadCsv::formatNumber(0.1 + 0.2).toDouble(), 0.1 + 0.2);
    }

    void bundledDatasetSurvivesCsv()
    {
        Session session;
        const ParseError error = session.loadBundledDataset();
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QVERIFY(session.store().size() >= 40);
        verifyCsvRoundTrip(session.store(), allRows(session.store()));
    }

    void bundledDatasetSurvivesJson()
    {
        Session session;
        QVERIFY(!session.loadBundledDataset().isError());
        const EventStore &store = session.store();
        QByteArray json;
        QBuffer buffer(&json);
        buffer.open(QIODevice::WriteOnly);
        QString problem;
        QVERIFY(dataExporterForFormat(u"json")->write(buffer, session.info(), store, allRows(store), problem));
        Dataset reread;
        const ParseError error = JsonDataset::read(json, reread);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(reread.info, session.info());
        EventStore rebuilt;
        fillStore(rebuilt, reread);
        QCOMPARE(rebuilt.size(), store.size());
        for (EventRow row = 0; row < EventRow(store.size()); ++row)
            QCOMPARE(rebuilt.event(row), store.event(row));
    }

    // Export -> import through the importers File > Open and the command line use, into a new
    // store: the same events (and, for JSON, the same actors and dataset info).
    void bundledDatasetRoundTripsThroughTheImporters()
    {
        Session session;
        QVERIFY(!session.loadBundledDataset().isError());
        const EventStore &store = session.store();
        for (const QString &format : {u"json"_qs, u"csv"_qs}) {
            QByteArray bytes;
            QBuffer output(&bytes);
            output.open(QIODevice::WriteOnly);
            QString problem;
            QVERIFY(dataExporterForFormat(format)->write(output, session.info(), store, allRows(store), problem));
            QBuffer input(&bytes);
            input.open(QIODevice::ReadOnly);
            const QString detected = detectFormat(bytes.left(4096), u"export."_qs + format);
            QCOMPARE(detected, format == u"json" ? u"dyad"_qs : u"csv"_qs);
            EventStore reread;
            ImportProgress progress;
            const ImportResult result = importerForFormat(detected)->readInto(reread, input, u"export"_qs, {}, progress);
            QVERIFY2(result.isComplete(), problemsOf(result).constData());
            QCOMPARE(reread.size(), store.size());
            for (EventRow row = 0; row < EventRow(store.size()); ++row) {
                const auto key = reread.keyOfId(store.id(row));
                QVERIFY(key);
                QCOMPARE(reread.event(reread.rowOfKey(*key)), store.event(row));
            }
            if (format == u"json") {
                QCOMPARE(result.dataset.info, session.info());
                QCOMPARE(reread.actors(), store.actors());
            }
        }
    }

    void syntheticDataSurvivesCsv()
    {
        const EventStore store = testing::generateSyntheticStore({3000, 77});
        verifyCsvRoundTrip(store, allRows(store));
    }

    void awkwardTextSurvivesCsv()
    {
        EventStore store;
        for (const char16_t *id : {u"TUR", u"a;b", u"c:d"})
            store.addActor({QString::fromUtf16(id), QString::fromUtf16(id), ActorKind::State, {}, std::nullopt});
        Event tricky{u"=cmd|'/C calc'!A0"_qs, Date::fromYmd(-44, 3, 15), Date::fromYmd(-43), u"Quotes \"inside\", commas, and\nline\r\nbreaks"_qs,
                     u"-starts with a minus; @ and + too"_qs, u"+category"_qs, -7.25,
                     {{u"a;b"_qs, ParticipantRole::Target}, {u"TUR"_qs, ParticipantRole::Initiator}, {u"c:d"_qs, ParticipantRole::Participant}},
                     Place{u"'=quoted place"_qs, GeoPoint{-33.8688, 151.2093}},
                     {{u"Pub, Inc."_qs, u"@title"_qs, u"https://example.com/a?b=1&c=%222%22,x"_qs, Date::fromYmd(2020, 2)},
                      {{}, {}, u"https://example.org/"_qs, {}},
                      {u"Third"_qs, {}, {}, Date::fromYmd(1999)}}};
        store.appendUnsorted(tricky);
        store.appendUnsorted({u"plain"_qs, Date::fromYmd(2020, 1), std::nullopt, u"Plain"_qs, {}, {}, 0, {}, Place{{}, GeoPoint{0, 0}}, {}});
        store.appendUnsorted({u"unplaced"_qs, Date::fromYmd(1850, 12, 31), std::nullopt, u"\ttab first"_qs, {}, {}, 10, {}, Place{u"Named only"_qs, std::nullopt}, {}});
        store.sortByStart();
        verifyCsvRoundTrip(store, allRows(store));

        const QByteArray csv = CsvExporter::toCsv(store, allRows(store));
        QVERIFY(csv.startsWith("\xEF\xBB\xBFid,start,end,title,summary,category,tone,participants,place,latitude,longitude,"
                               "source_publisher,source_title,source_url,source_date,source2_publisher"));
        QVERIFY(csv.contains("source3_date\r\n"));
        QVERIFY(csv.contains("'=cmd|'/C calc'!A0,"));
        QVERIFY(csv.contains(",'-starts with a minus"));
        QVERIFY(csv.contains(",-7.25,"));  // a negative number stays a number
        QVERIFY(!csv.contains(",=") && !csv.contains(",+") && !csv.contains(",@"));
    }

    void filteredRowsOnly()
    {
        Session session;
        QVERIFY(!session.loadBundledDataset().isError());
        EventFilter filter;
        filter.actorIds = {u"RUS"_qs};
        filter.text = u"Sochi"_qs;
        session.setFilter(filter);
        const std::vector<EventRow> rows = session.filteredRows();
        QVERIFY(!rows.empty());
        QVERIFY(qsizetype(rows.size()) < session.store().size());
        verifyCsvRoundTrip(session.store(), rows);

        const Dataset dataset = JsonExporter::datasetOfRows(session.info(), session.store(), rows);
        QCOMPARE(dataset.events.size(), qsizetype(rows.size()));
        Dataset reread;
        const ParseError error = JsonDataset::read(JsonDataset::write(dataset), reread);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        // Only actors the rows name, plus the states they belong to.
        QVERIFY(reread.actors.size() < session.store().actorCount());
        for (const Actor &actor : std::as_const(reread.actors)) {
            const bool named = std::any_of(reread.events.begin(), reread.events.end(), [&](const Event &event) {
                return std::any_of(event.participants.begin(), event.participants.end(), [&](const Participant &p) { return p.actorId == actor.id; });
            });
            const bool stateOfNamed = std::any_of(reread.actors.begin(), reread.actors.end(), [&](const Actor &other) { return other.stateId == actor.id; });
            QVERIFY2(named || stateOfNamed, qPrintable(actor.id));
        }
    }

    void gdeltSurvivesCsvAndJson()
    {
        QFile file(QStringLiteral(DYAD_TEST_DATA_DIR "/import/gdelt2_sample.export.CSV"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        ImportProgress progress;
        const ImportResult result = importerForFormat(u"gdelt")->read(file, {}, {}, progress);
        QVERIFY(result.isComplete());
        EventStore store;
        fillStore(store, result.dataset);
        verifyCsvRoundTrip(store, allRows(store));
        Dataset reread;
        QVERIFY(!JsonDataset::read(JsonDataset::write(JsonExporter::datasetOfRows({}, store, allRows(store))), reread).isError());
        QCOMPARE(reread.events.size(), store.size());
    }

    // The store keeps tones as floats: JSON gets each float's shortest form, not the double's.
    void jsonTonesAreShortAndReadBackExactly()
    {
        Dataset dataset;
        for (const double tone : {1.9, -7.25, 0.1, 3.3333}) {
            Event event;
            event.id = u"e"_qs + QString::number(dataset.events.size());
            event.start = Date::fromYmd(2020, 1, 1);
            event.title = u"t"_qs;
            event.tone = tone;
            dataset.events.append(event);
        }
        EventStore store;
        fillStore(store, dataset);
        const QByteArray json = JsonDataset::write(JsonExporter::datasetOfRows({}, store, allRows(store)));
        QVERIFY2(json.contains("\"tone\": 1.9\n") && json.contains("\"tone\": 0.1\n") && json.contains("\"tone\": 3.3333\n"),
                 json.constData());
        QVERIFY2(!json.contains("1.8999"), json.constData());
        Dataset reread;
        QVERIFY(!JsonDataset::read(json, reread).isError());
        EventStore rebuilt;
        fillStore(rebuilt, reread);
        for (EventRow row = 0; row < EventRow(store.size()); ++row)
            QCOMPARE(rebuilt.tone(row), store.tone(row));
    }

    void exporterNames()
    {
        for (const QString &name : dataExportFormatNames())
            QCOMPARE(dataExporterForFormat(name)->formatName(), name);
        QCOMPARE(dataExporterForFormat(u"dyad")->formatName(), u"json"_qs);
        QVERIFY(!dataExporterForFormat(u"xlsx"));
    }
};

QTEST_GUILESS_MAIN(TestExporters)
#include "tst_exporters.moc"
