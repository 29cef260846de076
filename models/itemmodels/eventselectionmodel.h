#pragma once

#include "core/eventstore.h"

#include <QItemSelectionModel>

#include <optional>
#include <vector>

namespace dyad {

class EventTableModel;

// The one selection every view shares. It remembers events by key, so a selected event
// stays selected when the filter or the sort order changes, as long as it is still shown.
class EventSelectionModel final : public QItemSelectionModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventSelectionModel)

public:
    explicit EventSelectionModel(EventTableModel *model, QObject *parent = nullptr);

    std::optional<EventKey> currentKey() const;
    std::vector<EventKey> selectedKeys() const;
    // Selects one event and makes it current; returns false when the filter hides it.
    bool selectKey(EventKey key);

Q_SIGNALS:
    // The current event changed (std::nullopt when none is current).
    void currentKeyChanged(std::optional<dyad::EventKey> key);

private:
    void rememberSelection();
    void restoreSelection();

    EventTableModel *m_table;
    std::optional<EventKey> m_rememberedCurrent;
    std::vector<EventKey> m_rememberedSelection;
};

} // namespace dyad
