#pragma once

#include "core/actor.h"
#include "formvalues.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace dyad {

class EventStore;

// The actor form's content as typed.
struct ActorDraft
{
    QString id;
    QString name;
    ActorKind kind = ActorKind::State;
    QString stateId;  // empty for none
    QString latitude;
    QString longitude;

    static ActorDraft fromActor(const Actor &actor);
    friend bool operator==(const ActorDraft &, const ActorDraft &) = default;
};

enum class ActorField : quint8 { Id, Name, Kind, State, Latitude, Longitude };
inline constexpr size_t actorFieldCount = 6;

using ActorProblem = FieldProblem<ActorField>;

// Checks an actor form: an id without spaces that no other actor has (for a new actor),
// a name, a state that is a known state actor other than itself (states belong to none,
// and a state others belong to stays a state), and a home location given as a pair of
// coordinates in range.
class ActorValidator
{
    Q_DECLARE_TR_FUNCTIONS(dyad::ActorValidator)

public:
    enum class Mode { NewActor, EditActor };

    ActorValidator(const EventStore &store, Mode mode);

    QList<ActorProblem> validate(const ActorDraft &draft) const;
    std::optional<Actor> toActor(const ActorDraft &draft) const;  // nothing while a problem remains

    // An id for a new actor that is not a state: the slug of its name, unique in the store.
    // States are not guessed: their id is the ISO 3166-1 alpha-3 code, which the user knows.
    QString suggestedId(const QString &name) const;
    // Whether an id has the shape of an ISO 3166-1 alpha-3 code (three capital letters).
    static bool looksLikeAlpha3(const QString &id);

    static QString fieldName(ActorField field);

private:
    const EventStore &m_store;
    Mode m_mode;
};

} // namespace dyad
