#pragma once

#include "maprenderer.h"
#include "mapscene.h"

#include "aggregate/forcelayout.h"
#include "geo/actorplacement.h"
#include "geo/projection.h"

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

#include <array>
#include <optional>

namespace dyad {

class EventSelectionModel;
class Session;

// The actor map: the actors of the filtered events in the visible time window, on a world map
// or in a force-directed network, with their relations as arcs. Wheel zooms, a drag pans.
// Clicking an actor toggles it in the filter; clicking an arc filters to that pair (both
// actors must take part); the selected event's actors and place are highlighted.
class ActorMapView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActorMapView)

public:
    ActorMapView(Session *session, EventSelectionModel *selection, QWidget *parent = nullptr);
    ~ActorMapView() override;

    MapLayoutMode mode() const { return m_mode; }
    void setMode(MapLayoutMode mode);
    RelationGrouping grouping() const { return m_grouping; }
    void setGrouping(RelationGrouping grouping);
    // Shows every actor of the current scene, with room for the legend.
    void fitToActors();
    void zoomBy(double factor);

    const MapScene &scene() const;
    const MapFrame &frame() const;
    const MapViewport &viewport() const { return m_viewports[size_t(m_mode)]; }
    bool isLayoutRunning() const { return m_layoutTimer.isActive(); }
    // The selected event's actors (and the states they fold into), drawn highlighted.
    const QList<ActorIndex> &highlightedActors() const { return m_selectedActors; }

    // Mode, grouping and both viewports (the window and filter live in the session).
    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

    // Paints what the widget shows into any device (an image, SVG, PDF), scaled to the target;
    // a map never shown fits its actors to the target instead.
    void render(QPainter *painter, const QRectF &rect, const QString &caption) const;

    QSize sizeHint() const override { return {640, 400}; }
    QSize minimumSizeHint() const override { return {200, 150}; }

Q_SIGNALS:
    // The actors whose events the timeline should emphasise; empty when nothing is hovered.
    void hoveredActorsChanged(const QList<dyad::ActorIndex> &actors);
    void modeChanged(dyad::MapLayoutMode mode);
    void groupingChanged(dyad::RelationGrouping grouping);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    MapViewport &currentViewport() { return m_viewports[size_t(m_mode)]; }
    void onDatasetReset();
    void scheduleRebuild();
    void rebuildScene();
    void restartNetworkLayout();
    void layoutStep();
    void invalidateFrame();
    void userMovedViewport();
    MapViewport fittedViewport(QSizeF size) const;
    void setHover(std::optional<qsizetype> node, std::optional<qsizetype> relation);
    void onCurrentKeyChanged(std::optional<EventKey> key);
    void clicked(QPointF pos);
    void toggleActorInFilter(const MapNode &node);
    void filterToRelation(const Relation &relation);
    void showToolTip(const QPoint &pos, const QPoint &globalPos);
    QString nodeToolTip(const MapNode &node) const;
    QString relationToolTip(const Relation &relation) const;
    MapPaintOptions paintOptions() const;

    Session *m_session;
    EventSelectionModel *m_selection;
    MapRenderer m_renderer;
    std::vector<ActorPlace> m_places;
    MapLayoutMode m_mode = MapLayoutMode::Geography;
    RelationGrouping m_grouping = RelationGrouping::ByState;
    std::array<MapViewport, 2> m_viewports;
    std::array<bool, 2> m_fitted{false, false};
    // Until the user pans or zooms, a resized map fits its actors again.
    std::array<bool, 2> m_followsFit{true, true};

    MapScene m_scene;
    bool m_sceneDirty = true;
    mutable std::optional<MapFrame> m_frame;
    QTimer m_rebuildTimer;
    // While the user pans or zooms, the land is moved as a picture; it is drawn crisply again
    // when the gesture pauses.
    bool m_gestureInProgress = false;
    QTimer m_gestureSettleTimer;

    ForceLayout m_forceLayout;
    QHash<ActorIndex, QPointF> m_networkPositions;
    QTimer m_layoutTimer;

    std::optional<qsizetype> m_hoveredNode;
    std::optional<qsizetype> m_hoveredRelation;
    QList<ActorIndex> m_selectedActors;
    std::optional<GeoPoint> m_selectedPlace;

    bool m_dragging = false;
    QPointF m_pressPos;
    QPointF m_lastPos;
};

} // namespace dyad
