// Geodesic densification through PROJ's geodesic.h (Karney's algorithms).
#include "geo/geodesic_path.hpp"

#include "geo/projection.hpp"

#include <geodesic.h>

#include <cmath>

namespace geo {
namespace {

const geod_geodesic& wgs84() {
    static const geod_geodesic g = [] {
        geod_geodesic out;
        geod_init(&out, 6378137.0, 1 / 298.257223563);
        return out;
    }();
    return g;
}

} // namespace

LonLatLine densify_geodesic(const std::vector<LonLat>& waypoints, double step_km) {
    LonLatLine out;
    if (waypoints.empty()) return out;
    out.push_back(waypoints[0]);
    for (size_t i = 1; i < waypoints.size(); ++i) {
        const LonLat a = waypoints[i - 1], b = waypoints[i];
        geod_geodesicline line;
        geod_inverseline(&line, &wgs84(), a.lat, a.lon, b.lat, b.lon, 0);
        const int steps = std::max(1, static_cast<int>(std::ceil(line.s13 / (step_km * 1000.0))));
        for (int s = 1; s <= steps; ++s) {
            double lat = b.lat, lon = b.lon;
            if (s < steps) geod_position(&line, line.s13 * s / steps, &lat, &lon, nullptr);
            // Keep longitudes continuous with the previous point.
            const double prev = out.back().lon;
            lon = prev + wrap_lon(lon - prev);
            out.push_back({lon, lat});
        }
    }
    return out;
}

double geodesic_length_km(const std::vector<LonLat>& waypoints) {
    double metres = 0;
    for (size_t i = 1; i < waypoints.size(); ++i) {
        double s12 = 0;
        geod_inverse(&wgs84(), waypoints[i - 1].lat, waypoints[i - 1].lon, waypoints[i].lat, waypoints[i].lon,
                     &s12, nullptr, nullptr);
        metres += s12;
    }
    return metres / 1000.0;
}

} // namespace geo
