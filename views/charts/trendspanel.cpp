#include "trendspanel.h"

#include "activitychart.h"
#include "dyadmenu.h"
#include "itemmodels/eventselectionmodel.h"
#include "itemmodels/eventtablemodel.h"
#include "session/session.h"
#include "tonechart.h"
#include "topactorschart.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QSplitter>
#include <QToolButton>

namespace dyad {

namespace {

constexpr int refreshDelayMs = 60;
constexpr qsizetype topActorCount = 10;
constexpr qint32 mostPeriods = 1500;  // beyond this a chart is noise: the unit gets coarser

PeriodUnit readableUnit(PeriodUnit unit, TimeWindow window)
{
    const auto approximateDays = [](PeriodUnit u) {
        switch (u) {
        case PeriodUnit::Week:
            return 7.0;
        case PeriodUnit::Month:
            return 30.44;
        case PeriodUnit::Quarter:
            return 91.3;
        case PeriodUnit::Year:
            break;
        }
        return 365.25;
    };
    while (unit != PeriodUnit::Year && window.days() / approximateDays(unit) > mostPeriods)
        unit = PeriodUnit(int(unit) + 1);
    return unit;
}

} // namespace

TrendsPanel::TrendsPanel(Session *session, EventTableModel *table, EventSelectionModel *selection, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_table(table)
    , m_selection(selection)
    , m_activity(new ActivityChart(this))
    , m_tone(new ToneChart(this))
    , m_topActors(new TopActorsChart(this))
{
    setObjectName(QStringLiteral("trendsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addWidget(createControls());
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_activity);
    m_splitter->addWidget(m_tone);
    m_splitter->addWidget(m_topActors);
    m_splitter->setStretchFactor(0, 6);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({6000, 5000, 2600});
    m_splitter->setChildrenCollapsible(true);
    layout->addWidget(m_splitter, 1);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(refreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_stale) {
            refreshNow();
            m_refreshTimer.start();
        }
    });
    // Actor numbers belong to the old data: drop them before anything (the timeline moving the
    // window on datasetReset) can make this panel refresh against the new store.
    connect(session, &Session::aboutToReset, this, [this] {
        m_dyads.clear();
        m_dyadsPinned = false;
    });
    connect(session, &Session::datasetReset, this, &TrendsPanel::filterOrDataChanged);
    connect(session, &Session::filterChanged, this, &TrendsPanel::filterOrDataChanged);
    connect(session, &Session::visibleWindowChanged, this, &TrendsPanel::scheduleRefresh);

    for (TimeChartView *chart : {static_cast<TimeChartView *>(m_activity), static_cast<TimeChartView *>(m_tone)})
        connect(chart, &TimeChartView::windowPicked, session, &Session::setVisibleWindow);
    connect(m_activity, &TimeChartView::periodClicked, this, [this](qsizetype period) { selectPeriod(period, false); });
    connect(m_tone, &TimeChartView::periodClicked, this, [this](qsizetype period) { selectPeriod(period, true); });
    connect(m_topActors, &TopActorsChart::actorClicked, this, &TrendsPanel::filterByActor);
    filterOrDataChanged();
}

QWidget *TrendsPanel::createControls()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Period:"), bar));
    m_unitBox = new QComboBox(bar);
    m_unitBox->setObjectName(QStringLiteral("periodUnit"));
    m_unitBox->addItem(tr("Automatic"), -1);
    m_unitBox->addItem(tr("Weeks"), int(PeriodUnit::Week));
    m_unitBox->addItem(tr("Months"), int(PeriodUnit::Month));
    m_unitBox->addItem(tr("Quarters"), int(PeriodUnit::Quarter));
    m_unitBox->addItem(tr("Years"), int(PeriodUnit::Year));
    m_unitBox->setToolTip(tr("How long one bar or point of the charts is; automatic follows the length of the time window"));
    connect(m_unitBox, &QComboBox::activated, this, [this] {
        const int unit = m_unitBox->currentData().toInt();
        setPeriodUnit(unit < 0 ? std::nullopt : std::optional(PeriodUnit(unit)));
    });
    row->addWidget(m_unitBox);
    row->addSpacing(12);

