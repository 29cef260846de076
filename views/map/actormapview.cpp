#include "actormapview.h"

#include "worldmapdata.h"

#include "core/date.h"
#include "geo/worldgeometry.h"
#include "itemmodels/eventselectionmodel.h"
#include "session/session.h"

#include <QElapsedTimer>
#include <QHelpEvent>
#include <QJsonArray>
#include <QKeyEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace dyad {

namespace {

constexpr double clickSlop = 4;            // pixels a press may move and still be a click
constexpr double fitMargin = 40;
constexpr double smallestFitExtent = 0.25;  // projected units: about 1,600 km, so one actor is not a street map
constexpr int layoutIntervalMs = 16;
constexpr int gestureSettleMs = 150;
constexpr int firstLayoutBudgetMs = 40;

QString modeName(MapLayoutMode mode)
{
    return mode == MapLayoutMode::Network ? QStringLiteral("network") : QStringLiteral("geography");
}

QJsonObject viewportToJson(const MapViewport &viewport)
{
    return {{QStringLiteral("centerX"), viewport.center().x()},
            {QStringLiteral("centerY"), viewport.center().y()},
            {QStringLiteral("scale"), viewport.scale()}};
}

QString signedTone(double tone)
{
    return (tone > 0 ? QStringLiteral("+") : QString()) + QString::number(tone, 'f', 1);
}

} // namespace

ActorMapView::ActorMapView(Session *session, EventSelectionModel *selection, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_selection(selection)
    , m_renderer(sharedWorldGeometry())
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Actor map"));
    m_viewports[size_t(MapLayoutMode::Geography)].setScaleRange(20, 20000);
    m_viewports[size_t(MapLayoutMode::Network)].setScaleRange(20, 20000);

    // Changes arrive in bursts (a filter and a window change together, playback frames):
    // the scene is rebuilt once per event-loop pass.
    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(0);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &ActorMapView::rebuildScene);
    m_gestureSettleTimer.setSingleShot(true);
    m_gestureSettleTimer.setInterval(gestureSettleMs);
    connect(&m_gestureSettleTimer, &QTimer::timeout, this, [this] {
        m_gestureInProgress = false;
        update();
    });
    m_layoutTimer.setInterval(layoutIntervalMs);
    connect(&m_layoutTimer, &QTimer::timeout, this, &ActorMapView::layoutStep);

    connect(session, &Session::datasetReset, this, &ActorMapView::onDatasetReset);
    connect(session, &Session::eventsEdited, this, [this] { m_places = placeActors(m_session->store(), m_renderer.world()); });
    connect(session, &Session::filterChanged, this, &ActorMapView::scheduleRebuild);
    connect(session, &Session::visibleWindowChanged, this, &ActorMapView::scheduleRebuild);
    connect(selection, &EventSelectionModel::currentKeyChanged, this, &ActorMapView::onCurrentKeyChanged);
    m_places = placeActors(m_session->store(), m_renderer.world());
}

ActorMapView::~ActorMapView() = default;

void ActorMapView::setMode(MapLayoutMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    setHover(std::nullopt, std::nullopt);
    m_layoutTimer.stop();
    rebuildScene();
    Q_EMIT modeChanged(mode);
}

void ActorMapView::setGrouping(RelationGrouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    setHover(std::nullopt, std::nullopt);
    rebuildScene();
    Q_EMIT groupingChanged(grouping);
}

void ActorMapView::onDatasetReset()
{
    m_places = placeActors(m_session->store(), m_renderer.world());
    m_networkPositions.clear();
    m_fitted = {false, false};
    m_followsFit = {true, true};
    m_selectedActors.clear();
    m_selectedPlace.reset();
    setHover(std::nullopt, std::nullopt);
    scheduleRebuild();
}

void ActorMapView::scheduleRebuild()
{
    m_sceneDirty = true;
    if (!m_rebuildTimer.isActive())
        m_rebuildTimer.start();
}

