#include "annotationlistmodel.h"

#include "session/session.h"

#include <QIcon>

#include <algorithm>

namespace dyad {

AnnotationListModel::AnnotationListModel(Session *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    const auto reset = [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    };
    connect(session, &Session::datasetReset, this, reset);
    connect(session, &Session::eventsEdited, this, reset);
    connect(session, &Session::annotationChanged, this, reset);
    rebuild();
}

void AnnotationListModel::rebuild()
{
    m_rows.clear();
    const EventStore &store = m_session->store();
    const auto &annotations = m_session->annotations().annotations();
    for (auto it = annotations.cbegin(); it != annotations.cend(); ++it) {
        if (const auto key = store.keyOfId(it.key()))
            m_rows.push_back(store.rowOfKey(*key));
    }
    std::sort(m_rows.begin(), m_rows.end());
}

int AnnotationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnnotationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnotationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventStore &store = m_session->store();
    const EventRow row = m_rows[size_t(index.row())];
    const EventAnnotation annotation = m_session->annotations().annotation(store.id(row));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return store.startDate(row).toDisplayString();
        case EventColumn:
            return store.title(row);
        case NoteColumn:
            return annotation.note.section(u'\n', 0, 0);
        case TagsColumn:
            return annotation.tags.isEmpty() ? QString() : u'#' + annotation.tags.join(QStringLiteral(" #"));
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == NoteColumn ? annotation.note : QVariant();
    case Qt::DecorationRole:
        if (index.column() == EventColumn && annotation.starred)
            return QIcon(QStringLiteral(":/icons/star.svg"));
        return {};
    case EventKeyRole:
        return store.key(row);
    case EventIdRole:
        return store.id(row);
    case StarredRole:
        return annotation.starred;
    case SearchTextRole:
        return QString(store.title(row) + u'\n' + annotation.note + u'\n' + annotation.tags.join(u' '));
    }
    return {};
}

QVariant AnnotationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case EventColumn:
        return tr("Event");
    case NoteColumn:
        return tr("Note");
    case TagsColumn:
        return tr("Tags");
    }
    return {};
}

} // namespace dyad
