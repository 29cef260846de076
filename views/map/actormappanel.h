#pragma once

#include <QJsonObject>
#include <QWidget>

class QAction;
class QComboBox;
class QToolBar;

namespace dyad {

class ActorMapView;
class EventSelectionModel;
class Session;
class WindowPlayback;

// The actor map with its controls: playback of the time window (play/pause, speed, window
// length), geography or network layout, people folded into their states or not, and fit.
class ActorMapPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActorMapPanel)

public:
    ActorMapPanel(Session *session, EventSelectionModel *selection, QWidget *parent = nullptr);

    ActorMapView *mapView() const { return m_map; }
    WindowPlayback *playback() const { return m_playback; }
    QAction *playAction() const { return m_play; }

    // The map's state plus the playback settings.
    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

private:
    void createToolBar();
    void updatePlayAction(bool playing);
    void applyPlaybackChoices();

    Session *m_session;
    ActorMapView *m_map;
    WindowPlayback *m_playback;
    QToolBar *m_toolBar = nullptr;
    QAction *m_play = nullptr;
    QAction *m_network = nullptr;
    QAction *m_foldPeople = nullptr;
    QComboBox *m_windowLength = nullptr;
    QComboBox *m_speed = nullptr;
};

} // namespace dyad
