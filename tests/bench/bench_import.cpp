// import_gdelt: a GDELT 2.0 events file of report.events() rows (1,000,000 by default),
// generated in a temporary folder, imported into a new event store (Importer::readInto, the
// path of "import as a new session"); and, when the sqlite3
// shell is installed, the same file through its .import into a plain 61-column table, the
// ceiling the issue compares against.
// import_dyad_json: the synthetic dataset's first report.events() events (100,000 at most) as a Dyad JSON file,
// imported into a new store the same way.
#include "benchsuites.h"
#include "syntheticdata.h"

#include "core/eventstore.h"
#include "export/jsonexporter.h"
#include "io/jsondataset.h"
#include "import/importer.h"
#include "import/storemerge.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <numeric>
#include <vector>

namespace dyad::bench {

namespace {

struct CameoActor
{
    const char *code, *name, *country, *type;
};
constexpr CameoActor actors[] = {
    {"TUR", "TURKEY", "TUR", ""},           {"RUS", "RUSSIA", "RUS", ""},         {"TURGOV", "ANKARA", "TUR", "GOV"},
    {"RUSGOV", "KREMLIN", "RUS", "GOV"},    {"RUSMIL", "RUSSIAN ARMY", "RUS", "MIL"}, {"TURMIL", "TURKISH ARMY", "TUR", "MIL"},
    {"USA", "UNITED STATES", "USA", ""},    {"USAGOV", "WASHINGTON", "USA", "GOV"}, {"SYR", "SYRIA", "SYR", ""},
    {"SYRREB", "SYRIAN REBEL", "SYR", "REB"}, {"IGOUNO", "UNITED NATIONS", "", "IGO"}, {"IGOEUREEC", "EUROPEAN UNION", "", "IGO"},
    {"GRC", "GREECE", "GRC", ""},           {"IRN", "IRAN", "IRN", ""},           {"AZE", "AZERBAIJAN", "AZE", ""},
    {"ARM", "ARMENIA", "ARM", ""},          {"UKR", "UKRAINE", "UKR", ""},        {"DEU", "GERMANY", "DEU", ""},
    {"FRA", "FRANCE", "FRA", ""},           {"LBY", "LIBYA", "LBY", ""},          {"BUS", "COMPANY", "", "BUS"},
    {"CVL", "CIVILIAN", "", "CVL"},         {"TURBUS", "TURKISH FIRM", "TUR", "BUS"}, {"RUSBUS", "GAZPROM", "RUS", "BUS"},
};
struct CameoEvent
{
    const char *code;
    int quad;
    const char *goldstein;
};
constexpr CameoEvent events[] = {
    {"010", 1, "0.0"}, {"020", 1, "3.0"},  {"036", 1, "4.0"},  {"042", 1, "1.9"},   {"043", 1, "2.8"},
    {"046", 1, "7.0"}, {"057", 1, "8.0"},  {"061", 2, "6.4"},  {"071", 2, "7.4"},   {"0841", 2, "7.0"},
    {"111", 3, "-2.0"}, {"112", 3, "-2.0"}, {"130", 3, "-4.4"}, {"1411", 4, "-6.5"}, {"163", 4, "-8.0"},
    {"173", 4, "-5.0"}, {"190", 4, "-10.0"}, {"193", 4, "-10.0"}, {"0251", 1, "3.0"}, {"120", 3, "-4.0"},
};

QByteArray number(double value, int decimals)
{
    return QByteArray::number(value, 'f', decimals);
}

// Roughly the shape of real GDELT 2.0 rows (about 230 bytes): every column present, most
// short, a few thousand places and publishers.
void appendRow(QByteArray &out, QRandomGenerator &random, qint64 id)
{
    const int day = int(random.bounded(365 * 7));
    const QDate date = QDate(2015, 1, 1).addDays(day);
    const QByteArray sqlDate = date.toString(u"yyyyMMdd"_qs).toLatin1();
    const CameoActor &a1 = actors[random.bounded(int(std::size(actors)))];
    const CameoActor &a2 = actors[random.bounded(int(std::size(actors)))];
    const CameoEvent &event = events[random.bounded(int(std::size(events)))];
    const QByteArray code(event.code);
    const int place = int(random.bounded(3000));
    const QByteArray latitude = number(random.bounded(140.0) - 60, 4);
    const QByteArray longitude = number(random.bounded(340.0) - 170, 4);
    const QByteArray placeName = "Town " + QByteArray::number(place) + ", Province " + QByteArray::number(place % 80) + ", Country";
    const QByteArray geo = "4\t" + placeName + "\tTU\tTU" + QByteArray::number(place % 80) + '\t' + QByteArray::number(place)
                         + '\t' + latitude + '\t' + longitude + "\t-" + QByteArray::number(700000 + place);
    const auto appendActor = [&out](const CameoActor &a) {
        out.append(a.code).append('\t').append(a.name).append('\t').append(a.country).append("\t\t\t\t\t");
        out.append(a.type).append("\t\t\t");
    };
    out.append(QByteArray::number(id)).append('\t').append(sqlDate).append('\t').append(sqlDate.left(6)).append('\t');
    out.append(sqlDate.left(4)).append('\t').append(number(date.year() + date.dayOfYear() / 365.0, 4)).append('\t');
    appendActor(a1);
    appendActor(a2);
    out.append(random.bounded(2) ? "1" : "0").append('\t').append(code).append('\t').append(code.left(3)).append('\t');
    out.append(code.left(2)).append('\t').append(QByteArray::number(event.quad)).append('\t').append(event.goldstein);
    out.append('\t').append(QByteArray::number(1 + random.bounded(20))).append("\t1\t");
    out.append(QByteArray::number(1 + random.bounded(20))).append('\t').append(number(random.bounded(20.0) - 10, 10));
    // GDELT often leaves the actors' own locations empty; the action location is nearly always there.
    const QByteArray noGeo = "0\t\t\t\t\t\t\t";
    out.append('\t').append(random.bounded(4) == 0 ? geo : noGeo);
    out.append('\t').append(random.bounded(4) == 0 ? geo : noGeo);
    out.append('\t').append(geo);
    out.append('\t').append(sqlDate).append("150000\thttps://www.news").append(QByteArray::number(place % 400));
    out.append(".example.com/").append(sqlDate.left(4)).append("/world/talks-and-tensions-story-");
    out.append(QByteArray::number(id * 7 % 1000003));
    out.append(".html\n");
}

void writeGdeltFile(const QString &path, qsizetype rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QRandomGenerator random(19790101);
    QByteArray out;
    for (qsizetype row = 0; row < rows; ++row) {
        appendRow(out, random, 1000000000 + row);
        if (out.size() > 8 * 1024 * 1024) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

void runDyadJsonImportBenchmark(BenchReporter &report)
{
    if (!report.wants(u"import_dyad_json"_qs))
        return;
    QTemporaryDir folder;
    const QString path = folder.filePath(u"bench.json"_qs);
    // 100,000 at most: the file is about 1 kB per event, and the target is a rate.
    const qsizetype eventCount = std::clamp<qsizetype>(report.events(), 1, 100'000);
    {
        const EventStore synthetic = testing::generateSyntheticStore({eventCount});
        std::vector<EventRow> rows(size_t(synthetic.size()));
        std::iota(rows.begin(), rows.end(), EventRow(0));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(JsonDataset::write(JsonExporter::datasetOfRows(testing::syntheticInfo(), synthetic, rows)));
    }
    report.value(u"import_dyad_json_file_bytes"_qs, double(QFile(path).size()), u"bytes"_qs);

    std::vector<double> seconds;
    EventStore store;
    report.measure(u"import_dyad_json"_qs, 3, [&] { store = EventStore(); }, [&] {
        QElapsedTimer timer;
        timer.start();
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        ImportProgress progress;
        importerForFormat(u"dyad")->readInto(store, file, path, {}, progress);
        seconds.push_back(double(timer.nsecsElapsed()) / 1e9);
    });
    if (store.size() != eventCount)
        qFatal("import_dyad_json imported %lld of %lld events", qint64(store.size()), qint64(eventCount));
    seconds.erase(seconds.begin());  // the warm-up
    report.value(u"import_dyad_json_events_per_s"_qs, std::round(double(eventCount) / median(seconds)), u"events/s"_qs);
}

} // namespace

void runImportBenchmarks(BenchReporter &report)
{
    runDyadJsonImportBenchmark(report);
    if (!report.wants(u"import_gdelt"_qs) && !report.wants(u"import_sqlite_cli_ceiling"_qs)
        && !report.wants(u"import_gdelt_ratio_to_sqlite"_qs)) {
        return;
    }
    QTemporaryDir folder;
    const QString path = folder.filePath(u"bench.export.CSV"_qs);
    const qsizetype rows = std::max<qsizetype>(report.events(), 1);
    writeGdeltFile(path, rows);
    report.value(u"import_gdelt_file_bytes"_qs, double(QFile(path).size()), u"bytes"_qs);

    // Into a new store, as "import as a new session" does (Importer::readInto). The store is
    // kept out of the timing: a session would keep it.
    std::vector<double> seconds;
    EventStore store;
    report.measure(u"import_gdelt"_qs, 3, [&] { store = EventStore(); }, [&] {
        QElapsedTimer timer;
        timer.start();
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        ImportProgress progress;
        importerForFormat(u"gdelt")->readInto(store, file, path, {}, progress);
        seconds.push_back(double(timer.nsecsElapsed()) / 1e9);
    });
    if (store.size() != rows)
        qFatal("import_gdelt imported %lld of %lld rows", qint64(store.size()), qint64(rows));
    store = EventStore();
    seconds.erase(seconds.begin());  // the warm-up
    const double dyadSeconds = median(seconds);
    report.value(u"import_gdelt_rows_per_s"_qs, std::round(double(rows) / dyadSeconds), u"rows/s"_qs);

    // The same file as Event values, then merged into a new store: the path every format shares.
    report.measure(u"import_gdelt_values"_qs, 1, [&] { store = EventStore(); }, [&] {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        ImportProgress progress;
        const ImportResult result = importerForFormat(u"gdelt")->read(file, path, {}, progress);
        mergeIntoStore(store, result.dataset);
    });
    store = EventStore();

    const QString sqlite = QStandardPaths::findExecutable(u"sqlite3"_qs);
    if (sqlite.isEmpty())
        return;
    QStringList columns;
    for (int i = 0; i < 61; ++i)
        columns.append(u"c" + QString::number(i) + u" TEXT");
    const QStringList arguments = {u":memory:"_qs, u"CREATE TABLE t(" + columns.join(u", ") + u");", u".mode tabs"_qs,
                                   u".import " + path + u" t", u"SELECT count(*) FROM t;"_qs};
    QByteArray counted;
    double sqliteSeconds = 0;
    report.measureOnce(u"import_sqlite_cli_ceiling"_qs, [&] {
        QElapsedTimer timer;
        timer.start();
        QProcess process;
        process.start(sqlite, arguments);
        process.waitForFinished(-1);
        sqliteSeconds = double(timer.nsecsElapsed()) / 1e9;
        counted = process.readAllStandardOutput().trimmed();
    });
    if (counted.toLongLong() != rows)
        qWarning("sqlite3 imported %s rows, not %lld", counted.constData(), qint64(rows));
    report.value(u"import_sqlite_cli_rows_per_s"_qs, std::round(double(rows) / sqliteSeconds), u"rows/s"_qs);
    report.value(u"import_gdelt_ratio_to_sqlite"_qs, std::round(sqliteSeconds / dyadSeconds * 100) / 100);
}

} // namespace dyad::bench
