// Projects geographic polygons and lines for one thread: cuts them at the projection's seam and
// domain, densifies, projects with PROJ and drops anything non-finite. Owns a GEOS context.
#pragma once

#include "geo/geos_handle.hpp"
#include "geo/projection.hpp"
#include "geo/seam_cut.hpp"

#include <vector>

namespace geo {

class Projector {
  public:
    explicit Projector(const Projection& projection);

    // Parts of the polygon that are visible, in projected metres.
    std::vector<XYPolygon> polygon(const LonLatPolygon& polygon) const;

    // Appends the polygon's visible area as triangles and its rings as outlines. Reuses the
    // polygon's lon/lat triangulation when it has one (projecting each vertex once); otherwise, or
    // where a projected triangle would flip, cuts and triangulates in projected space.
    // Returns false when a visible part could not be triangulated.
    bool fill_and_outline(const LonLatPolygon& polygon, std::vector<XY>& triangles,
                          std::vector<XYLine>& outlines) const;
    // Pieces of the line that are visible; a closed ring is passed with `closed` set.
    std::vector<XYLine> line(const LonLatLine& line, bool closed = false) const;

    // The area the projection can show (its "sphere"), as polygons, and its outline as lines.
    std::vector<XYPolygon> sphere() const;
    std::vector<XYLine> sphere_outline() const;

    const Projection& projection() const { return projection_; }
    const GeosContext& geos() const { return geos_; }
    const SeamDomain& domain() const { return domain_; }
    // Triangles left out because they flipped even after refinement (see fill_and_outline).
    size_t flipped_triangles_dropped() const { return flipped_dropped_; }

  private:
    // The sphere's edge in lon/lat: a circle around the centre for azimuthal projections,
    // the seam meridians and pole lines otherwise.
    LonLatRing sphere_ring() const;
    // Projects lon/lat triangles (clipping them at the seam unless all are `inside` the main
    // window) and appends them. A triangle that would flip either makes it return false,
    // appending nothing, or with `drop_flipped` is left out and counted.
    bool emit_triangles(const std::vector<LonLat>& vertices, const std::vector<uint32_t>& indices,
                        bool inside, bool drop_flipped, std::vector<XY>& triangles) const;
    // The lon/lat-triangulation path of fill_and_outline; false to fall back.
    bool fill_from_triangulation(const LonLatPolygon& polygon, std::vector<XY>& triangles,
                                 std::vector<XYLine>& outlines) const;

    const Projection& projection_;
    SeamDomain domain_;
    GeosContext geos_;
    mutable std::vector<XY> scratch_;
    mutable std::vector<LonLat> lonlat_scratch_;
    mutable size_t flipped_dropped_ = 0;
};

} // namespace geo
