#include "session/session.h"
#include "session/windowplayback.h"

#include <QSignalSpy>
#include <QTest>

using namespace dyad;

class TestWindowPlayback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_session = std::make_unique<Session>();
        QVERIFY(!m_session->loadBundledDataset().isError());
        m_session->setVisibleWindow(m_session->dataExtent());
    }

    void playStartsFromTheBeginningWhenTheWindowReachesTheEnd()
    {
        WindowPlayback playback(m_session.get());
        playback.setWindowDays(182);
        QSignalSpy playing(&playback, &WindowPlayback::playingChanged);
        playback.play();
        QVERIFY(playback.isPlaying());
        QCOMPARE(playing.count(), 1);
        const TimeWindow extent = m_session->dataExtent();
        QCOMPARE(m_session->visibleWindow(), (TimeWindow{extent.firstDay, extent.firstDay + 181}));
    }

    void advanceMovesTheWindowBySpeedTimesTime()
    {
        WindowPlayback playback(m_session.get());
        playback.setWindowDays(91);
        playback.setDaysPerSecond(30);
        playback.play();
        const qint32 start = m_session->visibleWindow().firstDay;
        playback.advance(2000);
        QCOMPARE(m_session->visibleWindow().firstDay, start + 60);
        QCOMPARE(m_session->visibleWindow().days(), 91);
        playback.advance(500);
        QCOMPARE(m_session->visibleWindow().firstDay, start + 75);
    }

    void stopsAtTheEndOfTheData()
    {
        WindowPlayback playback(m_session.get());
        playback.setWindowDays(365);
        playback.setDaysPerSecond(365);
        playback.play();
        QSignalSpy playing(&playback, &WindowPlayback::playingChanged);
        for (int i = 0; i < 100 && playback.isPlaying(); ++i)
            playback.advance(1000);
        QVERIFY(!playback.isPlaying());
        QCOMPARE(playing.count(), 1);
        QCOMPARE(m_session->visibleWindow().lastDay, m_session->dataExtent().lastDay);
    }

    void resumesFromWhereTheWindowIs()
    {
        WindowPlayback playback(m_session.get());
        playback.setWindowDays(30);
        const TimeWindow extent = m_session->dataExtent();
        m_session->setVisibleWindow({extent.firstDay + 400, extent.firstDay + 500});
        playback.play();
        QCOMPARE(m_session->visibleWindow(), (TimeWindow{extent.firstDay + 400, extent.firstDay + 429}));
    }

    void followsTheUserWhoMovesTheWindowWhilePlaying()
    {
        WindowPlayback playback(m_session.get());
        playback.setWindowDays(30);
        playback.setDaysPerSecond(10);
        playback.play();
        const TimeWindow extent = m_session->dataExtent();
        m_session->setVisibleWindow({extent.firstDay + 1000, extent.firstDay + 1029});
        playback.advance(1000);
        QCOMPARE(m_session->visibleWindow().firstDay, extent.firstDay + 1010);
    }

    void theTimerAdvancesTheWindow()
    {
        WindowPlayback playback(m_session.get());
        playback.setDaysPerSecond(365);
        playback.play();
        const qint32 start = m_session->visibleWindow().firstDay;
        QTRY_VERIFY(m_session->visibleWindow().firstDay > start);
        playback.pause();
        QVERIFY(!playback.isPlaying());
    }

    void aNewDatasetStopsPlayback()
    {
        WindowPlayback playback(m_session.get());
        playback.play();
        QVERIFY(!m_session->loadBundledDataset().isError());
        QVERIFY(!playback.isPlaying());
    }

private:
    std::unique_ptr<Session> m_session;
};

QTEST_GUILESS_MAIN(TestWindowPlayback)
#include "tst_windowplayback.moc"
