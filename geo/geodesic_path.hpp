// Densifies a path of waypoints along geodesics on the WGS84 ellipsoid (PROJ's geodesic routines),
// so routes and air bridges curve correctly in every projection; also measures their length.
#pragma once

#include "geo/lonlat.hpp"

#include <vector>

namespace geo {

// Points along each leg's geodesic, at most `step_km` apart, except on legs under 250 km whose
// geodesic strays under 500 m from the straight line (they keep their ends only); longitudes stay
// continuous (a route across 180 runs on past it) so seam cutting sees where it crosses.
LonLatLine densify_geodesic(const std::vector<LonLat>& waypoints, double step_km = 50.0);

// Geodesic length in kilometres of the path through the waypoints.
double geodesic_length_km(const std::vector<LonLat>& waypoints);

} // namespace geo
