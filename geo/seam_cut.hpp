// Cutting geographic polygons and lines where a projection tears the sphere apart
// (the meridian lon_0 + 180) and where its domain ends (Mercator's latitude limit, a globe's
// visible cap), before projecting, so nothing smears across the map. Densifies long edges so
// cut edges follow the seam's curve. Pure geometry: no PROJ, no GL.
#pragma once

#include "geo/geos_handle.hpp"
#include "geo/lonlat.hpp"

#include <optional>
#include <vector>

namespace geo {

// Where the sphere may be shown: longitudes in [lon_0 - 180, lon_0 + 180], |lat| <= max_lat,
// and, when cap_radius_deg is set, within that angular distance of (lon_0, lat_0).
struct SeamDomain {
    double lon_0 = 0;
    double lat_0 = 0;
    double max_lat = 90;
    std::optional<double> cap_radius_deg;
};

// Returns the parts of `polygon` inside the domain. Output longitudes lie in
// [lon_0 - 180, lon_0 + 180] (slightly inset from the seam) so each part projects on one side.
// Rings that wind around a pole (Antarctica) are closed through that pole.
std::vector<LonLatPolygon> cut_polygon(const GeosContext& ctx, const LonLatPolygon& polygon,
                                       const SeamDomain& domain);

// Returns the pieces of `line` inside the domain, split where it crosses the seam or the domain edge.
std::vector<LonLatLine> cut_line(const LonLatLine& line, const SeamDomain& domain);

// Makes a polygon planar in the lon/lat plane: each ring's longitudes become continuous (a ring
// crossing the antimeridian, like Russia's or Fiji's, runs on past 180 instead of jumping), a
// ring that winds around a pole (Antarctica) is closed through that pole, and holes are moved
// next to their shell. Longitudes may then lie outside [-180, 180].
void make_continuous(LonLatPolygon& polygon);

// Inserts points so no edge spans more than `max_step_deg` in longitude or latitude.
// When `closed`, the edge from the last point back to the first is densified as well.
void densify(std::vector<LonLat>& points, double max_step_deg, bool closed);

// Great-circle angular distance in degrees.
double angular_distance_deg(LonLat a, LonLat b);

// The point `distance_deg` away from `center` along the great circle leaving at `azimuth_deg`
// (clockwise from north); exact at the poles too.
LonLat destination_point(LonLat center, double distance_deg, double azimuth_deg);

// The circle of points `radius_km` from `center` on the sphere, one every 3 degrees of azimuth (a
// circle theater's outline, drawn and exported alike).
LonLatPolygon geodesic_circle(LonLat center, double radius_km);

} // namespace geo
