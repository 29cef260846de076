#include "actormappanel.h"

#include "actormapview.h"

#include "session/session.h"
#include "session/windowplayback.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace dyad {

ActorMapPanel::ActorMapPanel(Session *session, EventSelectionModel *selection, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_map(new ActorMapView(session, selection, this))
    , m_playback(new WindowPlayback(session, this))
{
    m_map->setObjectName(QStringLiteral("actorMap"));
    createToolBar();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_map, 1);
    connect(m_playback, &WindowPlayback::playingChanged, this, &ActorMapPanel::updatePlayAction);
    applyPlaybackChoices();
}

void ActorMapPanel::createToolBar()
{
    m_toolBar = new QToolBar(tr("Map"), this);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_play = m_toolBar->addAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("Play"));
    m_play->setObjectName(QStringLiteral("mapPlay"));
    m_play->setToolTip(tr("Sweep the time window through the data; the timeline and the map move together (Space)"));
    m_play->setShortcut(Qt::Key_Space);
    m_play->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_play);  // the shortcut's context is the whole panel, not only the toolbar
    connect(m_play, &QAction::triggered, m_playback, &WindowPlayback::toggle);

    m_toolBar->addWidget(new QLabel(tr(" Window "), m_toolBar));
    m_windowLength = new QComboBox(m_toolBar);
    m_windowLength->setObjectName(QStringLiteral("mapWindowLength"));
    m_windowLength->addItem(tr("1 month"), 30);
    m_windowLength->addItem(tr("3 months"), 91);
    m_windowLength->addItem(tr("6 months"), 182);
    m_windowLength->addItem(tr("1 year"), 365);
    m_windowLength->addItem(tr("2 years"), 730);
    m_windowLength->setCurrentIndex(2);
    m_windowLength->setToolTip(tr("How long a stretch of time the map shows while playing"));
    m_toolBar->addWidget(m_windowLength);

    m_toolBar->addWidget(new QLabel(tr(" Speed "), m_toolBar));
    m_speed = new QComboBox(m_toolBar);
    m_speed->setObjectName(QStringLiteral("mapSpeed"));
    m_speed->addItem(tr("1 month a second"), 30.0);
    m_speed->addItem(tr("3 months a second"), 91.0);
    m_speed->addItem(tr("6 months a second"), 182.0);
    m_speed->addItem(tr("1 year a second"), 365.0);
    m_speed->setCurrentIndex(1);
    m_toolBar->addWidget(m_speed);
    connect(m_windowLength, &QComboBox::currentIndexChanged, this, &ActorMapPanel::applyPlaybackChoices);
    connect(m_speed, &QComboBox::currentIndexChanged, this, &ActorMapPanel::applyPlaybackChoices);

    m_toolBar->addSeparator();
    m_network = m_toolBar->addAction(tr("Network"));
    m_network->setObjectName(QStringLiteral("mapNetwork"));
    m_network->setCheckable(true);
    m_network->setToolTip(tr("Place actors by how they relate (a force-directed layout) instead of by geography"));
    connect(m_network, &QAction::toggled, this, [this](bool network) {
        m_map->setMode(network ? MapLayoutMode::Network : MapLayoutMode::Geography);
    });
    connect(m_map, &ActorMapView::modeChanged, this, [this](MapLayoutMode mode) {
        const QSignalBlocker blocker(m_network);
        m_network->setChecked(mode == MapLayoutMode::Network);
    });

    m_foldPeople = m_toolBar->addAction(tr("Fold people"));
    m_foldPeople->setObjectName(QStringLiteral("mapFoldPeople"));
    m_foldPeople->setCheckable(true);
    m_foldPeople->setChecked(true);
    m_foldPeople->setToolTip(tr("Count a minister's or a president's events as their state's"));
    connect(m_foldPeople, &QAction::toggled, this, [this](bool fold) {
        m_map->setGrouping(fold ? RelationGrouping::ByState : RelationGrouping::ByActor);
    });
    connect(m_map, &ActorMapView::groupingChanged, this, [this](RelationGrouping grouping) {
        const QSignalBlocker blocker(m_foldPeople);
        m_foldPeople->setChecked(grouping == RelationGrouping::ByState);
    });

    QAction *fit = m_toolBar->addAction(tr("Fit"));
    fit->setObjectName(QStringLiteral("mapFit"));
    fit->setToolTip(tr("Show every actor on the map (0)"));
    connect(fit, &QAction::triggered, m_map, &ActorMapView::fitToActors);
}

void ActorMapPanel::applyPlaybackChoices()
{
    m_playback->setWindowDays(m_windowLength->currentData().toInt());
    m_playback->setDaysPerSecond(m_speed->currentData().toDouble());
}

void ActorMapPanel::updatePlayAction(bool playing)
{
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

QJsonObject ActorMapPanel::saveState() const
{
    QJsonObject state = m_map->saveState();
    state.insert(QStringLiteral("windowDays"), m_playback->windowDays());
    state.insert(QStringLiteral("daysPerSecond"), m_playback->daysPerSecond());
    return state;
}

void ActorMapPanel::restoreState(const QJsonObject &state)
{
    m_map->restoreState(state);
    const auto select = [](QComboBox *box, const QVariant &value) {
        const int index = box->findData(value);
        if (index >= 0)
            box->setCurrentIndex(index);
    };
    select(m_windowLength, state.value(QStringLiteral("windowDays")).toInt());
    select(m_speed, state.value(QStringLiteral("daysPerSecond")).toDouble());
}

} // namespace dyad
