// Level of detail for map lines: drops vertices closer than a tolerance to the last kept one,
// keeping every line's ends. At a tolerance under a pixel the picture is the same and a
// zoomed-out frame draws a fraction of the segments. Plain geometry, no GL.
#pragma once

#include "geo/scene.hpp"

namespace geo {

// Radial-distance decimation (tolerance in scene metres); lines that shrink below two points vanish.
LineSet thin_lines(const LineSet& lines, double tolerance);

} // namespace geo
