#pragma once

#include "annotations/annotationset.h"
#include "documentchange.h"
#include "core/datasetinfo.h"
#include "core/eventfilter.h"
#include "core/eventstore.h"
#include "io/dataset.h"
#include "timewindow.h"

#include <QJsonObject>
#include <QObject>
#include <QUndoStack>

#include <functional>
#include <optional>

namespace dyad {

// The open document: the events, the filter every view shows, the visible time window
// the views follow, and the undo stack for edits. Views read it; they never change the
// store directly. Every change is announced twice, as one DocumentChange (documentchange.h
// draws the flow): aboutToChange() while the old state is still readable, changed() once the
// store, the annotations and the filter result agree again. The finer signals below follow
// changed() for listeners that need only one part.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    // Replaces everything with the given data; the filter is cleared.
    void reset(const DatasetInfo &info, EventStore store);
    ParseError loadBundledDataset();

    const DatasetInfo &info() const { return m_info; }
    const EventStore &store() const { return m_store; }

    const EventFilter &filter() const { return m_filter; }
    void setFilter(const EventFilter &filter);
    const FilterResult &filtered() const { return m_filtered; }
    const std::vector<EventRow> &filteredRows() const { return m_filtered.rows; }

    // The span the timeline shows; the map and charts follow it.
    TimeWindow visibleWindow() const { return m_visibleWindow; }
    void setVisibleWindow(TimeWindow window);
    // The whole data's extent, never empty.
    TimeWindow dataExtent() const;

    QUndoStack *undoStack() { return &m_undoStack; }

    // The user's annotations (notes, tags, highlights, stars, links, filter presets).
    const AnnotationSet &annotations() const { return m_annotations; }
    void resetAnnotations(const AnnotationSet &annotations);  // when a file is opened; no undo step

    // Edits. Each is one step on undoStack() ("Undo Add Note"); nothing else changes data.
    void setNote(const QString &eventId, const QString &note);  // consecutive edits of one note merge
    void finishNoteEditing();  // the next note edit starts a new undo step
    void setTags(const QString &eventId, const QStringList &tags);
    void setStarred(const QString &eventId, bool starred);
    void setHighlight(const QString &eventId, const QString &color);
    void addLink(const EventLink &link);
    void removeLink(const EventLink &link);
    void savePreset(const FilterPreset &preset);
    void removePreset(const QString &name);
    void addEvent(const Event &event);
    void editEvent(const QString &eventId, const Event &event);
    void deleteEvent(const QString &eventId);  // its annotation and links go too, and come back on undo
    void addOrEditActor(const Actor &actor);
    // An import merged into the open session: `merged` is a copy of store() with the imported
    // events and actors added (made off the GUI thread). One undo step, "Import 1,234 Events",
    // that swaps the whole store, so undo and redo cost no more than a refilter.
    // `updatedKeys` names the events whose content the import changed.
    void importEvents(EventStore merged, qsizetype importedEvents, std::vector<EventKey> updatedKeys = {});

Q_SIGNALS:
    void aboutToChange(const dyad::DocumentChange &change);
    void changed(const dyad::DocumentChange &change);

    void aboutToReset();
    void datasetReset();
    void aboutToChangeFilter();
    void filterChanged();
    void visibleWindowChanged(dyad::TimeWindow window);
    void annotationChanged(const QString &eventId);
    void linksChanged();
    void presetsChanged();
    // Events or actors were added, changed or removed; filterChanged follows.
    void eventsEdited();

private:
    friend class SessionCommand;  // undo commands change the data through the appliers below

    void applyAnnotation(const QString &eventId, const EventAnnotation &annotation);
    void applyLinkAdded(const EventLink &link);
    void applyLinkRemoved(const EventLink &link);
    void applyPreset(const QString &name, const std::optional<FilterPreset> &preset);
    void applyEvent(const QString &eventId, const std::optional<Event> &event);  // insert, replace or remove
    void applyActor(const QString &actorId, const std::optional<Actor> &actor);
    void applyStore(EventStore &store, const std::vector<EventKey> &changedKeys);  // swaps it with the session's
    // Announces `change`, lets `mutate` change the data (and fill in the keys it adds), brings
    // the filter result up to date and announces the change as done.
    // Inside a change group (an undo command that applies several steps) the steps are one
    // change: aboutToChange() names the group's parts, changed() all the steps' keys.
    void commit(DocumentChange change, const std::function<void(DocumentChange &)> &mutate);
    void beginChangeGroup(DocumentChange::Parts parts);
    void endChangeGroup();
    void announce(DocumentChange &change);  // completes the parts it implies, emits aboutToChange()
    void finish(const DocumentChange &change);
    void emitFinerSignals(const DocumentChange &change);
    bool filterReadsAnnotations() const;
    void refilter();
    AnnotationMarks annotationMarks() const;

    DatasetInfo m_info;
    EventStore m_store;
    EventFilter m_filter;
    FilterResult m_filtered;
    std::optional<DocumentChange> m_openGroup;
    TimeWindow m_visibleWindow;
    QUndoStack m_undoStack;
    AnnotationSet m_annotations;
};

} // namespace dyad
