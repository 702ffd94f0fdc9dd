// Level of detail for map lines: Douglas-Peucker, keeping every line's ends and every vertex that
// strays further than a tolerance from the simplified line. At a tolerance under half a pixel the
// picture is the same and a zoomed-out frame draws a fraction of the segments. Plain geometry, no GL.
#pragma once

#include "geo/scene.hpp"

#include <vector>

namespace geo {

// Every original vertex lies within `tolerance` (scene metres) of the thinned line; no point moves.
LineSet thin_lines(const LineSet& lines, double tolerance);

// Tolerances of the basemap's line levels of detail, finest (the lines as they are) first.
inline constexpr double kLineDetail[] = {0, 1.5e3, 4e3, 10e3, 25e3, 60e3};
inline constexpr size_t kLineDetailLevels = sizeof(kLineDetail) / sizeof(kLineDetail[0]);

// Levels 1.. of `lines` (level 0 is `lines`), each thinned from the one before by the difference
// of their tolerances, so every level stays within its own tolerance of the original lines and
// costs a fraction of thinning the original again.
std::vector<LineSet> line_levels(const LineSet& lines);

// The coarsest level whose tolerance stays under half a pixel at this scale.
size_t line_detail_for(double metres_per_pixel);

} // namespace geo
