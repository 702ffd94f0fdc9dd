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

// Legs up to this long are split only when their geodesic visibly leaves the straight line.
constexpr double kShortLegMetres = 250e3;
constexpr double kStraightEnoughKm = 0.5;

// True when the short leg's geodesic passes within kStraightEnoughKm of the straight line between
// its ends in longitude and latitude (checked at the middle, where it strays most): data lines
// with close vertices (GPS tracks, roads from a layer) then keep their own vertices.
bool straight_enough(const geod_geodesicline& line, LonLat a, LonLat b) {
    if (line.s13 > kShortLegMetres) return false;
    double lat = 0, lon = 0;
    geod_position(&line, line.s13 / 2, &lat, &lon, nullptr);
    const double chord_lon = a.lon + wrap_lon(b.lon - a.lon) / 2, chord_lat = (a.lat + b.lat) / 2;
    const double dx = wrap_lon(lon - chord_lon) * 111.32 * std::cos(lat * M_PI / 180),
                 dy = (lat - chord_lat) * 110.57;
    return std::hypot(dx, dy) <= kStraightEnoughKm;
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
        const int steps = straight_enough(line, a, b)
                              ? 1
                              : std::max(1, static_cast<int>(std::ceil(line.s13 / (step_km * 1000.0))));
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
