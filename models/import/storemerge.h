#pragma once

#include "core/eventstore.h"
#include "io/dataset.h"

#include <vector>

namespace dyad {

struct MergeReport
{
    qsizetype added = 0;      // events new to the store
    qsizetype updated = 0;    // events whose id was known and whose content changed
    qsizetype unchanged = 0;  // events already in the store as they are
    qsizetype actorsAdded = 0;
    std::vector<EventKey> updatedKeys;  // the updated events' keys, which the merge keeps
};

// Brings an imported dataset into a store without duplicates: events are matched by id
// (EventStore::keyOfId), actors by id. An actor the store already has is kept as it is: the
// session's actors (perhaps edited) win over what a data file says about them. The dataset's
// own event ids must be unique, as every importer and JsonDataset::read() guarantee.
// Into an empty store this is also the fastest way to fill a new session.
MergeReport mergeIntoStore(EventStore &store, const Dataset &dataset);

// Equal as the store keeps them: tone as float, coordinates to a millionth of a degree.
bool sameAsStored(const Event &stored, const Event &incoming);

} // namespace dyad
