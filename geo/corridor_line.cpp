// Geodesic or schematic arc, per corridor mode.
#include "geo/corridor_line.hpp"

#include "geo/geodesic_path.hpp"

#include <algorithm>
#include <cmath>

namespace geo {

LonLatLine schematic_arc(LonLat from, LonLat to, int points) {
    // Longitudes stay continuous across 180 (seam cutting handles the rest).
    if (to.lon - from.lon > 180) to.lon -= 360;
    if (from.lon - to.lon > 180) to.lon += 360;
    const double dx = to.lon - from.lon, dy = to.lat - from.lat;
    const LonLat control{(from.lon + to.lon) / 2 - 0.4 * dy, (from.lat + to.lat) / 2 + 0.4 * dx};
    LonLatLine out;
    for (int i = 0; i <= points; ++i) {
        const double t = double(i) / points, u = 1 - t;
        out.push_back({u * u * from.lon + 2 * u * t * control.lon + t * t * to.lon,
                       std::clamp(u * u * from.lat + 2 * u * t * control.lat + t * t * to.lat, -89.9, 89.9)});
    }
    return out;
}

LonLatLine corridor_line(const Corridor& corridor) {
    if (corridor.mode == CorridorMode::Undisclosed && corridor.path.size() >= 2)
        return schematic_arc(corridor.path.front().lonlat, corridor.path.back().lonlat);
    std::vector<LonLat> waypoints;
    for (const Waypoint& w : corridor.path)
        waypoints.push_back(w.lonlat);
    return densify_geodesic(waypoints);
}

} // namespace geo
