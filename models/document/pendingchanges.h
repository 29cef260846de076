#pragma once

#include "session/documentchange.h"
#include "storage/sessionfile.h"

#include <QObject>
#include <QSet>

#include <unordered_set>

namespace dyad {

class Session;

// What changed in the document since its file was last written, collected from the session's
// change stream: the keys of events added, changed or removed (whatever happened to them in
// between, their state at save time is what gets written), the annotated event ids, and
// whether actors, links or presets changed. A save of changes writes exactly this.
class PendingChanges final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingChanges)

public:
    explicit PendingChanges(Session *session, QObject *parent = nullptr);

    // A new dataset was opened or nothing was written yet: only a whole save will do.
    bool needsWholeSave() const { return m_whole; }
    qsizetype eventCount() const { return qsizetype(m_events.size()); }
    bool isEmpty() const;

    // The rows to write into the file `layout` describes (the metadata and view state whole).
    SessionUpdate makeUpdate(const FileLayout &layout, const QJsonObject &viewState) const;

    void markWritten();    // the file now holds the document as it is
    void markNeedsWholeSave();

private:
    void record(const DocumentChange &change);

    const Session *m_session;
    std::unordered_set<EventKey> m_events;
    QSet<QString> m_annotations;
    bool m_actors = false;
    bool m_links = false;
    bool m_presets = false;
    bool m_whole = true;
};

} // namespace dyad