const MapScene &ActorMapView::scene() const
{
    // The scene is a cache of the session's state: rebuilding it early changes nothing visible.
    if (m_sceneDirty)
        const_cast<ActorMapView *>(this)->rebuildScene();
    return m_scene;
}

void ActorMapView::rebuildScene()
{
    m_rebuildTimer.stop();
    m_sceneDirty = false;
    TimeWindow window = m_session->visibleWindow();
    if (!window.isValid())
        window = m_session->dataExtent();
    // What the map covers, and its legend says: the visible window within the filter's dates.
    const EventFilter &filter = m_session->filter();
    const TimeWindow narrowed{std::max(window.firstDay, filter.fromDay.value_or(window.firstDay)),
                              std::min(window.lastDay, filter.toDay.value_or(window.lastDay))};
    if (narrowed.isValid())
        window = narrowed;
    m_scene = buildMapScene(m_session->store(), m_session->filteredRows(), window, m_grouping, m_mode, m_places);
    if (m_hoveredNode && *m_hoveredNode >= qsizetype(m_scene.nodes.size()))
        m_hoveredNode.reset();
    if (m_hoveredRelation && *m_hoveredRelation >= qsizetype(m_scene.relations.size()))
        m_hoveredRelation.reset();
    if (m_mode == MapLayoutMode::Network)
        restartNetworkLayout();
    if (!m_fitted[size_t(m_mode)] && !m_scene.isEmpty() && width() > 0)
        fitToActors();
    invalidateFrame();
}

void ActorMapView::restartNetworkLayout()
{
    std::vector<std::optional<QPointF>> previous(m_scene.nodes.size());
    for (size_t i = 0; i < m_scene.nodes.size(); ++i) {
        const auto known = m_networkPositions.constFind(m_scene.nodes[i].actor);
        if (known != m_networkPositions.constEnd())
            previous[i] = *known;
    }
    std::vector<ForceLayout::Link> links;
    links.reserve(m_scene.relations.size());
    for (const Relation &relation : m_scene.relations)
        links.push_back({m_scene.nodeOfActor.value(relation.a), m_scene.nodeOfActor.value(relation.b), double(relation.count)});
    m_forceLayout.setGraph(qsizetype(m_scene.nodes.size()), links, previous);
    // A first layout does what it can in a few milliseconds, so the first frame is readable;
    // the rest is animated on a timer, never blocking.
    if (!m_fitted[size_t(MapLayoutMode::Network)]) {
        QElapsedTimer budget;
        budget.start();
        while (budget.elapsed() < firstLayoutBudgetMs && m_forceLayout.step(10)) {
        }
    }
    for (size_t i = 0; i < m_scene.nodes.size(); ++i)
        m_scene.nodes[i].position = m_forceLayout.positions()[i];
    if (!m_forceLayout.isSettled())
        m_layoutTimer.start();
}

void ActorMapView::layoutStep()
{
    if (m_mode != MapLayoutMode::Network || m_sceneDirty) {
        m_layoutTimer.stop();
        return;
    }
    const bool moving = m_forceLayout.step(4);
    for (size_t i = 0; i < m_scene.nodes.size(); ++i) {
        m_scene.nodes[i].position = m_forceLayout.positions()[i];
        m_networkPositions.insert(m_scene.nodes[i].actor, m_scene.nodes[i].position);
    }
    if (!moving) {
        m_layoutTimer.stop();
        if (m_followsFit[size_t(MapLayoutMode::Network)])
            fitToActors();
    }
    invalidateFrame();
}

