#pragma once

namespace dyad {

struct GeoPoint
{
    double latitude = 0;
    double longitude = 0;

    bool isValid() const
    {
        return latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180;
    }
    friend bool operator==(const GeoPoint &, const GeoPoint &) = default;
};

} // namespace dyad
