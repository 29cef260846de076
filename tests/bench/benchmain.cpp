// dyad-bench: measures Dyad on a deterministic synthetic dataset and prints one JSON
// object per line. Not run by CTest; figures are recorded in docs/performance.md.
#include "benchsuites.h"

#include "session/session.h"
#include "syntheticdata.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>

#include <malloc.h>

namespace {

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures Dyad on synthetic data; prints JSON lines."));
    parser.addHelpOption();
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("Number of events (default 1000000)."),
                                          QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption onlyOption(QStringLiteral("only"), QStringLiteral("Run only measurements whose name contains TEXT."),
                                        QStringLiteral("TEXT"));
    parser.addOption(eventsOption);
    parser.addOption(onlyOption);
    parser.process(app);

    const qsizetype events = parser.value(eventsOption).toLongLong();
    dyad::bench::BenchReporter report(events, parser.value(onlyOption));

    malloc_trim(0);
    const qint64 before = residentBytes();
    dyad::EventStore store;
    report.measureOnce(QStringLiteral("generate"), [&] {
        store = dyad::testing::generateSyntheticStore({events, 20201229});
    });
    malloc_trim(0);
    const qint64 after = residentBytes();
    report.value(QStringLiteral("rss_bytes_per_event"), std::round(double(after - before) / double(std::max<qsizetype>(events, 1))), QStringLiteral("bytes"));
    report.value(QStringLiteral("store_bytes_per_event"), std::round(double(store.memoryBytes()) / double(std::max<qsizetype>(events, 1))), QStringLiteral("bytes"));

    dyad::Session session;
    session.reset(dyad::testing::syntheticInfo(), std::move(store));

    dyad::bench::runFilterBenchmarks(session, report);
    dyad::bench::runTrendBenchmarks(session, report);
    dyad::bench::runTimelineBenchmarks(session, report);
    dyad::bench::runMapBenchmarks(session, report);
    dyad::bench::runSessionBenchmarks(session, report);
    dyad::bench::runFirstFrameBenchmark(report);
    dyad::bench::runImportBenchmarks(report);
    return 0;
}
