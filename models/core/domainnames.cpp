#include "actor.h"
#include "event.h"

#include <QCoreApplication>

namespace dyad {

namespace {
struct KindName
{
    ActorKind kind;
    const char16_t *name;
};
constexpr KindName kindNames[] = {
    {ActorKind::State, u"state"},           {ActorKind::Organisation, u"organisation"},
    {ActorKind::Person, u"person"},         {ActorKind::ArmedGroup, u"armed-group"},
    {ActorKind::Company, u"company"},       {ActorKind::Other, u"other"},
};
} // namespace

QString actorKindName(ActorKind kind)
{
    for (const auto &entry : kindNames) {
        if (entry.kind == kind)
            return QString::fromUtf16(entry.name);
    }
    return QStringLiteral("other");
}

QString actorKindDisplayName(ActorKind kind)
{
    switch (kind) {
    case ActorKind::State:
        return QCoreApplication::translate("dyad::Actor", "State");
    case ActorKind::Organisation:
        return QCoreApplication::translate("dyad::Actor", "Organisation");
    case ActorKind::Person:
        return QCoreApplication::translate("dyad::Actor", "Person");
    case ActorKind::ArmedGroup:
        return QCoreApplication::translate("dyad::Actor", "Armed group");
    case ActorKind::Company:
        return QCoreApplication::translate("dyad::Actor", "Company");
    case ActorKind::Other:
        return QCoreApplication::translate("dyad::Actor", "Other");
    }
    return {};
}

std::optional<ActorKind> actorKindFromName(QStringView name)
{
    for (const auto &entry : kindNames) {
        if (name == QStringView(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QString participantRoleName(ParticipantRole role)
{
    switch (role) {
    case ParticipantRole::Initiator:
        return QStringLiteral("initiator");
    case ParticipantRole::Target:
        return QStringLiteral("target");
    case ParticipantRole::Participant:
        return QStringLiteral("participant");
    }
    return {};
}

std::optional<ParticipantRole> participantRoleFromName(QStringView name)
{
    if (name == u"initiator")
        return ParticipantRole::Initiator;
    if (name == u"target")
        return ParticipantRole::Target;
    if (name == u"participant")
        return ParticipantRole::Participant;
    return std::nullopt;
}

} // namespace dyad
