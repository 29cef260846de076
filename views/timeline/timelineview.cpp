#include "timelineview.h"

#include "itemmodels/eventselectionmodel.h"
#include "itemmodels/eventtablemodel.h"
#include "session/session.h"

#include <QJsonArray>
#include <QPainter>
#include <QResizeEvent>
#include <QScrollBar>

#include <cmath>

namespace dyad {

TimelineView::TimelineView(Session *session, EventTableModel *table, EventSelectionModel *selection, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_table(table)
    , m_selection(selection)
    , m_renderer(*session)
    , m_scrollBar(new QScrollBar(Qt::Vertical, this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Timeline"));
    m_options.range = DayRange::fromWindow(session->visibleWindow());
    if (!m_options.range.isValid())
        m_options.range = DayRange::fromWindow(session->dataExtent());
    syncOptions();
    m_kineticTimer.setInterval(16);
    connect(&m_kineticTimer, &QTimer::timeout, this, &TimelineView::kineticStep);
    connect(m_scrollBar, &QScrollBar::valueChanged, this, [this](int value) {
        if (m_options.scrollY != value) {
            m_options.scrollY = value;
            invalidateFrame();
        }
    });
    connect(session, &Session::visibleWindowChanged, this, &TimelineView::onWindowChanged);
    connect(session, &Session::datasetReset, this, &TimelineView::onDataReset);
    connect(session, &Session::filterChanged, this, &TimelineView::onFilterChanged);
    // Badges and arcs change nothing in the layout: a repaint is enough.
    connect(session, &Session::annotationChanged, this, [this] { update(); });
    connect(session, &Session::linksChanged, this, [this] { update(); });
    if (selection) {
        connect(selection, &EventSelectionModel::currentKeyChanged, this, &TimelineView::onCurrentKeyChanged);
        m_options.selectedKey = selection->currentKey();
    }
    showWholeDataWithMargin();
}

void TimelineView::showWholeDataWithMargin()
{
    // A session starts out showing exactly its data; the first and last events would sit on
    // the edges, half cut. Leave them a little room.
    const TimeWindow extent = m_session->dataExtent();
    if (m_session->visibleWindow() != extent)
        return;
    const DayRange range = DayRange::fromWindow(extent);
    const double margin = std::max(1.0, range.span() * 0.02);
    m_options.range = {range.begin - margin, range.end + margin};
    m_session->setVisibleWindow(m_options.range.toWindow());
}

TimelineView::~TimelineView() = default;

QSize TimelineView::sizeHint() const
{
    return {900, 520};
}

QSize TimelineView::minimumSizeHint() const
{
    return {320, 220};
}

QRectF TimelineView::canvasRect() const
{
    return QRectF(0, 0, std::max(1, width() - m_scrollBar->sizeHint().width()), height());
}

const TimelineLanes &TimelineView::currentLanes() const
{
    return m_renderer.lanes(m_options.laneMode);
}

DayRangeLimits TimelineView::limits() const
{
    return DayRangeLimits::forExtent(m_session->dataExtent());
}

void TimelineView::invalidateFrame()
{
    syncOptions();
    m_frame.reset();
    update();
}

void TimelineView::syncOptions()
{
    m_options.palette = palette();
    m_options.font = font();
    m_options.arrangement = m_arrangements[size_t(m_options.laneMode)];
    m_options.focusLane = focusLaneIndex();
    m_options.hasFocus = hasFocus();
}

const TimelineFrame &TimelineView::frame() const
{
    if (!m_frame)
        m_frame = m_renderer.layout(canvasRect(), m_options);
    return *m_frame;
}

void TimelineView::updateScrollBar()
{
    const TimelineFrame &laidOut = *m_frame;
    const double hidden = std::max(0.0, laidOut.contentHeight - laidOut.lanesRect.height());
    const QSignalBlocker blocker(m_scrollBar);
    m_scrollBar->setRange(0, int(std::ceil(hidden)));
    m_scrollBar->setPageStep(std::max(1, int(laidOut.lanesRect.height())));
    m_scrollBar->setSingleStep(std::max(1, int(laidOut.rowHeight)));
    m_scrollBar->setValue(int(m_options.scrollY));
    m_options.scrollY = m_scrollBar->value();
    m_scrollBar->setGeometry(width() - m_scrollBar->sizeHint().width(), int(laidOut.lanesRect.top()),
                             m_scrollBar->sizeHint().width(), int(laidOut.lanesRect.height()));
    m_scrollBar->setVisible(hidden > 0);
}

void TimelineView::paintEvent(QPaintEvent *)
{
    const TimelineFrame &laidOut = frame();
    updateScrollBar();
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    m_renderer.paintFrame(&painter, laidOut, m_options);
    if (m_drag == Drag::Lane && m_laneDropY)
        painter.fillRect(QRectF(0, *m_laneDropY - 1, laidOut.lanesRect.right(), 3), palette().color(QPalette::Highlight));
    paintLinkPreview(painter);
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    invalidateFrame();
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        invalidateFrame();
    QWidget::changeEvent(event);
}

void TimelineView::setVisibleRange(DayRange range)
{
    range = clampRange(range, limits());
    if (range == m_options.range)
        return;
    m_options.range = range;
    invalidateFrame();
    m_session->setVisibleWindow(range.toWindow());
}

void TimelineView::zoomBy(double factor, std::optional<double> anchorDay)
{
    setVisibleRange(zoomRange(m_options.range, anchorDay.value_or(m_options.range.centre()), factor, limits()));
}

void TimelineView::onWindowChanged(TimeWindow window)
{
    // Our own change coming back, or a whole-day view of the same range: keep the fraction.
    if (window == m_options.range.toWindow())
        return;
    m_options.range = DayRange::fromWindow(window);
    invalidateFrame();
}

void TimelineView::onDataReset()
{
    stopKinetic();
    m_linkFrom.reset();
    m_options.hoveredKey.reset();
    m_options.selectedKey = m_selection ? m_selection->currentKey() : std::nullopt;
    m_options.scrollY = 0;
    m_focusLaneId.clear();
    m_options.range = DayRange::fromWindow(m_session->visibleWindow());
    showWholeDataWithMargin();
    currentLanes();
    invalidateFrame();
}

void TimelineView::onFilterChanged()
{
    m_options.hoveredKey.reset();
    // Build the lanes now, not in the next paint.
    currentLanes();
    invalidateFrame();
}

void TimelineView::onCurrentKeyChanged(std::optional<EventKey> key)
{
    if (key == m_options.selectedKey)
        return;
    m_options.selectedKey = key;
    if (key) {
        const EventRow row = m_session->store().rowOfKey(*key);
        if (row != noRow) {
            const TimelineLanes &lanes = currentLanes();
            const std::vector<qsizetype> containing = lanes.lanesOfRow(m_session->store(), row);
            const qsizetype focus = focusLaneIndex().value_or(-1);
            if (!containing.empty() && std::find(containing.begin(), containing.end(), focus) == containing.end())
                m_focusLaneId = lanes.lane(containing.front()).id;
            ensureRowVisible(row);
        }
    }
    invalidateFrame();
}

std::optional<qsizetype> TimelineView::focusLaneIndex() const
{
    if (m_focusLaneId.isEmpty())
        return std::nullopt;
    const qsizetype index = currentLanes().indexOfId(m_focusLaneId);
    return index < 0 ? std::nullopt : std::optional<qsizetype>(index);
}

void TimelineView::setLaneMode(LaneMode mode)
{
    if (mode == m_options.laneMode)
        return;
    m_options.laneMode = mode;
    m_options.scrollY = 0;
    m_focusLaneId.clear();
    invalidateFrame();
    Q_EMIT laneModeChanged(mode);
}

void TimelineView::setColorMode(ColorMode mode)
{
    if (mode == m_options.colorMode)
        return;
    m_options.colorMode = mode;
    invalidateFrame();
    Q_EMIT colorModeChanged(mode);
}

void TimelineView::fitToFilteredEvents()
{
    const std::vector<EventRow> &rows = m_session->filteredRows();
    if (rows.empty())
        return;
    const EventStore &store = m_session->store();
    qint32 last = store.lastDay(rows.front());
    for (EventRow row : rows)
        last = std::max(last, store.lastDay(row));
    DayRange range = DayRange::fromWindow({store.startDay(rows.front()), last});
    const double margin = std::max(1.0, range.span() * 0.03);
    range = {range.begin - margin, range.end + margin};
    if (range.span() < 14)
        range = {range.centre() - 7, range.centre() + 7};
    setVisibleRange(range);
}

QJsonObject TimelineView::saveState() const
{
    QJsonObject lanes;
    for (LaneMode mode : {LaneMode::Actor, LaneMode::Dyad, LaneMode::Category})
        lanes.insert(laneModeName(mode), m_arrangements[size_t(mode)].toJson());
    return {{QStringLiteral("laneMode"), laneModeName(m_options.laneMode)},
            {QStringLiteral("colorMode"), colorModeName(m_options.colorMode)},
            {QStringLiteral("lanes"), lanes}};
}

void TimelineView::restoreState(const QJsonObject &state)
{
    const QJsonObject lanes = state.value(QStringLiteral("lanes")).toObject();
    for (LaneMode mode : {LaneMode::Actor, LaneMode::Dyad, LaneMode::Category})
        m_arrangements[size_t(mode)] = LaneArrangement::fromJson(lanes.value(laneModeName(mode)).toObject());
    if (const auto mode = laneModeFromName(state.value(QStringLiteral("laneMode")).toString()))
        setLaneMode(*mode);
    if (const auto mode = colorModeFromName(state.value(QStringLiteral("colorMode")).toString()))
        setColorMode(*mode);
    invalidateFrame();
}

} // namespace dyad
