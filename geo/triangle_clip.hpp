// Clipping geographic triangles to a projection's domain: the 360-degree window around lon_0
// (so nothing spans the seam) and the latitude limit. Edges made by the clipping are densified to 1
// degree (they follow the seam's curve once projected); pieces are fan-triangulated.
#pragma once

#include "geo/lonlat.hpp"

#include <vector>

namespace geo {

// Longitudes are taken as given (a continuous frame, e.g. [-180, 180] for Natural Earth); output
// pieces have longitudes within [lon_0 - 180, lon_0 + 180], three points per triangle.
void clip_triangle(const LonLat (&triangle)[3], double lon_0, double max_lat, std::vector<LonLat>& out);

// Index of the 360-degree window around lon_0 that holds `lon` (0 for the main one).
int seam_window(double lon, double lon_0);

} // namespace geo
