#include "windowplayback.h"

#include "session.h"

#include <algorithm>
#include <cmath>

namespace dyad {

namespace {
constexpr int frameIntervalMs = 40;  // 25 frames a second: smooth enough, light on the CPU
}

WindowPlayback::WindowPlayback(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_timer.setInterval(frameIntervalMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &WindowPlayback::tick);
    // A new dataset has another range: whatever was playing no longer makes sense.
    connect(session, &Session::datasetReset, this, &WindowPlayback::pause);
    // A user who drags the timeline while it plays moves the playhead with it.
    connect(session, &Session::visibleWindowChanged, this, [this](TimeWindow window) {
        if (isPlaying() && window != m_lastShown)
            m_position = window.firstDay;
    });
}

void WindowPlayback::setWindowDays(qint32 days)
{
    m_windowDays = std::max(days, 1);
}

void WindowPlayback::setDaysPerSecond(double speed)
{
    m_daysPerSecond = std::max(speed, 0.1);
}

void WindowPlayback::play()
{
    if (isPlaying())
        return;
    const TimeWindow extent = m_session->dataExtent();
    const TimeWindow current = m_session->visibleWindow();
    qint32 first = current.isValid() ? current.firstDay : extent.firstDay;
    if (first + m_windowDays - 1 >= extent.lastDay || first < extent.firstDay)
        first = extent.firstDay;
    m_position = first;
    show(first);
    m_clock.start();
    m_timer.start();
    Q_EMIT playingChanged(true);
}

void WindowPlayback::pause()
{
    if (!isPlaying())
        return;
    m_timer.stop();
    Q_EMIT playingChanged(false);
}

void WindowPlayback::show(qint32 firstDay)
{
    m_lastShown = {firstDay, firstDay + m_windowDays - 1};
    m_session->setVisibleWindow(m_lastShown);
}

void WindowPlayback::tick()
{
    advance(m_clock.restart());
}

void WindowPlayback::advance(qint64 milliseconds)
{
    const TimeWindow extent = m_session->dataExtent();
    const double lastStart = double(extent.lastDay - m_windowDays + 1);
    m_position = std::min(m_position + m_daysPerSecond * double(milliseconds) / 1000.0, std::max(lastStart, double(extent.firstDay)));
    show(qint32(std::floor(m_position)));
    if (m_position >= lastStart)
        pause();
}

} // namespace dyad
