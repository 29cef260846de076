#pragma once

// The document's change stream.
//
//   edit API (Session::setNote, addEvent, importEvents, setFilter, ...)
//        |  pushes a QUndoCommand (edits) or applies directly (filter, reset)
//        v
//   Session::aboutToChange(change)    the store is still the old one: listeners that hold
//        |                           rows (the table model, through it the selection) let go
//        |                           of them and remember stable keys
//   the store, annotations and filter result are changed
//        |
//   Session::changed(change)          the store is consistent again: item models rebuild,
//        v                           views repaint what the change touches, storage writes
//   item models -> views              the touched rows
//
// One DocumentChange describes one step, whichever way it came (an edit, its undo or redo,
// an import, a filter change); an undo command that applies several parts (deleting an event
// takes its annotation and links) is still one change. Event keys are stable for the life of a session, so a change
// names events by key; annotations are the user's layer and are named by event id.

#include "core/eventstore.h"

#include <QFlags>
#include <QMetaType>
#include <QStringList>

#include <vector>

namespace dyad {

struct DocumentChange
{
    enum Part : quint16 {
        Events = 1 << 0,       // events added, removed or changed (see the key lists)
        Actors = 1 << 1,       // actors added or changed
        Annotations = 1 << 2,  // notes, tags, stars, highlights of annotatedEvents
        Links = 1 << 3,
        Presets = 1 << 4,
        FilterResult = 1 << 5, // the filtered rows may be different
        Reset = 1 << 6,        // everything was replaced: a new dataset was opened
    };
    Q_DECLARE_FLAGS(Parts, Part)

    DocumentChange() = default;
    DocumentChange(Parts which)  // implicit, so that {DocumentChange::Links} reads as a change
        : parts(which)
    {
    }

    Parts parts;
    std::vector<EventKey> addedEvents;    // keys in the new store only (known in changed())
    std::vector<EventKey> removedEvents;  // keys that no longer name an event
    std::vector<EventKey> changedEvents;  // same key, different content
    QStringList annotatedEvents;          // event ids whose annotation changed

    bool touches(Parts which) const { return (parts & which) != 0; }
    void merge(const DocumentChange &step)
    {
        parts |= step.parts;
        addedEvents.insert(addedEvents.end(), step.addedEvents.begin(), step.addedEvents.end());
        removedEvents.insert(removedEvents.end(), step.removedEvents.begin(), step.removedEvents.end());
        changedEvents.insert(changedEvents.end(), step.changedEvents.begin(), step.changedEvents.end());
        annotatedEvents += step.annotatedEvents;
    }
    // Rows of the store or of the filter result may have moved: row indexes are stale.
    bool movesRows() const { return touches(Parts(Events) | FilterResult | Reset); }
};

Q_DECLARE_OPERATORS_FOR_FLAGS(DocumentChange::Parts)

} // namespace dyad

Q_DECLARE_METATYPE(dyad::DocumentChange)
