// Session's edit API: each call becomes one undo command; the appliers below are what the
// commands call to change the data and tell the views.
#include "session.h"
#include "sessioncommands.h"

namespace dyad {

void Session::setNote(const QString &eventId, const QString &note)
{
    const EventAnnotation before = m_annotations.annotation(eventId);
    if (before.note == note)
        return;
    EventAnnotation after = before;
    after.note = note;
    const QString text = before.note.isEmpty() ? tr("Add Note") : note.isEmpty() ? tr("Remove Note") : tr("Edit Note");
    m_undoStack.push(new ChangeAnnotationCommand(this, text, eventId, before, after, ChangeAnnotationCommand::Kind::Note));
}

void Session::finishNoteEditing()
{
    if (m_undoStack.index() == 0)
        return;
    auto *top = const_cast<QUndoCommand *>(m_undoStack.command(m_undoStack.index() - 1));
    if (top->id() == 1)
        static_cast<ChangeAnnotationCommand *>(top)->seal();
}

void Session::setTags(const QString &eventId, const QStringList &tags)
{
    const EventAnnotation before = m_annotations.annotation(eventId);
    EventAnnotation after = before;
    after.tags = normalizedTags(tags.join(u' '));
    if (after == before)
        return;
    m_undoStack.push(new ChangeAnnotationCommand(this, tr("Set Tags"), eventId, before, after, ChangeAnnotationCommand::Kind::Other));
}

void Session::setStarred(const QString &eventId, bool starred)
{
    const EventAnnotation before = m_annotations.annotation(eventId);
    if (before.starred == starred)
        return;
    EventAnnotation after = before;
    after.starred = starred;
    m_undoStack.push(new ChangeAnnotationCommand(this, starred ? tr("Star Event") : tr("Unstar Event"), eventId, before,
                                                 after, ChangeAnnotationCommand::Kind::Other));
}

void Session::setHighlight(const QString &eventId, const QString &color)
{
    const EventAnnotation before = m_annotations.annotation(eventId);
    if (before.highlight == color)
        return;
    EventAnnotation after = before;
    after.highlight = color;
    m_undoStack.push(new ChangeAnnotationCommand(this, color.isEmpty() ? tr("Remove Highlight") : tr("Highlight Event"),
                                                 eventId, before, after, ChangeAnnotationCommand::Kind::Other));
}

void Session::addLink(const EventLink &link)
{
    if (link.fromEventId == link.toEventId || link.type.trimmed().isEmpty() || m_annotations.links().contains(link))
        return;
    m_undoStack.push(new LinkCommand(this, tr("Add Link"), link, true));
}

void Session::removeLink(const EventLink &link)
{
    if (m_annotations.links().contains(link))
        m_undoStack.push(new LinkCommand(this, tr("Remove Link"), link, false));
}

void Session::savePreset(const FilterPreset &preset)
{
    const auto before = m_annotations.preset(preset.name);
    if (before == preset || preset.name.trimmed().isEmpty())
        return;
    m_undoStack.push(new PresetCommand(this, tr("Save Filter Preset"), preset.name, before, preset));
}

void Session::removePreset(const QString &name)
{
    if (const auto before = m_annotations.preset(name))
        m_undoStack.push(new PresetCommand(this, tr("Remove Filter Preset"), name, before, std::nullopt));
}

void Session::addEvent(const Event &event)
{
    if (m_store.keyOfId(event.id))
        return;
    m_undoStack.push(new EventCommand(this, tr("Add Event"), std::nullopt, event));
}

void Session::editEvent(const QString &eventId, const Event &event)
{
    const auto key = m_store.keyOfId(eventId);
    if (!key)
        return;
    const Event before = m_store.event(m_store.rowOfKey(*key));
    if (before != event)
        m_undoStack.push(new EventCommand(this, tr("Edit Event"), before, event));
}

void Session::deleteEvent(const QString &eventId)
{
    if (const auto key = m_store.keyOfId(eventId))
        m_undoStack.push(new EventCommand(this, tr("Delete Event"), m_store.event(m_store.rowOfKey(*key)), std::nullopt));
}

void Session::addOrEditActor(const Actor &actor)
{
    std::optional<Actor> before;
    if (const auto index = m_store.actorIndex(actor.id))
        before = m_store.actor(*index);
    if (before == actor)
        return;
    m_undoStack.push(new ActorCommand(this, before ? tr("Edit Actor") : tr("Add Actor"), before, actor));
}

void Session::importEvents(EventStore merged, qsizetype importedEvents, std::vector<EventKey> updatedKeys)
{
    merged.sortByStart();
    const QString text = importedEvents == 1 ? tr("Import 1 Event") : tr("Import %L1 Events").arg(importedEvents);
    m_undoStack.push(new ImportCommand(this, text, std::move(merged), std::move(updatedKeys)));
}

// Appliers ------------------------------------------------------------------------------

void Session::applyAnnotation(const QString &eventId, const EventAnnotation &annotation)
{
    DocumentChange change{DocumentChange::Annotations};
    change.annotatedEvents = {eventId};
    commit(std::move(change), [&](DocumentChange &) { m_annotations.setAnnotation(eventId, annotation); });
}

void Session::applyLinkAdded(const EventLink &link)
{
    commit({DocumentChange::Links}, [&](DocumentChange &) { m_annotations.addLink(link); });
}

void Session::applyLinkRemoved(const EventLink &link)
{
    commit({DocumentChange::Links}, [&](DocumentChange &) { m_annotations.removeLink(link); });
}

void Session::applyPreset(const QString &name, const std::optional<FilterPreset> &preset)
{
    commit({DocumentChange::Presets}, [&](DocumentChange &) {
        if (preset)
            m_annotations.setPreset(*preset);
        else
            m_annotations.removePreset(name);
    });
}

void Session::applyEvent(const QString &eventId, const std::optional<Event> &event)
{
    DocumentChange change{DocumentChange::Events};
    const auto key = m_store.keyOfId(eventId);
    if (key && event)
        change.changedEvents = {*key};
    else if (key)
        change.removedEvents = {*key};
    commit(std::move(change), [&](DocumentChange &done) {
        if (key && event)
            m_store.replace(*key, *event);
        else if (key)
            m_store.remove(*key);
        else if (event)
            done.addedEvents = {m_store.insert(*event)};
    });
}

void Session::applyStore(EventStore &store, const std::vector<EventKey> &changedKeys)
{
    // The two stores are copies of one another with events added, changed or taken away, so a
    // key names the same event in both (EventStore's keys are never renumbered).
    DocumentChange change{DocumentChange::Events | DocumentChange::Actors};
    change.changedEvents = changedKeys;
    const auto keys = EventKey(std::max(store.keyCapacity(), m_store.keyCapacity()));
    for (EventKey key = 0; key < keys; ++key) {
        const bool before = m_store.rowOfKey(key) != noRow;
        const bool after = store.rowOfKey(key) != noRow;
        if (after && !before)
            change.addedEvents.push_back(key);
        else if (before && !after)
            change.removedEvents.push_back(key);
    }
    commit(std::move(change), [&](DocumentChange &) { std::swap(m_store, store); });
}

void Session::applyActor(const QString &actorId, const std::optional<Actor> &actor)
{
    commit({DocumentChange::Actors}, [&](DocumentChange &) {
        if (actor)
            m_store.addActor(*actor);
        else if (m_store.actorIndex(actorId) && *m_store.actorIndex(actorId) == ActorIndex(m_store.actorCount() - 1))
            m_store.removeLastActor();
    });
}

} // namespace dyad
