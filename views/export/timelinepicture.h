#pragma once

#include "timeline/timelineoptions.h"
#include "viewpicture.h"

namespace dyad {

class Session;

struct TimelinePictureOptions
{
    DayRange range;  // wholeFilteredRange() or the visible window
    LaneMode laneMode = LaneMode::Actor;
    ColorMode colorMode = ColorMode::Category;
    LaneArrangement arrangement;
    QPalette palette;
    QFont font;
    double width = 1600;
    double maximumHeight = 6000;  // a very tall lane list is cut here
};

// The timeline, drawn by TimelineRenderer with its legend and without the overview strip,
// tall enough for every lane. The session must outlive the picture.
ViewPicture timelinePicture(const Session &session, const TimelinePictureOptions &options);

// The filtered events from first to last with a small margin, as the timeline's "fit" shows them.
DayRange wholeFilteredRange(const Session &session);

} // namespace dyad
