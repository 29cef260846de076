#include "dataset.h"

#include "core/eventstore.h"

#include <QCoreApplication>

namespace dyad {

QString ParseError::toString() const
{
    QString where;
    if (!file.isEmpty())
        where = file + u": ";
    if (line > 0 && column > 0)
        where += QCoreApplication::translate("dyad::ParseError", "line %1, column %2: ").arg(line).arg(column);
    else if (line > 0)
        where += QCoreApplication::translate("dyad::ParseError", "line %1: ").arg(line);
    return where + message;
}

void fillStore(EventStore &store, const Dataset &dataset)
{
    for (const Actor &actor : dataset.actors)
        store.addActor(actor);
    store.reserve(store.size() + dataset.events.size());
    for (const Event &event : dataset.events)
        store.appendUnsorted(event);
    store.sortByStart();
}

Dataset datasetFromStore(const DatasetInfo &info, const EventStore &store)
{
    Dataset dataset;
    dataset.info = info;
    dataset.actors = store.actors();
    dataset.events.reserve(store.size());
    for (EventRow row = 0; row < EventRow(store.size()); ++row)
        dataset.events.append(store.event(row));
    return dataset;
}

} // namespace dyad
