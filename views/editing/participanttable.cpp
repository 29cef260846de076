#include "participanttable.h"

#include "core/eventstore.h"

#include <QCollator>
#include <QComboBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>

#include <algorithm>

namespace dyad {

namespace {
constexpr ParticipantRole roles[] = {ParticipantRole::Initiator, ParticipantRole::Target, ParticipantRole::Participant};
}

ParticipantTable::ParticipantTable(const EventStore &store, QWidget *parent)
    : RowTable({tr("Actor"), tr("Role")}, tr("Add Actor"), parent)
{
    for (const Actor &actor : store.actors())
        m_actorChoices.append({actor.name == actor.id ? actor.name : tr("%1 (%2)").arg(actor.name, actor.id), actor.id});
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(m_actorChoices.begin(), m_actorChoices.end(),
              [&collator](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });

    table()->horizontalHeader()->setSectionResizeMode(ActorColumn, QHeaderView::Stretch);
    table()->horizontalHeader()->setSectionResizeMode(RoleColumn, QHeaderView::ResizeToContents);
    addButton()->setToolTip(tr("Add an actor who takes part in the event"));
}

QString ParticipantTable::roleDisplayName(ParticipantRole role)
{
    switch (role) {
    case ParticipantRole::Initiator:
        return tr("Initiator");
    case ParticipantRole::Target:
        return tr("Target");
    case ParticipantRole::Participant:
        return tr("Participant");
    }
    return {};
}

void ParticipantTable::appendEmptyRow()
{
    const int row = table()->rowCount();
    table()->insertRow(row);

    auto *actor = new QComboBox(table());
    actor->addItem(tr("Choose an actor…"), QString());
    for (const auto &[label, id] : m_actorChoices)
        actor->addItem(label, id);
    actor->setMaxVisibleItems(20);
    connect(actor, &QComboBox::currentIndexChanged, this, &RowTable::edited);
    table()->setCellWidget(row, ActorColumn, actor);

    auto *role = new QComboBox(table());
    for (ParticipantRole value : roles)
        role->addItem(roleDisplayName(value), int(value));
    role->setCurrentIndex(role->findData(int(ParticipantRole::Participant)));
    connect(role, &QComboBox::currentIndexChanged, this, &RowTable::edited);
    table()->setCellWidget(row, RoleColumn, role);
}

QComboBox *ParticipantTable::actorBox(int row) const
{
    return qobject_cast<QComboBox *>(table()->cellWidget(row, ActorColumn));
}

QComboBox *ParticipantTable::roleBox(int row) const
{
    return qobject_cast<QComboBox *>(table()->cellWidget(row, RoleColumn));
}

QList<Participant> ParticipantTable::participants() const
{
    QList<Participant> result;
    for (int row = 0; row < rowCount(); ++row)
        result.append({actorBox(row)->currentData().toString(), ParticipantRole(roleBox(row)->currentData().toInt())});
    return result;
}

void ParticipantTable::setParticipants(const QList<Participant> &participants)
{
    clearRows();
    for (const Participant &participant : participants) {
        appendEmptyRow();
        const int row = rowCount() - 1;
        QComboBox *actor = actorBox(row);
        const QSignalBlocker actorBlocker(actor);
        const QSignalBlocker roleBlocker(roleBox(row));
        if (actor->findData(participant.actorId) < 0)
            actor->addItem(participant.actorId, participant.actorId);  // shown as it is; validation says it is unknown
        actor->setCurrentIndex(actor->findData(participant.actorId));
        roleBox(row)->setCurrentIndex(roleBox(row)->findData(int(participant.role)));
    }
    updateButtons();
}

} // namespace dyad
