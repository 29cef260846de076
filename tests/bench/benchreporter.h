#pragma once

#include <QString>

#include <functional>

namespace dyad::bench {

// Times a piece of work and prints one JSON object per line, so runs can be compared by
// tools: {"name": ..., "events": N, "median_ms": ..., "p95_ms": ..., "runs": ...}
class BenchReporter
{
public:
    BenchReporter(qsizetype events, QString only);

    bool wants(const QString &name) const;
    // One untimed warm-up, then `runs` timed runs of `work`.
    void measure(const QString &name, int runs, const std::function<void()> &work);
    // `setup` runs before every timed run, untimed (e.g. to reset state a run consumes).
    void measure(const QString &name, int runs, const std::function<void()> &setup,
                 const std::function<void()> &work);
    // For work too slow to repeat (generating a million events): one timed run, no warm-up.
    // The work always runs, even when --only leaves its figure out.
    void measureOnce(const QString &name, const std::function<void()> &work);
    void value(const QString &name, double value, const QString &unit = {});

    qsizetype events() const { return m_events; }

private:
    qsizetype m_events;
    QString m_only;
};

} // namespace dyad::bench
