// Graticule: meridians and parallels as geographic lines, to be projected like any other line.
#pragma once

#include "geo/lonlat.hpp"

#include <vector>

namespace geo {

// Meridians every `step_deg` (stopping short of the poles except every 90 deg) and
// parallels every `step_deg`, sampled every degree.
std::vector<LonLatLine> graticule_lines(double step_deg);

} // namespace geo
