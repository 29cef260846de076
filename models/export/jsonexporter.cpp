#include "jsonexporter.h"

#include "io/jsondataset.h"

#include <QCoreApplication>
#include <QIODevice>

namespace dyad {

Dataset JsonExporter::datasetOfRows(const DatasetInfo &info, const EventStore &store, std::span<const EventRow> rows)
{
    Dataset dataset;
    dataset.info = info;
    std::vector<bool> named(size_t(store.actorCount()), false);
    dataset.events.reserve(qsizetype(rows.size()));
    for (const EventRow row : rows) {
        for (const ActorIndex actor : store.participants(row))
            named[actor] = true;
        dataset.events.append(store.event(row));
    }
    // An actor's state must be in the file too (and that state's, should states nest).
    for (bool grew = true; grew;) {
        grew = false;
        for (ActorIndex index = 0; index < ActorIndex(named.size()); ++index) {
            const QString &stateId = store.actor(index).stateId;
            const auto state = stateId.isEmpty() || !named[index] ? std::nullopt : store.actorIndex(stateId);
            if (state && !named[*state])
                named[*state] = grew = true;
        }
    }
    for (ActorIndex index = 0; index < ActorIndex(named.size()); ++index) {
        if (named[index]) {
            Actor actor = store.actor(index);
            if (!actor.stateId.isEmpty() && !store.actorIndex(actor.stateId))
                actor.stateId.clear();  // a state the store never had cannot be written
            dataset.actors.append(actor);
        }
    }
    return dataset;
}

bool JsonExporter::write(QIODevice &output, const DatasetInfo &info, const EventStore &store,
                         std::span<const EventRow> rows, QString &error)
{
    const QByteArray json = JsonDataset::write(datasetOfRows(info, store, rows));
    if (output.write(json) != json.size()) {
        error = QCoreApplication::translate("dyad::JsonExporter", "cannot write: %1").arg(output.errorString());
        return false;
    }
    return true;
}

} // namespace dyad
