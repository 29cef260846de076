#include "eventtablemodel.h"

#include "session/session.h"

#include <QColor>
#include <QIcon>

#include <algorithm>

namespace dyad {

EventTableModel::EventTableModel(Session *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    // Rows are let go of before the store changes (the selection reads its keys from them then)
    // and rebuilt once it is consistent again.
    connect(session, &Session::aboutToChange, this, [this](const DocumentChange &change) {
        if (change.movesRows())
            beginResetModel();
    });
    connect(session, &Session::changed, this, [this](const DocumentChange &change) {
        if (change.movesRows()) {
            rebuild();
            endResetModel();
            return;
        }
        for (const QString &eventId : change.annotatedEvents) {
            const auto key = m_session->store().keyOfId(eventId);
            const QModelIndex index = key ? indexOfKey(*key) : QModelIndex();
            if (index.isValid())
                Q_EMIT dataChanged(index, index.siblingAtColumn(ColumnCount - 1),
                                   {Qt::DecorationRole, Qt::BackgroundRole, Qt::ToolTipRole, StarredRole, NoteRole});
        }
    });
    rebuild();
}

QVariant EventTableModel::annotationData(EventRow row, int column, int role) const
{
    const auto &annotations = m_session->annotations().annotations();
    if (annotations.isEmpty())
        return {};
    const auto found = annotations.constFind(m_session->store().id(row));
    if (found == annotations.constEnd())
        return {};
    switch (role) {
    case Qt::DecorationRole:
        if (column != TitleColumn)
            return {};
        if (found->starred)
            return QIcon(QStringLiteral(":/icons/star.svg"));
        if (!found->note.isEmpty())
            return QIcon(QStringLiteral(":/icons/note.svg"));
        if (!found->tags.isEmpty())
            return QIcon(QStringLiteral(":/icons/tag.svg"));
        return {};
    case Qt::BackgroundRole:
        if (found->highlight.isEmpty())
            return {};
        if (QColor color = QColor::fromString(found->highlight); color.isValid()) {
            color.setAlpha(70);
            return color;
        }
        return {};
    case Qt::ToolTipRole:
        if (found->note.isEmpty() && found->tags.isEmpty())
            return {};
        return QString(m_session->store().title(row) + u"\n\n" + found->note
                       + (found->tags.isEmpty() ? QString() : u"\n#" + found->tags.join(QStringLiteral(" #"))));
    case StarredRole:
        return found->starred;
    case NoteRole:
        return found->note;
    }
    return {};
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventTableModel::actorNames(EventRow row) const
{
    const EventStore &store = m_session->store();
    QStringList names;
    for (ActorIndex actor : store.participants(row))
        names.append(store.actor(actor).name);
    return names.join(QStringLiteral(", "));
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventStore &store = m_session->store();
    const EventRow row = m_order[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn: {
            QString text = store.startDate(row).toDisplayString();
            if (const auto end = store.endDate(row))
                text += u" – " + end->toDisplayString();
            return text;
        }
        case TitleColumn:
            return store.title(row);
        case ActorsColumn:
            return actorNames(row);
        case CategoryColumn:
            return store.categoryName(store.category(row));
        case ToneColumn:
            return QString::number(double(store.tone(row)), 'f', 1);
        case PlaceColumn:
            if (const auto place = store.place(row))
                return place->name;
            return {};
        }
        return {};
    case Qt::ToolTipRole:
        if (const QVariant annotated = annotationData(row, index.column(), role); annotated.isValid())
            return annotated;
        if (index.column() == TitleColumn)
            return store.title(row);
        return {};
    case Qt::DecorationRole:
    case Qt::BackgroundRole:
        return annotationData(row, index.column(), role);
    case StarredRole:
        return annotationData(row, index.column(), role).toBool();
    case NoteRole:
        return annotationData(row, index.column(), role).toString();
    case Qt::TextAlignmentRole:
        if (index.column() == ToneColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case EventKeyRole:
        return store.key(row);
    case EventIdRole:
        return store.id(row);
    case StartDayRole:
        return store.startDay(row);
    case LastDayRole:
        return store.lastDay(row);
    case ToneRole:
        return double(store.tone(row));
    case CategoryRole:
        return store.categoryName(store.category(row));
    }
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Title");
    case ActorsColumn:
        return tr("Actors");
    case CategoryColumn:
        return tr("Category");
    case ToneColumn:
        return tr("Tone");
    case PlaceColumn:
        return tr("Place");
    }
    return {};
}

QHash<int, QByteArray> EventTableModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(EventKeyRole, "eventKey");
    names.insert(EventIdRole, "eventId");
    names.insert(StartDayRole, "startDay");
    names.insert(LastDayRole, "lastDay");
    names.insert(ToneRole, "tone");
    names.insert(CategoryRole, "category");
    names.insert(StarredRole, "starred");
    names.insert(NoteRole, "note");
    return names;
}

void EventTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<EventKey> keys;
    keys.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        keys.push_back(keyAt(index));

    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
    rebuildInverse();

    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(indexOfKey(keys[size_t(i)], before[i].column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void EventTableModel::rebuild()
{
    m_order = m_session->filteredRows();
    applySort();
    rebuildInverse();
}

void EventTableModel::applySort()
{
    const EventStore &store = m_session->store();
    // The filtered rows arrive in date order, so the date column needs no work.
    const auto byKey = [&](auto keyOf) {
        std::stable_sort(m_order.begin(), m_order.end(),
                         [&](EventRow a, EventRow b) { return keyOf(a) < keyOf(b); });
    };
    switch (m_sortColumn) {
    case DateColumn:
        std::sort(m_order.begin(), m_order.end());
        break;
    case TitleColumn:
        byKey([&](EventRow r) { return store.titleUtf8(r); });
        break;
    case ActorsColumn:
        byKey([&](EventRow r) {
            const auto actors = store.participants(r);
            return actors.empty() ? QString() : store.actor(actors.front()).name;
        });
        break;
    case CategoryColumn:
        byKey([&](EventRow r) { return store.categoryName(store.category(r)); });
        break;
    case ToneColumn:
        byKey([&](EventRow r) { return store.tone(r); });
        break;
    case PlaceColumn:
        byKey([&](EventRow r) { return store.placeNameUtf8(r); });
        break;
    }
    if (m_sortOrder == Qt::DescendingOrder)
        std::reverse(m_order.begin(), m_order.end());
}

void EventTableModel::rebuildInverse()
{
    const EventStore &store = m_session->store();
    m_tableRowOfKey.assign(size_t(store.keyCapacity()), -1);
    for (size_t i = 0; i < m_order.size(); ++i) {
        const EventKey key = store.key(m_order[i]);
        if (key >= m_tableRowOfKey.size())
            m_tableRowOfKey.resize(size_t(key) + 1, -1);
        m_tableRowOfKey[key] = qint32(i);
    }
}

EventKey EventTableModel::keyAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= int(m_order.size()))
        return std::numeric_limits<EventKey>::max();
    return m_session->store().key(m_order[size_t(index.row())]);
}

QModelIndex EventTableModel::indexOfKey(EventKey key, int column) const
{
    if (key >= m_tableRowOfKey.size() || m_tableRowOfKey[key] < 0)
        return {};
    return index(m_tableRowOfKey[key], column);
}

} // namespace dyad
