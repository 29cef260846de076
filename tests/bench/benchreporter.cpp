#include "benchreporter.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace dyad::bench {

namespace {

void printLine(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

double percentile(std::vector<double> sorted, double fraction)
{
    std::sort(sorted.begin(), sorted.end());
    const auto index = size_t(std::clamp(fraction * double(sorted.size() - 1) + 0.5, 0.0, double(sorted.size() - 1)));
    return sorted[index];
}

} // namespace

BenchReporter::BenchReporter(qsizetype events, QString only)
    : m_events(events)
    , m_only(std::move(only))
{
}

bool BenchReporter::wants(const QString &name) const
{
    return m_only.isEmpty() || name.contains(m_only);
}

void BenchReporter::measure(const QString &name, int runs, const std::function<void()> &work)
{
    measure(name, runs, {}, work);
}

void BenchReporter::measure(const QString &name, int runs, const std::function<void()> &setup,
                            const std::function<void()> &work)
{
    if (!wants(name))
        return;
    if (setup)
        setup();
    work();  // warm-up: caches, lazy indexes, first allocations
    std::vector<double> milliseconds;
    for (int i = 0; i < runs; ++i) {
        if (setup)
            setup();
        QElapsedTimer timer;
        timer.start();
        work();
        milliseconds.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    printLine({{u"name"_qs, name},
               {u"events"_qs, double(m_events)},
               {u"median_ms"_qs, std::round(percentile(milliseconds, 0.5) * 1000) / 1000},
               {u"p95_ms"_qs, std::round(percentile(milliseconds, 0.95) * 1000) / 1000},
               {u"runs"_qs, runs}});
}

void BenchReporter::measureOnce(const QString &name, const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();  // always runs: later measurements depend on it (generating the data)
    if (!wants(name))
        return;
    const double ms = std::round(double(timer.nsecsElapsed()) / 1e3) / 1000;
    printLine({{u"name"_qs, name}, {u"events"_qs, double(m_events)}, {u"median_ms"_qs, ms}, {u"p95_ms"_qs, ms}, {u"runs"_qs, 1}});
}

void BenchReporter::value(const QString &name, double value, const QString &unit)
{
    if (!wants(name))
        return;
    QJsonObject object{{u"name"_qs, name}, {u"events"_qs, double(m_events)}, {u"value"_qs, value}};
    if (!unit.isEmpty())
        object[u"unit"] = unit;
    printLine(object);
}

} // namespace dyad::bench
