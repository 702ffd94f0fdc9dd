// RAII keepers for the GEOS C API (reentrant form) and conversions between our plain
// rings and GEOS geometries. Used for seam cutting and triangulation; one context per thread.
#pragma once

#include "geo/lonlat.hpp"

#include <geos_c.h>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

namespace geo {

class GeosContext {
  public:
    GeosContext();
    ~GeosContext();
    GeosContext(const GeosContext&) = delete;
    GeosContext& operator=(const GeosContext&) = delete;
    GEOSContextHandle_t get() const { return handle_; }

  private:
    GEOSContextHandle_t handle_;
};

// While alive, GEOS operations on this thread (ours and OGR's, such as MakeValid on a pathological
// polygon, which can take minutes) give up once `deadline` has passed: they fail as if interrupted.
// GEOS checks its interrupt callback inside long loops; ours asks for an interrupt only on a thread
// whose deadline has passed.
class GeosDeadline {
  public:
    explicit GeosDeadline(std::chrono::steady_clock::time_point deadline);
    ~GeosDeadline();
    GeosDeadline(const GeosDeadline&) = delete;
    GeosDeadline& operator=(const GeosDeadline&) = delete;

  private:
    std::optional<std::chrono::steady_clock::time_point> previous_;
};

struct GeosGeometryDeleter {
    GEOSContextHandle_t ctx;
    void operator()(GEOSGeometry* g) const { GEOSGeom_destroy_r(ctx, g); }
};
using GeosGeometryPtr = std::unique_ptr<GEOSGeometry, GeosGeometryDeleter>;

// Builds a polygon (rings closed here); null when GEOS rejects it (fewer than 3 distinct points).
GeosGeometryPtr make_geos_polygon(const GeosContext& ctx, const XYPolygon& polygon);
GeosGeometryPtr make_geos_box(const GeosContext& ctx, const Bounds& box);
// Returns a valid version of `g` (GEOSMakeValid) only when it is invalid; otherwise `g` itself.
GeosGeometryPtr make_valid(const GeosContext& ctx, GeosGeometryPtr g);

// Appends every polygon found in `g` (Polygon, MultiPolygon or a collection); rings lose the closing point.
void collect_polygons(const GeosContext& ctx, const GEOSGeometry* g, std::vector<XYPolygon>& out);
// Copies a coordinate sequence of a ring or line into `out` (replacing its contents).
void read_coords(const GeosContext& ctx, const GEOSGeometry* ring_or_line, std::vector<XY>& out);

} // namespace geo
