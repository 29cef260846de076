#pragma once

#include "core/eventstore.h"

#include <QAbstractTableModel>

namespace dyad {

class Session;

// Every annotated event (note, tags, highlight or star), in date order: the Annotations dock.
class AnnotationListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationListModel)

public:
    enum Column { DateColumn, EventColumn, NoteColumn, TagsColumn, ColumnCount };
    enum Role { EventKeyRole = Qt::UserRole + 1, EventIdRole, StarredRole, SearchTextRole };

    explicit AnnotationListModel(Session *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    Session *m_session;
    std::vector<EventRow> m_rows;
};

} // namespace dyad
