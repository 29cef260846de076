#pragma once

#include "core/actor.h"
#include "core/datasetinfo.h"
#include "core/event.h"

#include <QList>
#include <QString>

namespace dyad {

class EventStore;

// A dataset as plain values, as read from or written to an interchange file.
struct Dataset
{
    DatasetInfo info;
    QList<Actor> actors;
    QList<Event> events;
};

// Where and why a file could not be read: "line 12, column 5: events[3].start: ..."
struct ParseError
{
    QString file;
    int line = 0;     // 1-based; 0 when unknown
    int column = 0;   // 1-based; 0 when unknown
    QString message;

    bool isError() const { return !message.isEmpty(); }
    QString toString() const;
};

// Moves a dataset into a store: actors first, then events, sorted by start.
void fillStore(EventStore &store, const Dataset &dataset);
// The whole store (or the given rows) back as values.
Dataset datasetFromStore(const DatasetInfo &info, const EventStore &store);

} // namespace dyad
