#pragma once

#include "viewpicture.h"

namespace dyad {

class TrendsPanel;

// The Trends panel's charts as laid out in the panel, each drawn by its own chart view with
// its legend. Brings the charts up to date first. The panel must outlive the picture;
// an invalid picture when the panel has never been laid out.
ViewPicture chartsPicture(TrendsPanel &panel);

} // namespace dyad