    auto *menu = new DyadMenu(m_session, this);
    connect(menu, &DyadMenu::dyadsChosen, this, &TrendsPanel::setDyads);
    m_dyadButton = new QToolButton(bar);
    m_dyadButton->setObjectName(QStringLiteral("dyadButton"));
    m_dyadButton->setText(tr("Pairs"));
    m_dyadButton->setMenu(menu);
    m_dyadButton->setPopupMode(QToolButton::InstantPopup);
    m_dyadButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    row->addWidget(m_dyadButton);
    row->addStretch();

    auto *hint = new QLabel(tr("Drag across a chart to show that span · click a period to select its events"), bar);
    hint->setForegroundRole(QPalette::PlaceholderText);
    row->addWidget(hint);
    return bar;
}

void TrendsPanel::setPeriodUnit(std::optional<PeriodUnit> unit)
{
    m_unit = unit;
    m_unitBox->setCurrentIndex(m_unitBox->findData(unit ? int(*unit) : -1));
    scheduleRefresh();
}

void TrendsPanel::setDyads(const std::vector<Dyad> &dyads)
{
    m_dyadsPinned = !dyads.empty();
    m_dyads = m_dyadsPinned ? dyads : defaultDyads(m_session->store(), m_session->filteredRows(), 2);
    updateDyadButton();
    scheduleRefresh();
}

QJsonObject TrendsPanel::saveState() const
{
    static const QStringList unitNames = {QStringLiteral("week"), QStringLiteral("month"), QStringLiteral("quarter"),
                                          QStringLiteral("year")};
    QJsonObject state;
    state.insert(QStringLiteral("periodUnit"), m_unit ? unitNames.at(int(*m_unit)) : QStringLiteral("automatic"));
    QJsonArray pairs;
    if (m_dyadsPinned) {
        for (const Dyad &dyad : m_dyads) {
            pairs.append(QJsonArray{m_session->store().actor(dyad.first()).id, m_session->store().actor(dyad.second()).id});
        }
    }
    state.insert(QStringLiteral("pairs"), pairs);
    state.insert(QStringLiteral("hiddenCategories"), QJsonArray::fromStringList(m_activity->hiddenCategories()));
    return state;
}

void TrendsPanel::restoreState(const QJsonObject &state)
{
    static const QStringList unitNames = {QStringLiteral("week"), QStringLiteral("month"), QStringLiteral("quarter"),
                                          QStringLiteral("year")};
    const qsizetype unit = unitNames.indexOf(state.value(QStringLiteral("periodUnit")).toString());
    std::vector<Dyad> pinned;
    for (const QJsonValue &pair : state.value(QStringLiteral("pairs")).toArray()) {
        const auto first = m_session->store().actorIndex(pair.toArray().at(0).toString());
        const auto second = m_session->store().actorIndex(pair.toArray().at(1).toString());
        if (first && second && *first != *second && qsizetype(pinned.size()) < DyadMenu::maximumDyads)
            pinned.push_back(Dyad(*first, *second));
    }
    for (const QString &category : m_activity->hiddenCategories())
        m_activity->setCategoryHidden(category, false);
    for (const QJsonValue &category : state.value(QStringLiteral("hiddenCategories")).toArray())
        m_activity->setCategoryHidden(category.toString(), true);
    setPeriodUnit(unit < 0 ? std::nullopt : std::optional(PeriodUnit(unit)));
    setDyads(pinned);
}

void TrendsPanel::filterOrDataChanged()
{
    if (!m_dyadsPinned) {
        m_dyads = defaultDyads(m_session->store(), m_session->filteredRows(), 2);
    } else {
        // An undone import or actor takes its actors away again.
        const auto actors = ActorIndex(m_session->store().actorCount());
        std::erase_if(m_dyads, [actors](const Dyad &dyad) { return dyad.first() >= actors || dyad.second() >= actors; });
    }
    updateDyadButton();
    scheduleRefresh();
}

