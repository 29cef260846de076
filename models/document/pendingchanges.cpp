#include "pendingchanges.h"

#include "session/session.h"

#include <algorithm>

namespace dyad {

PendingChanges::PendingChanges(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(session, &Session::changed, this, &PendingChanges::record);
}

void PendingChanges::record(const DocumentChange &change)
{
    if (change.touches(DocumentChange::Reset)) {
        markNeedsWholeSave();
        return;
    }
    for (const auto *keys : {&change.addedEvents, &change.removedEvents, &change.changedEvents})
        m_events.insert(keys->begin(), keys->end());
    for (const QString &eventId : change.annotatedEvents)
        m_annotations.insert(eventId);
    m_actors = m_actors || change.touches(DocumentChange::Actors);
    m_links = m_links || change.touches(DocumentChange::Links);
    m_presets = m_presets || change.touches(DocumentChange::Presets);
}

bool PendingChanges::isEmpty() const
{
    return !m_whole && m_events.empty() && m_annotations.isEmpty() && !m_actors && !m_links && !m_presets;
}

SessionUpdate PendingChanges::makeUpdate(const FileLayout &layout, const QJsonObject &viewState) const
{
    const EventStore &store = m_session->store();
    const AnnotationSet &annotations = m_session->annotations();
    SessionUpdate update;
    update.expectedRevision = layout.revision;
    update.info = m_session->info();
    update.categories = store.categories();
    update.viewState = viewState;
    if (m_actors)
        update.actors = store.actors();
    std::vector<EventKey> keys(m_events.begin(), m_events.end());
    std::sort(keys.begin(), keys.end());  // rowids of new events follow key order: a repeatable file
    update.events.reserve(keys.size());
    for (EventKey key : keys) {
        const EventRow row = store.rowOfKey(key);
        if (row != noRow)
            update.events.push_back({key, store.event(row)});
        else if (layout.rowidOf(key) != 0)
            update.events.push_back({key, std::nullopt});
    }
    for (const QString &eventId : m_annotations)
        update.annotations.insert(eventId, annotations.annotation(eventId));
    if (m_links)
        update.links = annotations.links();
    if (m_presets)
        update.presets = annotations.presets();
    return update;
}

void PendingChanges::markWritten()
{
    m_events.clear();
    m_annotations.clear();
    m_actors = m_links = m_presets = m_whole = false;
}

void PendingChanges::markNeedsWholeSave()
{
    markWritten();
    m_whole = true;
}

} // namespace dyad
