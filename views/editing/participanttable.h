#pragma once

#include "core/event.h"
#include "rowtable.h"

class QComboBox;

namespace dyad {

class EventStore;

// The actors of an event: per row an actor chosen from the session's actors and a role.
class ParticipantTable final : public RowTable
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParticipantTable)

public:
    enum Column { ActorColumn, RoleColumn };

    ParticipantTable(const EventStore &store, QWidget *parent = nullptr);

    QList<Participant> participants() const;  // a row with no actor chosen has an empty id
    void setParticipants(const QList<Participant> &participants);

    QComboBox *actorBox(int row) const;
    QComboBox *roleBox(int row) const;

    static QString roleDisplayName(ParticipantRole role);

protected:
    void appendEmptyRow() override;

private:
    QList<std::pair<QString, QString>> m_actorChoices;  // (label, id), sorted by label
};

} // namespace dyad
