// Samples each rail, road and sea corridor every few hundred metres along its drawn line and asks
// GEOS (prepared polygons, indexed) whether the point is on land; runs on the wrong ground are reported.
#include "geo/corridor_terrain.hpp"

#include "geo/geodesic_path.hpp"
#include "geo/geos_handle.hpp"
#include "geo/seam_cut.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>

namespace geo {
namespace {

struct PreparedDeleter {
    GEOSContextHandle_t ctx;
    void operator()(const GEOSPreparedGeometry* p) const { GEOSPreparedGeom_destroy_r(ctx, p); }
};

struct LandPiece {
    GeosGeometryPtr polygon;
    std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter> prepared;
    double west, south, east, north;
};

class LandIndex {
  public:
    LandIndex(const GeosContext& ctx, std::span<const LonLatPolygon> land, double south, double north)
        : ctx_(ctx) {
        for (const LonLatPolygon& p : land) {
            if (p.rings.empty() || p.rings[0].size() < 3) continue;
            double w = 1e9, s = 1e9, e = -1e9, n = -1e9;
            for (const LonLat& q : p.rings[0])
                w = std::min(w, q.lon), e = std::max(e, q.lon), s = std::min(s, q.lat),
                n = std::max(n, q.lat);
            if (n < south || s > north) continue;
            const XYPolygon flat = map_points<XYPolygon>(p, [](const LonLat& q) { return XY{q.lon, q.lat}; });
            GeosGeometryPtr g = make_geos_polygon(ctx, flat);
            if (!g) continue;
            const GEOSPreparedGeometry* prepared = GEOSPrepare_r(ctx.get(), g.get());
            if (!prepared) continue;
            pieces_.push_back({std::move(g), {prepared, PreparedDeleter{ctx.get()}}, w, s, e, n});
        }
    }
    // Polygons keep continuous longitudes (a ring crossing 180 runs on past it, so Eurasia may lie
    // at -378..-180): the point is tried a turn either way as well.
    bool on_land(LonLat at) const {
        for (const double lon : {at.lon, at.lon - 360, at.lon + 360}) {
            GeosGeometryPtr point{GEOSGeom_createPointFromXY_r(ctx_.get(), lon, at.lat), {ctx_.get()}};
            if (!point) return false;
            for (const LandPiece& piece : pieces_) {
                if (lon < piece.west || lon > piece.east || at.lat < piece.south || at.lat > piece.north)
                    continue;
                if (GEOSPreparedIntersects_r(ctx_.get(), piece.prepared.get(), point.get()) == 1) return true;
            }
        }
        return false;
    }

  private:
    const GeosContext& ctx_;
    std::vector<LandPiece> pieces_;
};

double distance_km(LonLat a, LonLat b) {
    return angular_distance_deg(a, b) * 111.195; // km per degree of a great circle
}

// A stretch of a corridor on the wrong ground.
struct Stretch {
    size_t leg = 0; // waypoint index where it begins
    double km = 0;
    LonLat first, last;
};

std::vector<Stretch> wrong_stretches(const Corridor& c, const LandIndex& land, bool wants_land,
                                     const TerrainLimits& limits) {
    std::vector<Stretch> out;
    std::optional<Stretch> open;
    auto close = [&] {
        if (open && open->km > limits.max_wrong_km) out.push_back(*open);
        open.reset();
    };
    for (size_t leg = 0; leg + 1 < c.path.size(); ++leg) {
        const LonLatLine line = densify_geodesic({c.path[leg].lonlat, c.path[leg + 1].lonlat}, 5.0);
        for (size_t i = 0; i + 1 < line.size(); ++i) {
            const double km = distance_km(line[i], line[i + 1]);
            const int steps = std::max(1, int(std::ceil(km / limits.step_km)));
            for (int k = 0; k < steps; ++k) {
                const double f = (k + 0.5) / steps;
                const LonLat at{line[i].lon + f * (line[i + 1].lon - line[i].lon),
                                line[i].lat + f * (line[i + 1].lat - line[i].lat)};
                if (land.on_land(at) == wants_land) {
                    close();
                    continue;
                }
                if (!open) open = Stretch{leg, 0, at, at};
                open->km += km / steps;
                open->last = at;
            }
        }
    }
    close();
    return out;
}

} // namespace

std::vector<Diagnostic> check_corridor_terrain(const Briefing& briefing, std::span<const LonLatPolygon> land,
                                               const TerrainLimits& limits) {
    std::vector<Diagnostic> out;
    double south = 1e9, north = -1e9;
    for (const Corridor& c : briefing.corridors)
        for (const Waypoint& w : c.path)
            south = std::min(south, w.lonlat.lat), north = std::max(north, w.lonlat.lat);
    if (south > north) return out;
    GeosContext ctx;
    const LandIndex index(ctx, land, south - 2, north + 2);
    for (const Corridor& c : briefing.corridors) {
        const bool ground = c.mode == CorridorMode::Rail || c.mode == CorridorMode::Road;
        if (!ground && c.mode != CorridorMode::Sea) continue;
        for (const Stretch& s : wrong_stretches(c, index, ground, limits)) {
            const LonLat mid{(s.first.lon + s.last.lon) / 2, (s.first.lat + s.last.lat) / 2};
            const std::string what = ground ? fmt::format("runs {:.0f} km over water", s.km)
                                            : fmt::format("cuts {:.0f} km across land", s.km);
            const std::string fix = ground ? "add a waypoint on the shore so the line stays on land"
                                           : "move or add waypoints offshore";
            // A waypoint without a place in the file (a layer's line vertex) speaks for its corridor.
            const base::Location& where = c.path[s.leg].where.file.empty() ? c.where : c.path[s.leg].where;
            out.push_back({Diagnostic::Severity::Warning, where,
                           fmt::format("corridor '{}' ({}) {} after waypoint {} (around {:.2f}, {:.2f}); {}",
                                       c.id, name_of(c.mode), what, s.leg + 1, mid.lon, mid.lat, fix)});
        }
    }
    return out;
}

} // namespace geo
