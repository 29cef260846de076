#pragma once

#include "annotations/annotation.h"
#include "core/date.h"
#include "core/eventstore.h"
#include "timeline/timelineoptions.h"
#include "timelinerenderer.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <array>
#include <optional>

class QMenu;
class QScrollBar;

namespace dyad {

class EventSelectionModel;
class EventTableModel;
class Session;

// The central view: the filtered events in lanes along time. Wheel zooms around the cursor,
// a drag pans (with a little inertia), Shift+drag zooms to a range, the overview strip's
// brush moves and resizes the window. Clicks select through the shared selection model;
// the visible window is the session's, so the map and charts follow it. Annotations show as
// badges on the marks and links as arcs; Alt+drag from one event to another (or "Link to
// Another Event..." in an event's context menu, then a click) creates a link.
class TimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    using LaneMode = dyad::LaneMode;
    using ColorMode = dyad::ColorMode;

    TimelineView(Session *session, EventTableModel *table, EventSelectionModel *selection, QWidget *parent = nullptr);
    ~TimelineView() override;

    void setLaneMode(LaneMode mode);
    LaneMode laneMode() const { return m_options.laneMode; }
    void setColorMode(ColorMode mode);
    ColorMode colorMode() const { return m_options.colorMode; }

    // Shows the filtered events from first to last, with a small margin.
    void fitToFilteredEvents();
    DayRange visibleRange() const { return m_options.range; }
    void setVisibleRange(DayRange range);
    void zoomBy(double factor, std::optional<double> anchorDay = std::nullopt);

    // Lane mode, colour mode and the lanes' order and collapsed state (the window lives in
    // the session).
    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

    // What was last laid out: for tests and for the status bar.
    const TimelineFrame &frame() const;
    const TimelineRenderer &renderer() const { return m_renderer; }
    QString focusLaneId() const { return m_focusLaneId; }

    QList<ActorIndex> emphasizedActors() const { return m_renderer.emphasizedActors(); }
    // Starts a link from an event: the next click on another event asks for the link's type.
    void beginLink(EventKey from);
    bool isLinking() const { return m_linkFrom.has_value(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    // Events in which any of these actors take part are drawn emphasised, the others dimmed,
    // until the list is empty again.
    void setEmphasizedActors(const QList<dyad::ActorIndex> &actors);

Q_SIGNALS:
    void hoveredDayChanged(std::optional<dyad::Date> day);
    void activated(dyad::EventKey key);
    void laneModeChanged(dyad::LaneMode mode);
    void colorModeChanged(dyad::ColorMode mode);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    enum class Drag { None, Pending, Pan, RubberBand, BrushMove, BrushLeft, BrushRight, Overview, Lane, Link };

    // State and sync (timelineview.cpp)
    QRectF canvasRect() const;
    void invalidateFrame();
    void syncOptions();
    void updateScrollBar();
    void onWindowChanged(TimeWindow window);
    void onDataReset();
    void showWholeDataWithMargin();
    void onFilterChanged();
    void onCurrentKeyChanged(std::optional<EventKey> key);
    DayRangeLimits limits() const;
    const TimelineLanes &currentLanes() const;
    LaneArrangement &arrangement() { return m_arrangements[size_t(m_options.laneMode)]; }

    // Pointer (timelineviewmouse.cpp)
    void startKinetic();
    void kineticStep();
    void stopKinetic();
    void setHovered(std::optional<EventKey> key);
    void updateHover(QPointF pos);
    void showToolTip(const QPoint &pos, const QPoint &globalPos);
    void beginOverviewDrag(QPointF pos);
    void dragOverview(QPointF pos);
    void finishLaneDrag(QPointF pos);
    void zoomToEvent(EventRow row);
    void headerMenu(qsizetype slot, const QPoint &globalPos);

    // Links and annotations (timelineviewlinks.cpp)
    void finishLink(QPointF pos, const QPoint &globalPos);
    void cancelLink();
    void showLinkTypeMenu(EventKey from, EventKey to, const QPoint &globalPos);
    void eventMenu(EventKey key, const QPoint &globalPos);
    void arcMenu(const EventLink &link, const QPoint &globalPos);
    void paintLinkPreview(QPainter &painter);
    QString annotationToolTip(EventRow row) const;
    QString linkToolTip(const QPointF &pos) const;

    // Keyboard (timelineviewkeys.cpp)
    void selectRow(EventRow row, std::optional<qsizetype> lane = std::nullopt);
    void moveSelectionInLane(int direction);
    void moveLaneFocus(int direction);
    void ensureRowVisible(EventRow row);
    void ensureLaneVisible(qsizetype lane);
    std::optional<qsizetype> focusLaneIndex() const;

    Session *m_session;
    EventTableModel *m_table;
    EventSelectionModel *m_selection;
    TimelineRenderer m_renderer;
    QScrollBar *m_scrollBar;
    TimelineRenderOptions m_options;
    std::array<LaneArrangement, 3> m_arrangements;
    QString m_focusLaneId;
    mutable std::optional<TimelineFrame> m_frame;
    std::optional<qint32> m_hoveredDay;

    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    QPointF m_lastPos;
    DayRange m_pressRange;
    Qt::KeyboardModifiers m_pressModifiers;
    qsizetype m_dragSlot = -1;
    std::optional<double> m_laneDropY;  // where a dragged lane would land
    double m_dragAnchorDay = 0;
    // Inertia after a drag: pixels per millisecond, decaying.
    QTimer m_kineticTimer;
    QElapsedTimer m_kineticClock;
    QElapsedTimer m_moveClock;
    double m_velocity = 0;

    std::optional<EventKey> m_linkFrom;  // a link being drawn (Alt+drag) or picked (a click)
    QPointF m_linkPointer;
    QPointer<QMenu> m_linkMenu;
};

} // namespace dyad