MapViewport ActorMapView::fittedViewport(QSizeF size) const
{
    MapViewport viewport = m_viewports[size_t(m_mode)];
    QRectF bounds = MapRenderer::sceneBounds(m_scene);
    if (m_scene.isEmpty())
        bounds = m_mode == MapLayoutMode::Geography ? NaturalEarthProjection::worldRect() : QRectF(-1, -1, 2, 2);
    const double grow = std::max(0.0, smallestFitExtent - std::max(bounds.width(), bounds.height())) / 2;
    bounds.adjust(-grow, -grow, grow, grow);
    // Arcs bulge northward by up to a tenth of their length: keep the longest in view.
    if (m_mode == MapLayoutMode::Geography)
        bounds.setTop(bounds.top() - bounds.width() * 0.1);
    // Room for the legend in the lower left: the actors fit in the part above it.
    const bool compactLegend = size.height() < 400 || size.width() < 640;  // see maplegend.cpp
    const double legendRoom = compactLegend ? std::min(70.0, size.height() * 0.3) : std::min(150.0, size.height() * 0.3);
    viewport.fitTo(bounds, QSizeF(size.width(), std::max(1.0, size.height() - legendRoom)), fitMargin);
    viewport.setSize(size);
    viewport.setCenter(viewport.center() + QPointF(0, legendRoom / 2 / viewport.scale()));
    return viewport;
}

void ActorMapView::fitToActors()
{
    currentViewport() = fittedViewport(QSizeF(size()));
    m_fitted[size_t(m_mode)] = true;
    m_followsFit[size_t(m_mode)] = true;
    invalidateFrame();
}

void ActorMapView::userMovedViewport()
{
    m_followsFit[size_t(m_mode)] = false;
    m_gestureInProgress = true;
    m_gestureSettleTimer.start();
    invalidateFrame();
}

void ActorMapView::zoomBy(double factor)
{
    currentViewport().zoomAround(QPointF(width() / 2.0, height() / 2.0), factor);
    userMovedViewport();
}

void ActorMapView::invalidateFrame()
{
    m_frame.reset();
    update();
}

const MapFrame &ActorMapView::frame() const
{
    const MapScene &current = scene();
    if (!m_frame)
        m_frame = m_renderer.layout(current, viewport(), QRectF(rect()), font());
    return *m_frame;
}

MapPaintOptions ActorMapView::paintOptions() const
{
    MapPaintOptions options;
    options.mode = m_mode;
    options.palette = palette();
    options.font = font();
    options.hoveredNode = m_hoveredNode;
    options.hoveredRelation = m_hoveredRelation;
    options.selectedActors = m_selectedActors;
    options.selectedPlace = m_selectedPlace;
    options.landMayLag = m_gestureInProgress;
    return options;
}

void ActorMapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_renderer.paint(&painter, frame(), m_scene, viewport(), paintOptions());
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1));
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void ActorMapView::render(QPainter *painter, const QRectF &target, const QString &caption) const
{
    MapPaintOptions options = paintOptions();
    options.hoveredNode.reset();
    options.hoveredRelation.reset();
    options.caption = caption;
    options.cacheLand = false;
    options.landMayLag = false;
    const MapScene &shown = scene();
    MapViewport scaled;
    if (isVisible() && width() > 0 && m_fitted[size_t(m_mode)]) {
        // The same view at the target's size: the scale grows with the width.
        scaled = viewport();
        scaled.setSize(target.size());
        scaled.setScale(viewport().scale() * target.width() / width());
    } else {
        scaled = fittedViewport(target.size());  // never shown (a headless export): fit the actors
    }
    m_renderer.render(painter, target, shown, scaled, options);
}

void ActorMapView::resizeEvent(QResizeEvent *)
{
    for (MapViewport &viewport : m_viewports)
        viewport.setSize(QSizeF(size()));
    if ((!m_fitted[size_t(m_mode)] || m_followsFit[size_t(m_mode)]) && !scene().isEmpty())
        fitToActors();
    invalidateFrame();
}

void ActorMapView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    currentViewport().zoomAround(event->position(), std::pow(1.25, steps));
    userMovedViewport();
    event->accept();
}

void ActorMapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressPos = m_lastPos = event->position();
    m_dragging = false;
    event->accept();
}

