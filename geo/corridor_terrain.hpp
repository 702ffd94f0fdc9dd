// Whether corridors run on the right ground: a rail or road line that crosses open water, or a sea
// lane that cuts across land, checked against the basemap's land polygons. Gives warnings for
// `supplyline check`; lakes are not in the basemap, so a line across a lake is not caught.
#pragma once

#include "geo/briefing.hpp"
#include "geo/lonlat.hpp"

#include <span>
#include <vector>

namespace geo {

struct TerrainLimits {
    double max_wrong_km = 2.0; // longest tolerated stretch on the wrong ground (coastlines are 1:10m)
    double step_km = 0.25;     // sampling step along the drawn (geodesic) line
};

// One warning per stretch longer than the limit, at the waypoint where the stretch begins.
std::vector<Diagnostic> check_corridor_terrain(const Briefing& briefing, std::span<const LonLatPolygon> land,
                                               const TerrainLimits& limits = {});

} // namespace geo
