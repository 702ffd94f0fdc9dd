// Seam and domain cutting in the unwrapped longitude plane, with GEOS for polygon clipping.
#include "geo/seam_cut.hpp"

#include "geo/projection.hpp"

#include <algorithm>
#include <cmath>

namespace geo {
namespace {

constexpr double kDeg = M_PI / 180.0;
constexpr double kSeamInset =
    1e-7; // degrees: keeps points a hair inside the seam so PROJ picks the right side
constexpr double kDensifyStep = 1.0;

bool at_pole(double lat) {
    return std::abs(lat) >= 90.0 - 1e-9;
}

// Longitudes relative to lon_0, unwrapped so consecutive points never jump by more than 180
// (a step along a pole keeps its length: it is the closing edge of a polar ring).
// Returns the net winding in degrees: 0 for ordinary rings, +-360 for rings around a pole.
double unwrap(const std::vector<LonLat>& in, double lon_0, std::vector<XY>& out, bool closed) {
    out.resize(in.size());
    if (in.empty()) return 0;
    auto step = [](LonLat a, LonLat b) {
        return at_pole(a.lat) && at_pole(b.lat) ? b.lon - a.lon : wrap_lon(b.lon - a.lon);
    };
    out[0] = {wrap_lon(in[0].lon - lon_0), in[0].lat};
    for (size_t i = 1; i < in.size(); ++i)
        out[i] = {out[i - 1].x + step(in[i - 1], in[i]), in[i].lat};
    if (!closed) return 0;
    const double closing = out.back().x + step(in.back(), in.front());
    return std::round((closing - out.front().x) / 360.0) * 360.0;
}

// Closes a ring that winds around a pole by running along the pole back to its start.
void close_through_pole(XYRing& ring, double winding) {
    double mean_lat = 0;
    for (const XY& p : ring)
        mean_lat += p.y;
    const double pole = mean_lat < 0 ? -90.0 : 90.0;
    const double x_end = ring.front().x + winding;
    ring.push_back({x_end, ring.front().y});
    ring.push_back({x_end, pole});
    ring.push_back({ring.front().x, pole});
}

// Unwraps every ring of `polygon` relative to lon_0, closes polar rings and moves holes next to
// their shell: the polygon becomes planar in a continuous longitude frame.
XYPolygon unwrap_polygon(const LonLatPolygon& polygon, double lon_0) {
    XYPolygon plane;
    double shell_center = 0;
    for (size_t r = 0; r < polygon.rings.size(); ++r) {
        XYRing ring;
        const double winding = unwrap(polygon.rings[r], lon_0, ring, true);
        if (ring.size() < 3) {
            if (r == 0) return {};
            continue;
        }
        if (winding != 0) close_through_pole(ring, winding);
        auto [lo, hi] = std::minmax_element(ring.begin(), ring.end(), [](XY a, XY b) { return a.x < b.x; });
        const double center = (lo->x + hi->x) / 2;
        if (r == 0) {
            shell_center = center;
        } else {
            // A hole unwrapped on its own may land a turn away from its shell; bring it back.
            const double shift = std::round((center - shell_center) / 360.0) * 360.0;
            for (XY& p : ring)
                p.x -= shift;
        }
        plane.rings.push_back(std::move(ring));
    }
    return plane;
}

// Spherical azimuthal equidistant plane around the cap centre, in radians: only a clipping plane,
// never drawn, so a closed form is simpler than another PROJ object per thread.
XY to_cap_plane(LonLat p, const SeamDomain& d) {
    const double phi0 = d.lat_0 * kDeg, phi = p.lat * kDeg, dl = (p.lon - d.lon_0) * kDeg;
    const double cos_c =
        std::clamp(std::sin(phi0) * std::sin(phi) + std::cos(phi0) * std::cos(phi) * std::cos(dl), -1.0, 1.0);
    const double c = std::acos(cos_c);
    const double k = c < 1e-12 ? 1.0 : c / std::sin(c);
    return {k * std::cos(phi) * std::sin(dl),
            k * (std::cos(phi0) * std::sin(phi) - std::sin(phi0) * std::cos(phi) * std::cos(dl))};
}

LonLat from_cap_plane(XY q, const SeamDomain& d) {
    const double phi0 = d.lat_0 * kDeg;
    const double rho = std::hypot(q.x, q.y);
    if (rho < 1e-12) return {d.lon_0, d.lat_0};
    const double c = rho;
    const double phi = std::asin(
        std::clamp(std::cos(c) * std::sin(phi0) + q.y * std::sin(c) * std::cos(phi0) / rho, -1.0, 1.0));
    const double lambda = std::atan2(q.x * std::sin(c),
                                     rho * std::cos(phi0) * std::cos(c) - q.y * std::sin(phi0) * std::sin(c));
    return {d.lon_0 + lambda / kDeg, phi / kDeg};
}

bool in_cap(LonLat p, const SeamDomain& d) {
    return angular_distance_deg(p, {d.lon_0, d.lat_0}) <= *d.cap_radius_deg;
}

// Clips polygons (already seam-cut, absolute longitudes) to the visible cap of a globe.
std::vector<LonLatPolygon> clip_to_cap(const GeosContext& ctx, std::vector<LonLatPolygon> parts,
                                       const SeamDomain& d) {
    std::vector<LonLatPolygon> out;
    for (LonLatPolygon& part : parts) {
        size_t inside = 0, total = 0;
        for (const auto& ring : part.rings)
            for (const LonLat& p : ring)
                inside += in_cap(p, d), ++total;
        if (inside == total) {
            out.push_back(std::move(part));
            continue;
        }
        if (inside == 0) continue; // wholly on the far side
        const auto plane = map_points<XYPolygon>(part, [&](LonLat p) { return to_cap_plane(p, d); });
        auto geom = make_valid(ctx, make_geos_polygon(ctx, plane));
        if (!geom) continue;
        XYRing circle;
        const double radius = *d.cap_radius_deg * kDeg;
        for (int i = 0; i < 720; ++i)
            circle.push_back({radius * std::cos(i * M_PI / 360.0), radius * std::sin(i * M_PI / 360.0)});
        auto disc = make_geos_polygon(ctx, XYPolygon{{circle}});
        GeosGeometryPtr clipped(GEOSIntersection_r(ctx.get(), geom.get(), disc.get()),
                                GeosGeometryDeleter{ctx.get()});
        std::vector<XYPolygon> pieces;
        collect_polygons(ctx, clipped.get(), pieces);
        for (const XYPolygon& piece : pieces)
            out.push_back(map_points<LonLatPolygon>(piece, [&](XY q) { return from_cap_plane(q, d); }));
    }
    return out;
}

} // namespace

double angular_distance_deg(LonLat a, LonLat b) {
    const double p1 = a.lat * kDeg, p2 = b.lat * kDeg, dl = (b.lon - a.lon) * kDeg;
    const double h = std::sin((p2 - p1) / 2) * std::sin((p2 - p1) / 2) +
                     std::cos(p1) * std::cos(p2) * std::sin(dl / 2) * std::sin(dl / 2);
    return 2.0 * std::asin(std::min(1.0, std::sqrt(h))) / kDeg;
}

LonLat destination_point(LonLat center, double distance_deg, double azimuth_deg) {
    const double r = distance_deg * kDeg, az = azimuth_deg * kDeg;
    return from_cap_plane({r * std::sin(az), r * std::cos(az)}, SeamDomain{center.lon, center.lat, 90, {}});
}

void make_continuous(LonLatPolygon& polygon) {
    if (polygon.rings.empty()) return;
    // Unwrap relative to the shell's own first longitude so the frame stays where the data was.
    const double origin = polygon.rings[0].empty() ? 0.0 : polygon.rings[0][0].lon;
    XYPolygon plane = unwrap_polygon(polygon, origin);
    polygon.rings.clear();
    for (const XYRing& ring : plane.rings) {
        LonLatRing r(ring.size());
        for (size_t i = 0; i < ring.size(); ++i)
            r[i] = {ring[i].x + origin, ring[i].y};
        polygon.rings.push_back(std::move(r));
    }
}

void densify(std::vector<LonLat>& points, double max_step_deg, bool closed) {
    if (points.size() < 2) return;
    std::vector<LonLat> out;
    out.reserve(points.size());
    const size_t edges = closed ? points.size() : points.size() - 1;
    for (size_t i = 0; i < edges; ++i) {
        const LonLat a = points[i], b = points[(i + 1) % points.size()];
        out.push_back(a);
        const double span = std::max(std::abs(b.lon - a.lon), std::abs(b.lat - a.lat));
        // The small slack keeps densify idempotent: edges it made are never split again.
        const int steps = static_cast<int>(std::ceil(span / max_step_deg - 1e-9));
        for (int s = 1; s < steps; ++s) {
            const double t = static_cast<double>(s) / steps;
            out.push_back({a.lon + (b.lon - a.lon) * t, a.lat + (b.lat - a.lat) * t});
        }
    }
    if (!closed) out.push_back(points.back());
    points.swap(out);
}

std::vector<LonLatPolygon> cut_polygon(const GeosContext& ctx, const LonLatPolygon& polygon,
                                       const SeamDomain& d) {
    std::vector<LonLatPolygon> parts;
    if (polygon.rings.empty() || polygon.rings[0].size() < 3) return parts;

    XYPolygon plane = unwrap_polygon(polygon, d.lon_0);
    if (plane.rings.empty()) return parts;
    bool needs_clip = false;
    for (const XYRing& ring : plane.rings)
        for (const XY& p : ring)
            needs_clip |= p.x < -180.0 + kSeamInset || p.x > 180.0 - kSeamInset || std::abs(p.y) > d.max_lat;

    std::vector<XYPolygon> pieces;
    if (!needs_clip) {
        pieces.push_back(std::move(plane));
    } else {
        auto geom = make_valid(ctx, make_geos_polygon(ctx, plane));
        if (!geom) return parts;
        double min_x = 0, max_x = 0;
        GEOSGeom_getXMin_r(ctx.get(), geom.get(), &min_x);
        GEOSGeom_getXMax_r(ctx.get(), geom.get(), &max_x);
        // Intersect with each 360-degree window the polygon reaches, shifting the result home.
        for (int k = static_cast<int>(std::floor((min_x + 180.0) / 360.0));
             k <= static_cast<int>(std::floor((max_x + 180.0) / 360.0)); ++k) {
            const double offset = 360.0 * k;
            auto box = make_geos_box(
                ctx, {offset - 180.0 + kSeamInset, -d.max_lat, offset + 180.0 - kSeamInset, d.max_lat});
            GeosGeometryPtr clipped(GEOSIntersection_r(ctx.get(), geom.get(), box.get()),
                                    GeosGeometryDeleter{ctx.get()});
            const size_t first = pieces.size();
            collect_polygons(ctx, clipped.get(), pieces);
            for (size_t i = first; i < pieces.size(); ++i)
                for (XYRing& ring : pieces[i].rings)
                    for (XY& p : ring)
                        p.x -= offset;
        }
    }

    for (XYPolygon& piece : pieces) {
        LonLatPolygon out;
        for (const XYRing& ring : piece.rings) {
            LonLatRing r(ring.size());
            for (size_t i = 0; i < ring.size(); ++i)
                r[i] = {ring[i].x + d.lon_0, ring[i].y};
            densify(r, kDensifyStep, true);
            out.rings.push_back(std::move(r));
        }
        parts.push_back(std::move(out));
    }
    if (d.cap_radius_deg) return clip_to_cap(ctx, std::move(parts), d);
    return parts;
}

std::vector<LonLatLine> cut_line(const LonLatLine& line, const SeamDomain& d) {
    std::vector<LonLatLine> pieces;
    if (line.size() < 2) return pieces;
    std::vector<XY> u;
    unwrap(line, d.lon_0, u, false);

    // Walk the unwrapped line; start a new piece at each seam crossing or domain exit.
    LonLatLine current;
    auto flush = [&] {
        if (current.size() >= 2) pieces.push_back(std::move(current));
        current.clear();
    };
    auto window_of = [](double x) { return std::floor((x + 180.0) / 360.0); };
    auto emit = [&](XY p, double window) {
        const double x = std::clamp(p.x - 360.0 * window, -180.0 + kSeamInset, 180.0 - kSeamInset);
        current.push_back({x + d.lon_0, p.y});
    };
    auto inside = [&](XY p) { return std::abs(p.y) <= d.max_lat; };
    for (size_t i = 0; i < u.size(); ++i) {
        const XY p = u[i];
        if (i > 0) {
            const XY a = u[i - 1];
            const double wa = window_of(a.x), wp = window_of(p.x);
            if (wa != wp && inside(a) && inside(p)) {
                // Crossing the seam: finish on one side, start again on the other at the same latitude.
                const double seam_x = 360.0 * std::max(wa, wp) - 180.0;
                const double t = (seam_x - a.x) / (p.x - a.x);
                const XY cross{seam_x, a.y + (p.y - a.y) * t};
                emit(cross, wa);
                flush();
                emit(cross, wp);
            } else if (inside(a) != inside(p)) {
                // Leaving or entering the latitude domain: stop exactly at the limit.
                const double limit = std::copysign(d.max_lat, inside(a) ? p.y : a.y);
                const double t = (limit - a.y) / (p.y - a.y);
                const XY edge{a.x + (p.x - a.x) * t, limit};
                emit(edge, window_of(edge.x));
                if (inside(a)) flush();
            }
        }
        if (inside(p)) emit(p, window_of(p.x));
    }
    flush();

    for (LonLatLine& piece : pieces)
        densify(piece, kDensifyStep, false);
    if (!d.cap_radius_deg) return pieces;

    // Keep only the runs on the visible cap, ending each at the cap's edge.
    std::vector<LonLatLine> visible;
    for (const LonLatLine& piece : pieces) {
        LonLatLine run;
        for (size_t i = 0; i < piece.size(); ++i) {
            const bool in = in_cap(piece[i], d);
            if (i > 0 && in != in_cap(piece[i - 1], d)) {
                LonLat lo = piece[i - 1], hi = piece[i];
                if (!in) std::swap(lo, hi); // lo inside, hi outside
                for (int it = 0; it < 30; ++it) {
                    const LonLat mid{(lo.lon + hi.lon) / 2, (lo.lat + hi.lat) / 2};
                    (in_cap(mid, d) ? lo : hi) = mid;
                }
                run.push_back(lo);
                if (!in) {
                    if (run.size() >= 2) visible.push_back(std::move(run));
                    run.clear();
                }
            }
            if (in) run.push_back(piece[i]);
        }
        if (run.size() >= 2) visible.push_back(std::move(run));
    }
    return visible;
}

LonLatPolygon geodesic_circle(LonLat center, double radius_km) {
    LonLatPolygon circle;
    circle.rings.emplace_back();
    for (int az = 0; az < 360; az += 3)
        circle.rings[0].push_back(
            destination_point(center, radius_km / 111.195, double(az))); // km per degree
    return circle;
}

} // namespace geo
