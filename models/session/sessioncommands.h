#pragma once

#include "session.h"

#include <QUndoCommand>

namespace dyad {

// Base of every edit: the one class Session lets change its data, so every change is undoable.
class SessionCommand : public QUndoCommand
{
public:
    SessionCommand(Session *session, const QString &text);

protected:
    void applyAnnotation(const QString &eventId, const EventAnnotation &a) { m_session->applyAnnotation(eventId, a); }
    void applyLinkAdded(const EventLink &link) { m_session->applyLinkAdded(link); }
    void applyLinkRemoved(const EventLink &link) { m_session->applyLinkRemoved(link); }
    void applyPreset(const QString &name, const std::optional<FilterPreset> &p) { m_session->applyPreset(name, p); }
    void applyEvent(const QString &eventId, const std::optional<Event> &e) { m_session->applyEvent(eventId, e); }
    void applyActor(const QString &actorId, const std::optional<Actor> &a) { m_session->applyActor(actorId, a); }
    void applyStore(EventStore &store, const std::vector<EventKey> &changedKeys)
    {
        m_session->applyStore(store, changedKeys);
    }
    Session *session() const { return m_session; }

    // Makes the apply steps of one redo() or undo() one DocumentChange.
    class ChangeGroup
    {
        Q_DISABLE_COPY_MOVE(ChangeGroup)
    public:
        ChangeGroup(SessionCommand *command, DocumentChange::Parts parts)
            : m_session(command->m_session)
        {
            m_session->beginChangeGroup(parts);
        }
        ~ChangeGroup() { m_session->endChangeGroup(); }

    private:
        Session *m_session;
    };

private:
    Session *m_session;
};

// Changes one event's annotation. Note edits of the same event merge into one step, so typing
// a note is undone in one go.
class ChangeAnnotationCommand final : public SessionCommand
{
public:
    enum class Kind { Note, Other };
    ChangeAnnotationCommand(Session *session, const QString &text, const QString &eventId,
                            const EventAnnotation &before, const EventAnnotation &after, Kind kind);
    void undo() override { applyAnnotation(m_eventId, m_before); }
    void redo() override { applyAnnotation(m_eventId, m_after); }
    int id() const override { return m_kind == Kind::Note ? 1 : -1; }
    bool mergeWith(const QUndoCommand *other) override;
    // After this, later note edits become a step of their own (the editor lost focus).
    void seal() { m_sealed = true; }

private:
    bool m_sealed = false;
    QString m_eventId;
    EventAnnotation m_before;
    EventAnnotation m_after;
    Kind m_kind;
};

class LinkCommand final : public SessionCommand
{
public:
    LinkCommand(Session *session, const QString &text, const EventLink &link, bool add);
    void undo() override { m_add ? applyLinkRemoved(m_link) : applyLinkAdded(m_link); }
    void redo() override { m_add ? applyLinkAdded(m_link) : applyLinkRemoved(m_link); }

private:
    EventLink m_link;
    bool m_add;
};

class PresetCommand final : public SessionCommand
{
public:
    PresetCommand(Session *session, const QString &text, const QString &name,
                  std::optional<FilterPreset> before, std::optional<FilterPreset> after);
    void undo() override { applyPreset(m_name, m_before); }
    void redo() override { applyPreset(m_name, m_after); }

private:
    QString m_name;
    std::optional<FilterPreset> m_before;
    std::optional<FilterPreset> m_after;
};

// Adds (no before), edits, or deletes (no after) an event. Deleting also removes the event's
// annotation and links; undo brings all of them back.
class EventCommand final : public SessionCommand
{
public:
    EventCommand(Session *session, const QString &text, std::optional<Event> before, std::optional<Event> after);
    void undo() override;
    void redo() override;

private:
    DocumentChange::Parts parts() const;

    std::optional<Event> m_before;
    std::optional<Event> m_after;
    EventAnnotation m_removedAnnotation;
    QList<EventLink> m_removedLinks;
};

class ActorCommand final : public SessionCommand
{
public:
    ActorCommand(Session *session, const QString &text, std::optional<Actor> before, Actor after);
    void undo() override { applyActor(m_after.id, m_before); }
    void redo() override { applyActor(m_after.id, m_after); }

private:
    std::optional<Actor> m_before;
    Actor m_after;
};

// A merged import: holds the store that is not in the session (the merged one before the
// first redo, the previous one after it) and swaps the two. Memory for two stores is the price
// of an instant undo of a million-row import; replaying row by row would take seconds.
class ImportCommand final : public SessionCommand
{
public:
    ImportCommand(Session *session, const QString &text, EventStore other, std::vector<EventKey> updatedKeys)
        : SessionCommand(session, text)
        , m_other(std::move(other))
        , m_updatedKeys(std::move(updatedKeys))
    {
    }
    void undo() override { applyStore(m_other, m_updatedKeys); }
    void redo() override { applyStore(m_other, m_updatedKeys); }

private:
    EventStore m_other;
    std::vector<EventKey> m_updatedKeys;
};

} // namespace dyad
