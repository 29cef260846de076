#pragma once

#include "core/event.h"
#include "formvalues.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace dyad {

class EventStore;

struct SourceDraft
{
    QString publisher;
    QString title;
    QString url;
    QString date;  // as typed; empty for none
    friend bool operator==(const SourceDraft &, const SourceDraft &) = default;
};

// The event form's content as typed: dates and coordinates stay text until they validate,
// so "2019-02-30" can be reported instead of silently becoming something else.
struct EventDraft
{
    QString id;
    QString start;
    QString end;  // empty for none
    QString title;
    QString summary;
    QString category;
    double tone = 0;
    QList<Participant> participants;  // an empty actorId is a row where no actor is chosen yet
    QString placeName;
    QString latitude;
    QString longitude;
    QList<SourceDraft> sources;

    static EventDraft fromEvent(const Event &event);
    friend bool operator==(const EventDraft &, const EventDraft &) = default;
};

// In form order, so the first problem is the first field to fix.
enum class EventField : quint8 {
    Id,
    Start,
    End,
    Title,
    Tone,
    Participants,      // the list as a whole (no actor at all)
    ParticipantActor,  // one row: no actor chosen, unknown or repeated
    Latitude,
    Longitude,
    Sources,           // the list as a whole (no source at all)
    SourceDescription, // one row: neither publisher nor title
    SourceUrl,
    SourceDate,
};

using EventProblem = FieldProblem<EventField>;

// Checks an event form against the rules every event obeys (dates that exist, end not
// before start, tone in range, at least one known actor and one source, web URLs,
// coordinates in range and in pairs, a title) and against the store: a new event needs
// an id no other event has.
class EventValidator
{
    Q_DECLARE_TR_FUNCTIONS(dyad::EventValidator)

public:
    enum class Mode { NewEvent, EditEvent };

    EventValidator(const EventStore &store, Mode mode);

    QList<EventProblem> validate(const EventDraft &draft) const;
    // The event the draft describes, or nothing while validate() finds a problem.
    std::optional<Event> toEvent(const EventDraft &draft) const;

    // An id for a new event from its date and title ("2019-07-12-first-s-400-delivery"),
    // made unique against the store with a numeric suffix.
    QString suggestedId(const QString &start, const QString &title) const;

    // What the form calls the field, for "Fix first: Start date".
    static QString fieldName(EventField field);

private:
    void checkDates(const EventDraft &draft, QList<EventProblem> &problems) const;
    void checkParticipants(const EventDraft &draft, QList<EventProblem> &problems) const;
    void checkSources(const EventDraft &draft, QList<EventProblem> &problems) const;

    const EventStore &m_store;
    Mode m_mode;
};

} // namespace dyad
