#include "sessioncommands.h"

namespace dyad {

SessionCommand::SessionCommand(Session *session, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
{
}

ChangeAnnotationCommand::ChangeAnnotationCommand(Session *session, const QString &text, const QString &eventId,
                                                 const EventAnnotation &before, const EventAnnotation &after, Kind kind)
    : SessionCommand(session, text)
    , m_eventId(eventId)
    , m_before(before)
    , m_after(after)
    , m_kind(kind)
{
}

bool ChangeAnnotationCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeAnnotationCommand *>(other);
    if (m_sealed || next->m_eventId != m_eventId || next->m_kind != Kind::Note)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

LinkCommand::LinkCommand(Session *session, const QString &text, const EventLink &link, bool add)
    : SessionCommand(session, text)
    , m_link(link)
    , m_add(add)
{
}

PresetCommand::PresetCommand(Session *session, const QString &text, const QString &name,
                             std::optional<FilterPreset> before, std::optional<FilterPreset> after)
    : SessionCommand(session, text)
    , m_name(name)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

EventCommand::EventCommand(Session *session, const QString &text, std::optional<Event> before, std::optional<Event> after)
    : SessionCommand(session, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    if (m_before && !m_after) {
        m_removedAnnotation = session->annotations().annotation(m_before->id);
        m_removedLinks = session->annotations().linksOf(m_before->id);
    }
}

void EventCommand::redo()
{
    const ChangeGroup group(this, parts());
    const QString id = m_before ? m_before->id : m_after->id;
    if (!m_after) {
        for (const EventLink &link : std::as_const(m_removedLinks))
            applyLinkRemoved(link);
        applyAnnotation(id, {});
    }
    applyEvent(id, m_after);
}

void EventCommand::undo()
{
    const ChangeGroup group(this, parts());
    const QString id = m_after ? m_after->id : m_before->id;
    applyEvent(id, m_before);
    if (!m_after) {
        applyAnnotation(m_before->id, m_removedAnnotation);
        for (const EventLink &link : std::as_const(m_removedLinks))
            applyLinkAdded(link);
    }
}

DocumentChange::Parts EventCommand::parts() const
{
    if (m_before && !m_after)  // a delete takes the event's annotation and links with it
        return DocumentChange::Events | DocumentChange::Annotations | DocumentChange::Links;
    return DocumentChange::Events;
}

ActorCommand::ActorCommand(Session *session, const QString &text, std::optional<Actor> before, Actor after)
    : SessionCommand(session, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

} // namespace dyad
