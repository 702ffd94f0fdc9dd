// Refines a lon/lat triangulation so no triangle edge is longer than a given span: long edges are
// split at their midpoints, the same way from both triangles that share them, so the refined mesh
// has no cracks (T-junctions). Lets triangles bend with strongly curved projections.
#pragma once

#include "geo/lonlat.hpp"

#include <cstdint>
#include <vector>

namespace geo {

// `vertices` gains the midpoints; `indices` (three per triangle, any winding) is replaced by the
// refined triangles, each keeping its parent's winding. Edge span is max(|dlon| cos(lat), |dlat|)
// in degrees, so edges lying along a pole are never split.
void refine_triangles(std::vector<LonLat>& vertices, std::vector<uint32_t>& indices, double max_span_deg);

} // namespace geo
