// The line a corridor is drawn along: the geodesic through its waypoints, except for an
// undisclosed corridor, whose path is not known: it is drawn as a plain arc between its two ends
// (its inner waypoints ignored), so it can never be read as a route on the ground.
#pragma once

#include "geo/briefing.hpp"
#include "geo/lonlat.hpp"

namespace geo {

LonLatLine corridor_line(const Corridor& corridor);

// The arc used for undisclosed corridors: bowed to the left of the direction of travel by a
// fifth of the distance between its ends.
LonLatLine schematic_arc(LonLat from, LonLat to, int points = 48);

} // namespace geo
