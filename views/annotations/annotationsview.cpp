#include "annotationsview.h"

#include "itemmodels/annotationlistmodel.h"
#include "itemmodels/eventselectionmodel.h"
#include "session/session.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace dyad {

AnnotationsView::AnnotationsView(Session *session, EventSelectionModel *selection, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_selection(selection)
    , m_model(new AnnotationListModel(session, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search notes and tags…"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(AnnotationListModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(0);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(AnnotationListModel::NoteColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(AnnotationListModel::EventColumn, fontMetrics().horizontalAdvance(u'M') * 16);
    connect(m_table, &QTableView::activated, this, &AnnotationsView::jumpTo);
    connect(m_table, &QTableView::clicked, this, &AnnotationsView::jumpTo);
    layout->addWidget(m_table, 1);

    m_empty = new QLabel(tr("No annotations yet. Select an event and write a note, add tags or star it "
                            "in the Event details dock."), this);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_empty);
    const auto updateEmpty = [this] {
        m_empty->setVisible(m_model->rowCount() == 0);
        m_table->setVisible(m_model->rowCount() > 0);
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, updateEmpty);
    updateEmpty();
}

void AnnotationsView::jumpTo(const QModelIndex &index)
{
    const auto key = EventKey(index.data(AnnotationListModel::EventKeyRole).toUInt());
    if (!m_selection->selectKey(key))
        Q_EMIT message(tr("That event is hidden by the current filter; clear the filter to see it."));
}

} // namespace dyad
