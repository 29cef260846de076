#pragma once

#include "date.h"
#include "geopoint.h"

#include <QList>
#include <QString>

#include <optional>

namespace dyad {

enum class ParticipantRole : quint8 { Participant, Initiator, Target };

QString participantRoleName(ParticipantRole role);
std::optional<ParticipantRole> participantRoleFromName(QStringView name);

struct Participant
{
    QString actorId;
    ParticipantRole role = ParticipantRole::Participant;
    friend bool operator==(const Participant &, const Participant &) = default;
};

struct Place
{
    QString name;
    std::optional<GeoPoint> location;
    friend bool operator==(const Place &, const Place &) = default;
};

struct Source
{
    QString publisher;
    QString title;
    QString url;
    Date date;
    friend bool operator==(const Source &, const Source &) = default;
};

inline constexpr double minimumTone = -10.0;
inline constexpr double maximumTone = 10.0;

// One dated event as a value: what importers produce, editors change and exporters write.
// The EventStore keeps events in columns instead; this type is for moving one event around.
struct Event
{
    QString id;  // stable across re-imports; annotations attach to it
    Date start;
    std::optional<Date> end;
    QString title;
    QString summary;
    QString category;
    double tone = 0;
    QList<Participant> participants;
    std::optional<Place> place;
    QList<Source> sources;

    qint32 firstDay() const { return start.firstDay(); }
    qint32 lastDay() const { return end ? std::max(end->lastDay(), start.lastDay()) : start.lastDay(); }

    friend bool operator==(const Event &, const Event &) = default;
};

} // namespace dyad
