// The world-map decoder: TopoJSON from a file someone else may have replaced.
#include "fuzzsupport.h"

#include "geo/topojson.h"

#include <cmath>

using namespace dyad;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initializeQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const TopoJsonDecoding decoded = decodeTopoJson(bytes, QStringLiteral("countries"));
    if (!decoded.ok())
        return 0;
    for (const CountryShape &shape : decoded.shapes) {
        for (const QPolygonF &ring : shape.rings) {
            for (const QPointF &point : ring)
                FUZZ_CHECK(std::isfinite(point.x()) && std::isfinite(point.y()));
        }
    }
    return 0;
}
