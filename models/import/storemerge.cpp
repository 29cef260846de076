#include "storemerge.h"

#include "core/eventstore.h"
#include "storeappender.h"

#include <QSet>

#include <cmath>

namespace dyad {

namespace {

std::optional<Place> storedPlace(const std::optional<Place> &place)
{
    if (!place || !place->location)
        return place;
    Place rounded = *place;
    rounded.location = GeoPoint{std::lround(place->location->latitude * 1e6) / 1e6,
                                std::lround(place->location->longitude * 1e6) / 1e6};
    return rounded;
}

} // namespace

bool sameAsStored(const Event &stored, const Event &incoming)
{
    if (float(stored.tone) != float(std::clamp(incoming.tone, minimumTone, maximumTone)))
        return false;
    Event a = stored;
    Event b = incoming;
    a.tone = b.tone = 0;
    a.place = storedPlace(a.place);
    b.place = storedPlace(b.place);
    return a == b;
}

MergeReport mergeIntoStore(EventStore &store, const Dataset &dataset)
{
    MergeReport report;
    QList<Actor> newActors;
    QSet<QString> newIds;
    for (const Actor &actor : dataset.actors) {
        if (!store.actorIndex(actor.id) && !newIds.contains(actor.id)) {
            newIds.insert(actor.id);
            newActors.append(actor);
        }
    }
    store.addActors(newActors);
    report.actorsAdded = newActors.size();
    // Classify first: replacing in place costs a shift of the columns per event, so many
    // changes are replaced in one pass. Either way every event keeps its key.
    store.sortByStart();
    std::vector<std::pair<EventKey, const Event *>> changed;
    std::vector<const Event *> added;
    const bool fresh = store.isEmpty();
    for (const Event &event : dataset.events) {
        const auto key = fresh ? std::nullopt : store.keyOfId(event.id);
        if (!key) {
            added.push_back(&event);
        } else if (sameAsStored(store.event(store.rowOfKey(*key)), event)) {
            ++report.unchanged;
        } else {
            changed.emplace_back(*key, &event);
        }
    }
    report.added = qsizetype(added.size());
    report.updated = qsizetype(changed.size());
    report.updatedKeys.reserve(changed.size());
    for (const auto &change : changed)
        report.updatedKeys.push_back(change.first);
    if (changed.size() > 64) {
        QHash<EventKey, const Event *> replacements;
        replacements.reserve(qsizetype(changed.size()));
        for (const auto &[key, event] : changed)
            replacements.insert(key, event);
        store.replaceMany(replacements);
    } else {
        for (const auto &[key, event] : changed)
            store.replace(key, *event);
    }
    StoreAppender appender(store);
    for (const Event *event : added)
        appender.append(*event);
    store.sortByStart();
    return report;
}

} // namespace dyad
