#include "eventvalidation.h"

#include "core/eventstore.h"

#include <QSet>

#include <algorithm>

#include <cmath>

namespace dyad {

EventDraft EventDraft::fromEvent(const Event &event)
{
    EventDraft draft;
    draft.id = event.id;
    draft.start = event.start.toIsoString();
    draft.end = event.end ? event.end->toIsoString() : QString();
    draft.title = event.title;
    draft.summary = event.summary;
    draft.category = event.category;
    draft.tone = event.tone;
    draft.participants = event.participants;
    if (event.place) {
        draft.placeName = event.place->name;
        if (event.place->location) {
            draft.latitude = coordinateText(event.place->location->latitude);
            draft.longitude = coordinateText(event.place->location->longitude);
        }
    }
    for (const Source &source : event.sources)
        draft.sources.append({source.publisher, source.title, source.url, source.date.toIsoString()});
    return draft;
}

EventValidator::EventValidator(const EventStore &store, Mode mode)
    : m_store(store)
    , m_mode(mode)
{
}

QList<EventProblem> EventValidator::validate(const EventDraft &draft) const
{
    QList<EventProblem> problems;
    const QString id = draft.id.trimmed();
    if (id.isEmpty())
        problems.append({EventField::Id, -1, tr("Enter an id")});
    else if (std::any_of(id.cbegin(), id.cend(), [](QChar c) { return c.isSpace(); }))
        problems.append({EventField::Id, -1, tr("An id has no spaces")});
    else if (m_mode == Mode::NewEvent && m_store.keyOfId(id))
        problems.append({EventField::Id, -1, tr("Another event already has this id")});

    checkDates(draft, problems);
    if (draft.title.trimmed().isEmpty())
        problems.append({EventField::Title, -1, tr("Enter a title")});
    if (!(draft.tone >= minimumTone && draft.tone <= maximumTone))
        problems.append({EventField::Tone, -1, tr("Tone must be between -10 and 10")});
    checkParticipants(draft, problems);

    const LocationInput location = readLocation(draft.latitude, draft.longitude);
    if (!location.latitudeProblem.isEmpty())
        problems.append({EventField::Latitude, -1, location.latitudeProblem});
    if (!location.longitudeProblem.isEmpty())
        problems.append({EventField::Longitude, -1, location.longitudeProblem});

    checkSources(draft, problems);
    return problems;
}

void EventValidator::checkDates(const EventDraft &draft, QList<EventProblem> &problems) const
{
    const QString notADate = tr("Not a date: write YYYY, YYYY-MM or YYYY-MM-DD (a minus for BCE)");
    const auto start = Date::fromIsoString(draft.start);
    if (draft.start.trimmed().isEmpty())
        problems.append({EventField::Start, -1, tr("Enter the start date")});
    else if (!start)
        problems.append({EventField::Start, -1, notADate});
    if (draft.end.trimmed().isEmpty())
        return;
    const auto end = Date::fromIsoString(draft.end);
    if (!end)
        problems.append({EventField::End, -1, notADate});
    else if (start && end->lastDay() < start->firstDay())
        problems.append({EventField::End, -1, tr("The end is before the start")});
}

void EventValidator::checkParticipants(const EventDraft &draft, QList<EventProblem> &problems) const
{
    if (draft.participants.isEmpty()) {
        problems.append({EventField::Participants, -1, tr("Add at least one actor")});
        return;
    }
    QSet<QString> seen;
    for (int row = 0; row < draft.participants.size(); ++row) {
        const QString &actorId = draft.participants.at(row).actorId;
        if (actorId.isEmpty())
            problems.append({EventField::ParticipantActor, row, tr("Choose an actor")});
        else if (!m_store.actorIndex(actorId))
            problems.append({EventField::ParticipantActor, row, tr("Unknown actor \"%1\"").arg(actorId)});
        else if (seen.contains(actorId))
            problems.append({EventField::ParticipantActor, row, tr("This actor is already listed")});
        seen.insert(actorId);
    }
}

void EventValidator::checkSources(const EventDraft &draft, QList<EventProblem> &problems) const
{
    if (draft.sources.isEmpty()) {
        problems.append({EventField::Sources, -1, tr("Add at least one source")});
        return;
    }
    for (int row = 0; row < draft.sources.size(); ++row) {
        const SourceDraft &source = draft.sources.at(row);
        if (source.publisher.trimmed().isEmpty() && source.title.trimmed().isEmpty())
            problems.append({EventField::SourceDescription, row, tr("Enter the publisher or the title")});
        if (!source.url.trimmed().isEmpty() && !isWebUrl(source.url))
            problems.append({EventField::SourceUrl, row, tr("Not a web address (http:// or https:// and a host)")});
        if (!source.date.trimmed().isEmpty() && !Date::fromIsoString(source.date))
            problems.append({EventField::SourceDate, row, tr("Not a date: write YYYY, YYYY-MM or YYYY-MM-DD")});
    }
}

std::optional<Event> EventValidator::toEvent(const EventDraft &draft) const
{
    if (!validate(draft).isEmpty())
        return std::nullopt;
    Event event;
    event.id = draft.id.trimmed();
    event.start = *Date::fromIsoString(draft.start);
    if (!draft.end.trimmed().isEmpty())
        event.end = *Date::fromIsoString(draft.end);
    event.title = draft.title.trimmed();
    event.summary = draft.summary.trimmed();
    event.category = draft.category.trimmed();
    event.tone = draft.tone;
    event.participants = draft.participants;
    const LocationInput location = readLocation(draft.latitude, draft.longitude);
    if (!draft.placeName.trimmed().isEmpty() || location.point)
        event.place = Place{draft.placeName.trimmed(), location.point};
    for (const SourceDraft &source : draft.sources) {
        const auto date = Date::fromIsoString(source.date);
        event.sources.append({source.publisher.trimmed(), source.title.trimmed(), source.url.trimmed(), date.value_or(Date())});
    }
    return event;
}

QString EventValidator::suggestedId(const QString &start, const QString &title) const
{
    QString datePart;
    if (const auto date = Date::fromIsoString(start))
        datePart = date->year() < 0 ? u"bce-" + date->toIsoString().mid(1) : date->toIsoString();
    QString base = slugify(datePart + u' ' + title.left(80));
    if (base.isEmpty())
        base = QStringLiteral("event");
    QString id = base;
    for (int suffix = 2; m_store.keyOfId(id); ++suffix)
        id = base + u'-' + QString::number(suffix);
    return id;
}

QString EventValidator::fieldName(EventField field)
{
    switch (field) {
    case EventField::Id:
        return tr("Id");
    case EventField::Start:
        return tr("Start date");
    case EventField::End:
        return tr("End date");
    case EventField::Title:
        return tr("Title");
    case EventField::Tone:
        return tr("Tone");
    case EventField::Participants:
    case EventField::ParticipantActor:
        return tr("Actors");
    case EventField::Latitude:
        return tr("Latitude");
    case EventField::Longitude:
        return tr("Longitude");
    case EventField::Sources:
    case EventField::SourceDescription:
    case EventField::SourceUrl:
    case EventField::SourceDate:
        return tr("Sources");
    }
    return {};
}

} // namespace dyad
