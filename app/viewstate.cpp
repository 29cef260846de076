#include "viewstate.h"

#include "mainwindow.h"

#include "itemmodels/eventselectionmodel.h"
#include "itemmodels/eventtablemodel.h"
#include "session/session.h"

#include <QHeaderView>
#include <QTableView>

namespace dyad::ViewState {

namespace {

QString toBase64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray fromBase64(const QJsonValue &value)
{
    return QByteArray::fromBase64(value.toString().toLatin1());
}

} // namespace

QJsonObject capture(const MainWindow &window)
{
    const Session &session = *window.session();
    QJsonObject state;
    state[u"version"] = currentVersion;
    const TimeWindow visible = session.visibleWindow();
    state[u"window"] = QJsonObject{{u"firstDay"_qs, visible.firstDay}, {u"lastDay"_qs, visible.lastDay}};
    state[u"filter"] = session.filter().toJson();
    if (const auto key = window.selectionModel()->currentKey()) {
        const EventRow row = session.store().rowOfKey(*key);
        if (row != noRow)
            state[u"selectedEvent"] = session.store().id(row);
    }
    const QHeaderView *header = window.eventTable()->horizontalHeader();
    state[u"table"] = QJsonObject{{u"sortColumn"_qs, header->sortIndicatorSection()},
                                  {u"sortOrder"_qs, header->sortIndicatorOrder() == Qt::AscendingOrder ? u"ascending"_qs : u"descending"_qs}};
    state[u"docks"] = toBase64(window.saveState(currentVersion));
    state[u"geometry"] = toBase64(window.saveGeometry());
    const QJsonObject views = window.viewStates();
    for (auto it = views.begin(); it != views.end(); ++it)
        state[it.key()] = it.value();
    return state;
}

void restore(MainWindow &window, const QJsonObject &state)
{
    if (state.isEmpty() || state[u"version"].toInt() > currentVersion)
        return;  // a newer layout is ignored rather than misread; the data itself still opens
    Session &session = *window.session();
    window.restoreGeometry(fromBase64(state[u"geometry"]));
    window.restoreState(fromBase64(state[u"docks"]), currentVersion);
    session.setFilter(EventFilter::fromJson(state[u"filter"].toObject()));

    const QJsonObject table = state[u"table"].toObject();
    if (table.contains(u"sortColumn")) {
        const int column = std::clamp(table[u"sortColumn"].toInt(), 0, int(EventTableModel::ColumnCount) - 1);
        window.eventTable()->sortByColumn(column, table[u"sortOrder"].toString() == u"descending" ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    window.restoreViewStates(state);

    const QJsonObject visible = state[u"window"].toObject();
    if (visible.contains(u"firstDay"))
        session.setVisibleWindow({visible[u"firstDay"].toInt(), visible[u"lastDay"].toInt()});
    if (const auto key = session.store().keyOfId(state[u"selectedEvent"].toString()))
        window.selectionModel()->selectKey(*key);
}

} // namespace dyad::ViewState