void ActorMapView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        const QPointF delta = event->position() - m_lastPos;
        if (!m_dragging && QLineF(m_pressPos, event->position()).length() > clickSlop)
            m_dragging = true;
        if (m_dragging) {
            setCursor(Qt::ClosedHandCursor);
            currentViewport().panBy(delta);
            m_lastPos = event->position();
            userMovedViewport();
        }
        return;
    }
    const MapFrame &current = frame();
    const auto node = current.nodeAt(event->position());
    setHover(node, node ? std::nullopt : current.arcAt(event->position()));
}

void ActorMapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    unsetCursor();
    if (!m_dragging)
        clicked(event->position());
    m_dragging = false;
}

void ActorMapView::clicked(QPointF pos)
{
    const MapFrame &current = frame();
    if (const auto node = current.nodeAt(pos))
        toggleActorInFilter(m_scene.nodes[size_t(*node)]);
    else if (const auto arc = current.arcAt(pos))
        filterToRelation(m_scene.relations[size_t(*arc)]);
}

void ActorMapView::toggleActorInFilter(const MapNode &node)
{
    EventFilter filter = m_session->filter();
    const QString id = m_session->store().actor(node.actor).id;
    if (filter.actorIds.contains(id))
        filter.actorIds.removeAll(id);
    else
        filter.actorIds.append(id);
    m_session->setFilter(filter);
}

void ActorMapView::filterToRelation(const Relation &relation)
{
    EventFilter filter = m_session->filter();
    filter.actorIds = {m_session->store().actor(relation.a).id, m_session->store().actor(relation.b).id};
    filter.actorMatch = EventFilter::ActorMatch::AllOf;
    m_session->setFilter(filter);
}

void ActorMapView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::ZoomIn) || event->key() == Qt::Key_Plus) {
        zoomBy(1.25);
    } else if (event->matches(QKeySequence::ZoomOut) || event->key() == Qt::Key_Minus) {
        zoomBy(0.8);
    } else if (event->key() == Qt::Key_0 || event->key() == Qt::Key_Home) {
        fitToActors();
    } else if (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right || event->key() == Qt::Key_Up
               || event->key() == Qt::Key_Down) {
        const double step = std::min(width(), height()) / 8.0;
        const QPointF delta(event->key() == Qt::Key_Left ? step : event->key() == Qt::Key_Right ? -step : 0,
                            event->key() == Qt::Key_Up ? step : event->key() == Qt::Key_Down ? -step : 0);
        currentViewport().panBy(delta);
        userMovedViewport();
    } else {
        return QWidget::keyPressEvent(event);
    }
    event->accept();
}

void ActorMapView::leaveEvent(QEvent *event)
{
    setHover(std::nullopt, std::nullopt);
    QWidget::leaveEvent(event);
}

void ActorMapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        invalidateFrame();
    QWidget::changeEvent(event);
}

bool ActorMapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        showToolTip(help->pos(), help->globalPos());
        return true;
    }
    return QWidget::event(event);
}

void ActorMapView::setHover(std::optional<qsizetype> node, std::optional<qsizetype> relation)
{
    if (node == m_hoveredNode && relation == m_hoveredRelation)
        return;
    m_hoveredNode = node;
    m_hoveredRelation = relation;
    QList<ActorIndex> actors;
    if (node) {
        actors = m_scene.actorsOf(m_session->store(), m_scene.nodes[size_t(*node)]);
    } else if (relation) {
        const Relation &pair = m_scene.relations[size_t(*relation)];
        actors = m_scene.actorsOf(m_session->store(), *m_scene.nodeFor(pair.a));
        actors += m_scene.actorsOf(m_session->store(), *m_scene.nodeFor(pair.b));
    }
    setCursor(node || relation ? Qt::PointingHandCursor : Qt::ArrowCursor);
    update();
    Q_EMIT hoveredActorsChanged(actors);
}