void TrendsPanel::updateDyadButton()
{
    QStringList names;
    for (const Dyad &dyad : m_dyads)
        names.append(dyadDisplayName(m_session->store(), dyad));
    m_dyadButton->setToolTip(tr("Pairs in the temperature chart: %1").arg(names.isEmpty() ? tr("none") : names.join(u", ")));
    static_cast<DyadMenu *>(m_dyadButton->menu())->setCurrent(m_dyads, m_dyadsPinned);
}

void TrendsPanel::scheduleRefresh()
{
    m_stale = true;
    // A hidden dock waits until it is shown. A change after a quiet spell shows at once; while
    // the timeline is dragged, updates come at most once per delay, and the last change is
    // always applied when the delay runs out.
    if (!isVisible() || m_refreshTimer.isActive())
        return;
    refreshNow();
    m_refreshTimer.start();
}

void TrendsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refreshNow();
}

void TrendsPanel::refreshNow()
{
    m_stale = false;
    ++m_refreshCount;
    const EventStore &store = m_session->store();
    const TimeWindow window = m_session->visibleWindow();
    const PeriodUnit unit = readableUnit(m_unit.value_or(periodUnitForSpan(window.days())), window);
    m_data = aggregateTrends(store, m_session->filteredRows(), PeriodAxis(unit, window), m_dyads);
    m_activity->setData(m_data, store.categories(), window);
    QStringList names;
    for (const Dyad &dyad : m_dyads)
        names.append(dyadDisplayName(store, dyad));
    m_tone->setData(m_data, names, window);

    std::vector<ActorIndex> named;
    for (const QString &id : m_session->filter().actorIds) {
        if (const auto actor = store.actorIndex(id))
            named.push_back(*actor);
    }
    const auto inWindow = rowsStartingIn(store, m_session->filteredRows(), window.firstDay, window.lastDay);
    m_topActors->setData(store, rankActors(store, inWindow, topActorCount, named));
}

void TrendsPanel::selectPeriod(qsizetype period, bool onlyDyads)
{
    if (period < 0 || period >= m_data.axis.count())
        return;
    const EventStore &store = m_session->store();
    const auto rows = rowsStartingIn(store, m_session->filteredRows(), m_data.axis.firstDay(period), m_data.axis.lastDay(period));
    std::vector<int> tableRows;
    tableRows.reserve(rows.size());
    for (const EventRow row : rows) {
        if (onlyDyads && std::none_of(m_dyads.begin(), m_dyads.end(), [&](const Dyad &d) { return involves(store, row, d); }))
            continue;
        if (const QModelIndex index = m_table->indexOfKey(store.key(row)); index.isValid())
            tableRows.push_back(index.row());
    }
    if (tableRows.empty()) {
        m_selection->clearSelection();
        return;
    }
    std::sort(tableRows.begin(), tableRows.end());
    // Contiguous table rows become one range: a period sorted by date is a single range.
    QItemSelection selection;
    const int lastColumn = m_table->columnCount() - 1;
    for (size_t begin = 0; begin < tableRows.size();) {
        size_t end = begin + 1;
        while (end < tableRows.size() && tableRows[end] == tableRows[end - 1] + 1)
            ++end;
        selection.select(m_table->index(tableRows[begin], 0), m_table->index(tableRows[end - 1], lastColumn));
        begin = end;
    }
    m_selection->setCurrentIndex(m_table->index(tableRows.front(), 0), QItemSelectionModel::NoUpdate);
    m_selection->select(selection, QItemSelectionModel::ClearAndSelect);
}

void TrendsPanel::filterByActor(const QString &actorId)
{
    EventFilter filter = m_session->filter();
    filter.actorIds = {actorId};
    filter.actorMatch = EventFilter::ActorMatch::AnyOf;
    m_session->setFilter(filter);
}

} // namespace dyad
