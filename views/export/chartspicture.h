#pragma once

#include "viewpicture.h"

namespace dyad {

class TrendsPanel;

// The Trends panel's charts as laid out in the panel, each drawn by its own chart view with
// its legend. Brings the charts up to date first. The panel must outlive the picture;
// an invalid picture while the panel is not shown.
ViewPicture chartsPicture(TrendsPanel &panel);

} // namespace dyad