void ActorMapView::onCurrentKeyChanged(std::optional<EventKey> key)
{
    m_selectedActors.clear();
    m_selectedPlace.reset();
    const EventStore &store = m_session->store();
    const EventRow row = key ? store.rowOfKey(*key) : noRow;
    if (row != noRow) {
        for (const ActorIndex actor : store.participants(row)) {
            m_selectedActors.append(actor);
            m_selectedActors.append(store.stateGroup(actor));  // the node it folds into
        }
        if (const auto place = store.place(row); place && place->location)
            m_selectedPlace = place->location;
    }
    update();
}

void ActorMapView::showToolTip(const QPoint &pos, const QPoint &globalPos)
{
    const MapFrame &current = frame();
    if (const auto node = current.nodeAt(pos)) {
        QToolTip::showText(globalPos, nodeToolTip(m_scene.nodes[size_t(*node)]), this);
    } else if (const auto arc = current.arcAt(pos)) {
        QToolTip::showText(globalPos, relationToolTip(m_scene.relations[size_t(*arc)]), this);
    } else {
        QToolTip::hideText();
    }
}

QString ActorMapView::nodeToolTip(const MapNode &node) const
{
    const QString events = node.count == 1 ? tr("1 event in the window") : tr("%L1 events in the window").arg(node.count);
    return tr("<b>%1</b><br>%2, mean tone %3<br><i>Click to add to or remove from the filter</i>")
        .arg(node.label.toHtmlEscaped(), events, signedTone(node.meanTone));
}

QString ActorMapView::relationToolTip(const Relation &relation) const
{
    const EventStore &store = m_session->store();
    const QString events = relation.count == 1 ? tr("1 event") : tr("%L1 events").arg(relation.count);
    QString text = tr("<b>%1 – %2</b><br>%3, mean tone %4")
                       .arg(store.actor(relation.a).name.toHtmlEscaped(), store.actor(relation.b).name.toHtmlEscaped(), events,
                            signedTone(relation.meanTone));
    if (relation.latestCount > 0) {
        text += u"<br>"_qs + tr("Most recent:");
        for (const EventRow row : relation.latestRows())
            text += u"<br>"_qs + tr("%1: %2").arg(store.startDate(row).toDisplayString(), store.title(row).toHtmlEscaped());
    }
    return text + u"<br><i>"_qs + tr("Click to show only this pair's events") + u"</i>"_qs;
}

QJsonObject ActorMapView::saveState() const
{
    return {{QStringLiteral("mode"), modeName(m_mode)},
            {QStringLiteral("grouping"), m_grouping == RelationGrouping::ByActor ? QStringLiteral("actors") : QStringLiteral("states")},
            {QStringLiteral("geography"), viewportToJson(m_viewports[size_t(MapLayoutMode::Geography)])},
            {QStringLiteral("network"), viewportToJson(m_viewports[size_t(MapLayoutMode::Network)])}};
}

void ActorMapView::restoreState(const QJsonObject &state)
{
    if (state.isEmpty())
        return;
    const auto restoreViewport = [&](MapLayoutMode mode, const QJsonObject &json) {
        if (!json.contains(QStringLiteral("scale")))
            return;
        MapViewport &viewport = m_viewports[size_t(mode)];
        viewport.setCenter(QPointF(json.value(QStringLiteral("centerX")).toDouble(), json.value(QStringLiteral("centerY")).toDouble()));
        viewport.setScale(json.value(QStringLiteral("scale")).toDouble(viewport.scale()));
        m_fitted[size_t(mode)] = true;
        m_followsFit[size_t(mode)] = false;
    };
    restoreViewport(MapLayoutMode::Geography, state.value(QStringLiteral("geography")).toObject());
    restoreViewport(MapLayoutMode::Network, state.value(QStringLiteral("network")).toObject());
    setGrouping(state.value(QStringLiteral("grouping")).toString() == u"actors" ? RelationGrouping::ByActor : RelationGrouping::ByState);
    setMode(state.value(QStringLiteral("mode")).toString() == u"network" ? MapLayoutMode::Network : MapLayoutMode::Geography);
    invalidateFrame();
}

} // namespace dyad
