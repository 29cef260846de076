#include "actormodel.h"

#include "session/session.h"

#include <QCollator>

#include <algorithm>

namespace dyad {

namespace {

QString groupTitle(ActorKind kind)
{
    switch (kind) {
    case ActorKind::State:
        return ActorModel::tr("States");
    case ActorKind::Organisation:
        return ActorModel::tr("Organisations");
    case ActorKind::Person:
        return ActorModel::tr("People");
    case ActorKind::ArmedGroup:
        return ActorModel::tr("Armed groups");
    case ActorKind::Company:
        return ActorModel::tr("Companies");
    case ActorKind::Other:
        return ActorModel::tr("Others");
    }
    return {};
}

} // namespace

ActorModel::ActorModel(Session *session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{
    const auto reset = [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    };
    connect(session, &Session::datasetReset, this, reset);
    connect(session, &Session::eventsEdited, this, reset);
    connect(session, &Session::filterChanged, this, &ActorModel::refreshCounts);
    rebuild();
}

void ActorModel::rebuild()
{
    m_groups.clear();
    const EventStore &store = m_session->store();
    QCollator collator;
    collator.setNumericMode(true);
    for (ActorKind kind : {ActorKind::State, ActorKind::Organisation, ActorKind::Person, ActorKind::ArmedGroup,
                           ActorKind::Company, ActorKind::Other}) {
        Group group{kind, {}};
        for (ActorIndex a = 0; a < ActorIndex(store.actorCount()); ++a) {
            if (store.actor(a).kind == kind)
                group.actors.push_back(a);
        }
        std::sort(group.actors.begin(), group.actors.end(), [&](ActorIndex x, ActorIndex y) {
            return collator.compare(store.actor(x).name, store.actor(y).name) < 0;
        });
        if (!group.actors.empty())
            m_groups.push_back(std::move(group));
    }
}

void ActorModel::refreshCounts()
{
    for (int g = 0; g < int(m_groups.size()); ++g) {
        const QModelIndex groupIndex = index(g, 0);
        const int last = int(m_groups[size_t(g)].actors.size()) - 1;
        Q_EMIT dataChanged(index(0, 0, groupIndex), index(last, ColumnCount - 1, groupIndex),
                           {Qt::DisplayRole, Qt::CheckStateRole, EventCountRole});
    }
}

QModelIndex ActorModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, groupMarker);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ActorModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || isGroup(child))
        return {};
    return createIndex(int(child.internalId() - 1), 0, groupMarker);
}

int ActorModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || !isGroup(parent))
        return 0;
    return int(m_groups[size_t(parent.row())].actors.size());
}

int ActorModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

ActorIndex ActorModel::actorAt(const QModelIndex &index) const
{
    return m_groups[size_t(index.internalId() - 1)].actors[size_t(index.row())];
}

QVariant ActorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (isGroup(index)) {
        const Group &group = m_groups[size_t(index.row())];
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == NameColumn ? groupTitle(group.kind) : QVariant();
        case KindRole:
            return int(group.kind);
        case IsGroupRole:
            return true;
        }
        return {};
    }
    const EventStore &store = m_session->store();
    const ActorIndex actorIndex = actorAt(index);
    const Actor &actor = store.actor(actorIndex);
    const auto &counts = m_session->filtered().eventsPerActor;
    const quint32 count = actorIndex < counts.size() ? counts[actorIndex] : 0;
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? QVariant(actor.name) : QVariant(count);
    case Qt::ToolTipRole: {
        QString tip = actor.name + u" (" + actorKindDisplayName(actor.kind) + u')';
        if (!actor.stateId.isEmpty()) {
            if (const auto state = store.actorIndex(actor.stateId))
                tip += u'\n' + tr("Belongs to %1").arg(store.actor(*state).name);
        }
        return tip;
    }
    case Qt::CheckStateRole:
        if (index.column() != NameColumn)
            return {};
        return m_session->filter().actorIds.contains(actor.id) ? Qt::Checked : Qt::Unchecked;
    case Qt::TextAlignmentRole:
        return index.column() == EventsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case ActorIdRole:
        return actor.id;
    case KindRole:
        return int(actor.kind);
    case EventCountRole:
        return count;
    case IsGroupRole:
        return false;
    }
    return {};
}

bool ActorModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || isGroup(index)
        || index.column() != NameColumn)
        return false;
    const QString id = m_session->store().actor(actorAt(index)).id;
    EventFilter filter = m_session->filter();
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    if (checked == filter.actorIds.contains(id))
        return true;
    if (checked)
        filter.actorIds.append(id);
    else
        filter.actorIds.removeAll(id);
    m_session->setFilter(filter);  // refreshCounts() emits dataChanged for this row too
    return true;
}

Qt::ItemFlags ActorModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (isGroup(index))
        return Qt::ItemIsEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == NameColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ActorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return section == NameColumn ? tr("Actor") : tr("Events");
    return QAbstractItemModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> ActorModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names.insert(ActorIdRole, "actorId");
    names.insert(KindRole, "kind");
    names.insert(EventCountRole, "eventCount");
    names.insert(IsGroupRole, "isGroup");
    return names;
}

QModelIndex ActorModel::indexOfActor(const QString &actorId) const
{
    const auto actor = m_session->store().actorIndex(actorId);
    if (!actor)
        return {};
    for (int g = 0; g < int(m_groups.size()); ++g) {
        const auto &actors = m_groups[size_t(g)].actors;
        const auto found = std::find(actors.begin(), actors.end(), *actor);
        if (found != actors.end())
            return index(int(found - actors.begin()), NameColumn, index(g, 0));
    }
    return {};
}

} // namespace dyad
