#include "actorvalidation.h"

#include "core/eventstore.h"

#include <algorithm>

namespace dyad {

ActorDraft ActorDraft::fromActor(const Actor &actor)
{
    ActorDraft draft;
    draft.id = actor.id;
    draft.name = actor.name;
    draft.kind = actor.kind;
    draft.stateId = actor.stateId;
    if (actor.home) {
        draft.latitude = coordinateText(actor.home->latitude);
        draft.longitude = coordinateText(actor.home->longitude);
    }
    return draft;
}

ActorValidator::ActorValidator(const EventStore &store, Mode mode)
    : m_store(store)
    , m_mode(mode)
{
}

QList<ActorProblem> ActorValidator::validate(const ActorDraft &draft) const
{
    QList<ActorProblem> problems;
    const QString id = draft.id.trimmed();
    if (id.isEmpty())
        problems.append({ActorField::Id, -1, tr("Enter an id")});
    else if (std::any_of(id.cbegin(), id.cend(), [](QChar c) { return c.isSpace(); }))
        problems.append({ActorField::Id, -1, tr("An id has no spaces")});
    else if (m_mode == Mode::NewActor && m_store.actorIndex(id))
        problems.append({ActorField::Id, -1, tr("Another actor already has this id")});

    if (draft.name.trimmed().isEmpty())
        problems.append({ActorField::Name, -1, tr("Enter a name")});

    const bool othersBelongToIt = std::any_of(m_store.actors().cbegin(), m_store.actors().cend(),
                                              [&id](const Actor &actor) { return actor.stateId == id; });
    if (draft.kind != ActorKind::State && m_mode == Mode::EditActor && othersBelongToIt)
        problems.append({ActorField::Kind, -1, tr("Other actors belong to this state, so it stays a state")});

    const QString stateId = draft.stateId.trimmed();
    if (!stateId.isEmpty() && draft.kind == ActorKind::State) {
        problems.append({ActorField::State, -1, tr("A state belongs to no other state")});
    } else if (!stateId.isEmpty()) {
        const auto state = m_store.actorIndex(stateId);
        if (stateId == id)
            problems.append({ActorField::State, -1, tr("An actor cannot belong to itself")});
        else if (!state)
            problems.append({ActorField::State, -1, tr("Unknown actor \"%1\"").arg(stateId)});
        else if (m_store.actor(*state).kind != ActorKind::State)
            problems.append({ActorField::State, -1, tr("%1 is not a state").arg(m_store.actor(*state).name)});
    }

    const LocationInput home = readLocation(draft.latitude, draft.longitude);
    if (!home.latitudeProblem.isEmpty())
        problems.append({ActorField::Latitude, -1, home.latitudeProblem});
    if (!home.longitudeProblem.isEmpty())
        problems.append({ActorField::Longitude, -1, home.longitudeProblem});
    return problems;
}

std::optional<Actor> ActorValidator::toActor(const ActorDraft &draft) const
{
    if (!validate(draft).isEmpty())
        return std::nullopt;
    return Actor{draft.id.trimmed(), draft.name.trimmed(), draft.kind, draft.stateId.trimmed(),
                 readLocation(draft.latitude, draft.longitude).point};
}

QString ActorValidator::suggestedId(const QString &name) const
{
    QString base = slugify(name.left(60));
    if (base.isEmpty())
        return {};
    QString id = base;
    for (int suffix = 2; m_store.actorIndex(id); ++suffix)
        id = base + u'-' + QString::number(suffix);
    return id;
}

bool ActorValidator::looksLikeAlpha3(const QString &id)
{
    return id.size() == 3 && std::all_of(id.cbegin(), id.cend(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
}

QString ActorValidator::fieldName(ActorField field)
{
    switch (field) {
    case ActorField::Id:
        return tr("Id");
    case ActorField::Name:
        return tr("Name");
    case ActorField::Kind:
        return tr("Kind");
    case ActorField::State:
        return tr("Belongs to");
    case ActorField::Latitude:
        return tr("Latitude");
    case ActorField::Longitude:
        return tr("Longitude");
    }
    return {};
}

} // namespace dyad
