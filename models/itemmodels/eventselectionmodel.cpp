#include "eventselectionmodel.h"

#include "eventtablemodel.h"

namespace dyad {

EventSelectionModel::EventSelectionModel(EventTableModel *model, QObject *parent)
    : QItemSelectionModel(model, parent)
    , m_table(model)
{
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &EventSelectionModel::rememberSelection);
    connect(model, &QAbstractItemModel::modelReset, this, &EventSelectionModel::restoreSelection);
    connect(this, &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT currentKeyChanged(m_table->keyAt(current));
                else
                    Q_EMIT currentKeyChanged(std::nullopt);
            });
}

std::optional<EventKey> EventSelectionModel::currentKey() const
{
    if (!currentIndex().isValid())
        return std::nullopt;
    return m_table->keyAt(currentIndex());
}

std::vector<EventKey> EventSelectionModel::selectedKeys() const
{
    std::vector<EventKey> keys;
    for (const QModelIndex &index : selectedRows())
        keys.push_back(m_table->keyAt(index));
    return keys;
}

bool EventSelectionModel::selectKey(EventKey key)
{
    const QModelIndex index = m_table->indexOfKey(key);
    if (!index.isValid())
        return false;
    setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void EventSelectionModel::rememberSelection()
{
    m_rememberedCurrent = currentKey();
    m_rememberedSelection = selectedKeys();
}

void EventSelectionModel::restoreSelection()
{
    QItemSelection selection;
    for (EventKey key : m_rememberedSelection) {
        const QModelIndex index = m_table->indexOfKey(key);
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(m_table->columnCount() - 1));
    }
    const QModelIndex current = m_rememberedCurrent ? m_table->indexOfKey(*m_rememberedCurrent) : QModelIndex();
    if (current.isValid())
        setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    else if (m_rememberedCurrent)
        Q_EMIT currentKeyChanged(std::nullopt);
    select(selection, QItemSelectionModel::ClearAndSelect);
    m_rememberedSelection.clear();
    m_rememberedCurrent.reset();
}

} // namespace dyad
