#pragma once

#include "viewpicture.h"

namespace dyad {

class ActorMapView;

// The actor map as its widget shows it (window, filter, mode, viewport), legend included, drawn
// by the map's renderer with the land as vectors. A map that was never shown is fitted to its
// actors at `sizeIfHidden`. The view must outlive the picture.
ViewPicture mapPicture(const ActorMapView &view, QSizeF sizeIfHidden = QSizeF(1600, 1000));

} // namespace dyad
