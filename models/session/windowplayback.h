#pragma once

#include "timewindow.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace dyad {

class Session;

// Sweeps the session's visible window through the data, so the timeline and the map tell
// the story in motion. While playing, the window keeps a fixed length and moves forward at
// a speed in days per second; it stops at the end of the data.
class WindowPlayback final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowPlayback)

public:
    explicit WindowPlayback(Session *session, QObject *parent = nullptr);

    bool isPlaying() const { return m_timer.isActive(); }
    qint32 windowDays() const { return m_windowDays; }
    void setWindowDays(qint32 days);  // at least one day
    double daysPerSecond() const { return m_daysPerSecond; }
    void setDaysPerSecond(double speed);

    // Starts from the current window's start, or from the beginning when the window
    // already reaches the end of the data.
    void play();
    void pause();
    void toggle() { isPlaying() ? pause() : play(); }

    // Moves the window forward by the distance the speed covers in `milliseconds`. The timer
    // calls it with the real elapsed time; tests call it directly. Stops at the end.
    void advance(qint64 milliseconds);

Q_SIGNALS:
    void playingChanged(bool playing);

private:
    void tick();
    void show(qint32 firstDay);

    Session *m_session;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint32 m_windowDays = 182;
    double m_daysPerSecond = 90;
    TimeWindow m_lastShown;
    double m_position = 0;  // the window's first day, with the fraction the speed adds
};

} // namespace dyad
