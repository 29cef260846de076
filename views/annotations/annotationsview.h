#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace dyad {

class AnnotationListModel;
class EventSelectionModel;
class Session;

// The Annotations dock: every note, tag and star, searchable; activating one selects its
// event everywhere (and says so when the current filter hides it).
class AnnotationsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationsView)

public:
    AnnotationsView(Session *session, EventSelectionModel *selection, QWidget *parent = nullptr);

    QLineEdit *searchBox() const { return m_search; }
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void message(const QString &text);

private:
    void jumpTo(const QModelIndex &index);

    Session *m_session;
    EventSelectionModel *m_selection;
    AnnotationListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_empty;
};

} // namespace dyad
