// Triangulation of projected polygons with holes, through GEOS's constrained Delaunay
// triangulation (a well-kept library rather than home-made ear clipping).
#pragma once

#include "geo/geos_handle.hpp"
#include "geo/lonlat.hpp"

#include <cstdint>
#include <vector>

namespace geo {

// Appends the triangles covering `polygon` to `triangles` (three points each, any winding).
// Invalid input (self-intersections) is repaired first; returns false when nothing could be made.
bool triangulate(const GeosContext& ctx, const XYPolygon& polygon, std::vector<XY>& triangles);

// Triangulates `polygon` in the lon/lat plane, storing vertex indices in polygon.triangles.
// Leaves them empty (returns false) for polygons GEOS cannot triangulate as they are (invalid rings).
bool triangulate_geographic(const GeosContext& ctx, LonLatPolygon& polygon);

// The same for many polygons, on all cores (each worker has its own GEOS context).
void triangulate_geographic_all(const std::vector<LonLatPolygon*>& polygons);

// Signed area helpers used by tests and sanity checks.
double ring_area(const XYRing& ring);    // absolute shoelace area
double polygon_area(const XYPolygon& p); // shell minus holes
double triangles_area(const std::vector<XY>& triangles);

} // namespace geo
