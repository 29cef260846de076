#pragma once

#include "core/eventstore.h"
#include "lanes.h"
#include "timescale.h"

#include <QFont>
#include <QJsonObject>
#include <QPalette>
#include <QSet>
#include <QStringList>

#include <optional>
#include <vector>

namespace dyad {

enum class ColorMode : quint8 { Category, Tone };

QString colorModeName(ColorMode mode);  // "category", "tone"
std::optional<ColorMode> colorModeFromName(QStringView name);

// How the user arranged the lanes of one lane mode: the ids they moved, in order (lanes not
// listed follow, busiest first), and the ids they collapsed. Ids outlive filter changes.
struct LaneArrangement
{
    QStringList order;
    QSet<QString> collapsed;

    // Lane indexes in display order.
    std::vector<qsizetype> arrange(const TimelineLanes &lanes) const;
    // Moves a lane to a display position; the whole current order is remembered.
    void moveLane(const TimelineLanes &lanes, const QString &id, qsizetype position);
    void setCollapsed(const QString &id, bool collapsed);
    bool isCollapsed(const QString &id) const { return collapsed.contains(id); }

    QJsonObject toJson() const;
    static LaneArrangement fromJson(const QJsonObject &json);
    friend bool operator==(const LaneArrangement &, const LaneArrangement &) = default;
};

// Everything that decides what one frame of the timeline shows. The renderer paints it to
// any QPainter; the widget keeps one and changes it as the user zooms, scrolls and selects.
struct TimelineRenderOptions
{
    DayRange range;
    LaneMode laneMode = LaneMode::Actor;
    ColorMode colorMode = ColorMode::Category;
    std::optional<EventKey> selectedKey;
    std::optional<EventKey> hoveredKey;
    std::optional<qsizetype> focusLane;       // the keyboard's current lane (a lane index)
    std::optional<DayRange> rubberBand;       // a Shift+drag in progress
    LaneArrangement arrangement;
    QPalette palette;
    QFont font;
    double scrollY = 0;                       // pixels the lanes are scrolled up
    bool showOverview = true;
    bool showLegend = true;
    bool hasFocus = false;
};

} // namespace dyad
