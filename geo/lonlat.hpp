// Plain geometry types shared by geo/: geographic points and rings before projection,
// projected points after. Longitudes and latitudes are in degrees, projected values in metres.
#pragma once

#include <cstdint>
#include <vector>

namespace geo {

struct LonLat {
    double lon = 0;
    double lat = 0;
};

struct XY {
    double x = 0;
    double y = 0;
};

using LonLatRing = std::vector<LonLat>; // closed implicitly; the last point need not repeat the first
using LonLatLine = std::vector<LonLat>;

// A polygon as rings: rings[0] is the outer shell, the rest are holes.
struct LonLatPolygon {
    std::vector<LonLatRing> rings;
    // Its triangulation in the lon/lat plane, computed once per dataset and reused for every
    // projection: three indices per triangle into the rings' vertices taken in order (shell, then
    // holes). Empty when not computed or when the polygon could not be triangulated there.
    std::vector<uint32_t> triangles;
};

using XYRing = std::vector<XY>;
using XYLine = std::vector<XY>;

struct XYPolygon {
    std::vector<XYRing> rings;
};

// Rebuilds a polygon point by point through `f` (e.g. lon/lat -> a plane and back), keeping rings.
template <class OutPolygon, class InPolygon, class F> OutPolygon map_points(const InPolygon& in, F f) {
    OutPolygon out;
    out.rings.reserve(in.rings.size());
    for (const auto& ring : in.rings) {
        typename decltype(out.rings)::value_type mapped;
        mapped.reserve(ring.size());
        for (const auto& p : ring)
            mapped.push_back(f(p));
        out.rings.push_back(std::move(mapped));
    }
    return out;
}

// Axis-aligned bounds in projected metres.
struct Bounds {
    double min_x = 0, min_y = 0, max_x = 0, max_y = 0;
    double width() const { return max_x - min_x; }
    double height() const { return max_y - min_y; }
};

} // namespace geo
