#pragma once

#include "core/eventstore.h"

#include <QAbstractTableModel>

#include <vector>

namespace dyad {

class Session;

// The filtered events as a table. Rows are the session's filtered rows, in the order of
// the chosen sort column; data() reads the columns directly, so a million rows are cheap.
class EventTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventTableModel)

public:
    enum Column { DateColumn, TitleColumn, ActorsColumn, CategoryColumn, ToneColumn, PlaceColumn, ColumnCount };
    enum Role {
        EventKeyRole = Qt::UserRole + 1,  // EventKey (quint32)
        EventIdRole,                      // QString
        StartDayRole,                     // qint32 Julian day
        LastDayRole,                      // qint32 Julian day
        ToneRole,                         // double
        CategoryRole,                     // QString
        StarredRole,                      // bool
        NoteRole,                         // QString, the user's note
    };

    explicit EventTableModel(Session *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    EventRow storeRow(int tableRow) const { return m_order[size_t(tableRow)]; }
    EventKey keyAt(const QModelIndex &index) const;
    QModelIndex indexOfKey(EventKey key, int column = 0) const;  // invalid when filtered out

private:
    void rebuild();
    void applySort();
    void rebuildInverse();
    QString actorNames(EventRow row) const;
    QVariant annotationData(EventRow row, int column, int role) const;

    Session *m_session;
    std::vector<EventRow> m_order;
    std::vector<qint32> m_tableRowOfKey;
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace dyad
