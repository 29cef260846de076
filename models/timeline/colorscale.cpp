#include "colorscale.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace dyad {

namespace {

constexpr std::array<QRgb, 10> categoryHues = {
    0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f, 0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac,
};

struct ToneStop
{
    double tone;
    QRgb colour;
};

// ColorBrewer's RdBu ends, with a mid grey in place of its near-white middle.
constexpr std::array<ToneStop, 5> toneStops = {{
    {-10, 0xb2182b}, {-4, 0xe7745a}, {0, 0xa4a4a4}, {4, 0x5fa2cf}, {10, 0x2166ac},
}};

} // namespace

QColor categoryColor(int index)
{
    const int size = int(categoryHues.size());
    const int wrapped = ((index % size) + size) % size;
    const QColor base = QColor::fromRgb(categoryHues[size_t(wrapped)]);
    switch ((index / size) % 3) {
    case 1:
        return base.darker(140);
    case 2:
        return base.lighter(125);
    default:
        return base;
    }
}

QColor toneColor(double tone)
{
    if (std::isnan(tone))
        return QColor::fromRgb(toneStops[2].colour);
    tone = std::clamp(tone, toneStops.front().tone, toneStops.back().tone);
    for (size_t i = 1; i < toneStops.size(); ++i) {
        if (tone <= toneStops[i].tone) {
            const ToneStop &low = toneStops[i - 1];
            const ToneStop &high = toneStops[i];
            return mixColors(QColor::fromRgb(low.colour), QColor::fromRgb(high.colour),
                             (tone - low.tone) / (high.tone - low.tone));
        }
    }
    return QColor::fromRgb(toneStops.back().colour);
}

QColor mixColors(const QColor &a, const QColor &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    const auto mix = [t](float x, float y) { return x + (y - x) * float(t); };
    return QColor::fromRgbF(mix(a.redF(), b.redF()), mix(a.greenF(), b.greenF()), mix(a.blueF(), b.blueF()),
                            mix(a.alphaF(), b.alphaF()));
}

} // namespace dyad
