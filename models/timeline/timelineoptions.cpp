#include "timelineoptions.h"

#include <QJsonArray>

namespace dyad {

QString colorModeName(ColorMode mode)
{
    return mode == ColorMode::Tone ? QStringLiteral("tone") : QStringLiteral("category");
}

std::optional<ColorMode> colorModeFromName(QStringView name)
{
    if (name == u"tone")
        return ColorMode::Tone;
    if (name == u"category")
        return ColorMode::Category;
    return std::nullopt;
}

std::vector<qsizetype> LaneArrangement::arrange(const TimelineLanes &lanes) const
{
    std::vector<qsizetype> display;
    display.reserve(size_t(lanes.size()));
    std::vector<bool> listed(size_t(lanes.size()), false);
    for (const QString &id : order) {
        const qsizetype index = lanes.indexOfId(id);
        if (index >= 0 && !listed[size_t(index)]) {
            listed[size_t(index)] = true;
            display.push_back(index);
        }
    }
    for (qsizetype index = 0; index < lanes.size(); ++index) {
        if (!listed[size_t(index)])
            display.push_back(index);
    }
    return display;
}

void LaneArrangement::moveLane(const TimelineLanes &lanes, const QString &id, qsizetype position)
{
    const qsizetype moved = lanes.indexOfId(id);
    if (moved < 0)
        return;
    std::vector<qsizetype> display = arrange(lanes);
    display.erase(std::find(display.begin(), display.end(), moved));
    position = std::clamp<qsizetype>(position, 0, qsizetype(display.size()));
    display.insert(display.begin() + position, moved);
    // Keep the ids of lanes the filter hides now, so they return to their place later.
    QStringList newOrder;
    for (qsizetype index : display)
        newOrder.append(lanes.lane(index).id);
    for (const QString &old : std::as_const(order)) {
        if (!newOrder.contains(old))
            newOrder.append(old);
    }
    order = newOrder;
}

void LaneArrangement::setCollapsed(const QString &id, bool collapse)
{
    if (collapse)
        collapsed.insert(id);
    else
        collapsed.remove(id);
}

QJsonObject LaneArrangement::toJson() const
{
    QStringList collapsedIds(collapsed.begin(), collapsed.end());
    collapsedIds.sort();
    return {{QStringLiteral("order"), QJsonArray::fromStringList(order)},
            {QStringLiteral("collapsed"), QJsonArray::fromStringList(collapsedIds)}};
}

LaneArrangement LaneArrangement::fromJson(const QJsonObject &json)
{
    LaneArrangement arrangement;
    for (const QJsonValue &value : json.value(QStringLiteral("order")).toArray()) {
        if (value.isString())
            arrangement.order.append(value.toString());
    }
    for (const QJsonValue &value : json.value(QStringLiteral("collapsed")).toArray()) {
        if (value.isString())
            arrangement.collapsed.insert(value.toString());
    }
    return arrangement;
}

} // namespace dyad
