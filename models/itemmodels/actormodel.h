#pragma once

#include "core/actor.h"
#include "core/eventstore.h"

#include <QAbstractItemModel>

#include <vector>

namespace dyad {

class Session;

// Actors grouped by kind (States, Organisations, People...), each checkable to filter by it,
// with the number of events it has under the current filter (the actor criterion aside, so
// unchecked actors still tell how much they would add).
class ActorModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActorModel)

public:
    enum Column { NameColumn, EventsColumn, ColumnCount };
    enum Role {
        ActorIdRole = Qt::UserRole + 1,  // QString, empty on group rows
        KindRole,                        // int (ActorKind)
        EventCountRole,                  // quint32
        IsGroupRole,                     // bool
    };

    explicit ActorModel(Session *session, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOfActor(const QString &actorId) const;

private:
    struct Group
    {
        ActorKind kind;
        std::vector<ActorIndex> actors;
    };
    static constexpr quintptr groupMarker = 0;

    void rebuild();
    void refreshCounts();
    ActorIndex actorAt(const QModelIndex &index) const;
    bool isGroup(const QModelIndex &index) const { return index.internalId() == groupMarker; }

    Session *m_session;
    std::vector<Group> m_groups;
};

} // namespace dyad
