#include "worldmapdata.h"

#include "geo/countrycodes.h"
#include "geo/worldgeometry.h"

#include <QLoggingCategory>

namespace dyad {

std::shared_ptr<const WorldGeometry> sharedWorldGeometry()
{
    static std::weak_ptr<const WorldGeometry> loaded;
    if (auto world = loaded.lock())
        return world;
    auto world = std::make_shared<WorldGeometry>();
    CountryCodes codes;
    QString error;
    if (!codes.load(CountryCodes::resourcePath(), &error) || !world->load(codes, &error))
        qWarning("Dyad: the world map could not be loaded: %s", qPrintable(error));
    loaded = world;
    return world;
}

} // namespace dyad
