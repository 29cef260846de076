#pragma once

#include <memory>

namespace dyad {

class WorldGeometry;

// The world's countries, loaded from the resources on first use and shared by every map and
// export after that. Never null; empty (with a warning logged) if the data cannot be read.
std::shared_ptr<const WorldGeometry> sharedWorldGeometry();

} // namespace dyad
