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
constexpr double kShortLegKm = 250;
constexpr double kStraightEnoughKm = 0.5;
constexpr double kRadiusKm = 6371.0088; // mean Earth radius: this test needs no ellipsoid
constexpr double kRad = M_PI / 180;

// True when the leg is short and its great circle passes within kStraightEnoughKm of the straight
// line between its ends in longitude and latitude (checked at the middle, where it strays most):
// data lines with close vertices (GPS tracks, roads from a layer) then keep their own vertices, at
// the cost of a few trigonometric calls instead of a geodesic solution per leg.
bool straight_enough(LonLat a, LonLat b) {
    const double ax = std::cos(a.lat * kRad) * std::cos(a.lon * kRad),
                 ay = std::cos(a.lat * kRad) * std::sin(a.lon * kRad), az = std::sin(a.lat * kRad);
    const double bx = std::cos(b.lat * kRad) * std::cos(b.lon * kRad),
                 by = std::cos(b.lat * kRad) * std::sin(b.lon * kRad), bz = std::sin(b.lat * kRad);
    const double chord = std::sqrt((ax - bx) * (ax - bx) + (ay - by) * (ay - by) + (az - bz) * (az - bz));
    if (chord * kRadiusKm > kShortLegKm) return false;
    const double mx = ax + bx, my = ay + by, mz = az + bz; // the great circle's middle, unnormalised
    const double lat = std::atan2(mz, std::hypot(mx, my)) / kRad, lon = std::atan2(my, mx) / kRad;
    const double chord_lon = a.lon + wrap_lon(b.lon - a.lon) / 2, chord_lat = (a.lat + b.lat) / 2;
    const double dx = wrap_lon(lon - chord_lon) * kRad * kRadiusKm * std::cos(lat * kRad),
                 dy = (lat - chord_lat) * kRad * kRadiusKm;
    return std::hypot(dx, dy) <= kStraightEnoughKm;
}

} // namespace

LonLatLine densify_geodesic(const std::vector<LonLat>& waypoints, double step_km) {
    LonLatLine out;
    if (waypoints.empty()) return out;
    out.push_back(waypoints[0]);
    for (size_t i = 1; i < waypoints.size(); ++i) {
        const LonLat a = waypoints[i - 1], b = waypoints[i];
        if (straight_enough(a, b)) {
            out.push_back({out.back().lon + wrap_lon(b.lon - out.back().lon), b.lat});
            continue;
        }
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
