// Builds a BasemapScene: project, cut, triangulate every basemap polygon and line.
#include "geo/basemap_scene.hpp"

#include "geo/graticule.hpp"
#include "geo/projector.hpp"
#include "geo/triangulate.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace geo {
namespace {

void append_triangles(const std::vector<XY>& tris, XY origin, std::vector<Vec2f>& out) {
    for (const XY& p : tris) out.push_back({float(p.x - origin.x), float(p.y - origin.y)});
}

// Bounds of a geographic box as projected, sampled along its edges.
Bounds projected_box(const Projector& projector, double w, double s, double e, double n, XY origin) {
    Bounds b{std::numeric_limits<double>::max(), std::numeric_limits<double>::max(),
             std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest()};
    LonLatRing ring{{w, s}, {e, s}, {e, n}, {w, n}};
    densify(ring, 1.0, true);
    for (const LonLat& p : ring) {
        if (auto q = projector.projection().forward(p)) {
            b.min_x = std::min(b.min_x, q->x - origin.x), b.max_x = std::max(b.max_x, q->x - origin.x);
            b.min_y = std::min(b.min_y, q->y - origin.y), b.max_y = std::max(b.max_y, q->y - origin.y);
        }
    }
    return b;
}

} // namespace

void LineSet::add(const std::vector<XY>& line, XY origin) {
    if (line.size() < 2) return;
    for (const XY& p : line) points.push_back({float(p.x - origin.x), float(p.y - origin.y)});
    starts.push_back(static_cast<uint32_t>(points.size()));
}

Result<BasemapScene> build_basemap_scene(const Basemap& basemap, const Projection& projection,
                                         const SceneOptions& options) {
    BasemapScene scene;
    scene.projection = projection.definition();
    Projector projector(projection);
    const GeosContext& geos = projector.geos();
    scene.origin = projection.forward({projection.center_lon(), projection.center_lat()}).value_or(XY{});
    const XY origin = scene.origin;

    std::vector<XY> triangles;
    for (const XYPolygon& part : projector.sphere()) {
        triangles.clear();
        if (triangulate(geos, part, triangles)) append_triangles(triangles, origin, scene.sphere_triangles);
    }
    for (const XYLine& line : projector.sphere_outline()) scene.sphere_outline.add(line, origin);
    if (scene.sphere_triangles.empty())
        return Error{fmt::format("projection '{}' shows no part of the world", projection.definition())};

    Bounds& b = scene.bounds;
    b = {std::numeric_limits<double>::max(), std::numeric_limits<double>::max(),
         std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest()};
    for (const Vec2f& p : scene.sphere_triangles) {
        b.min_x = std::min<double>(b.min_x, p.x), b.max_x = std::max<double>(b.max_x, p.x);
        b.min_y = std::min<double>(b.min_y, p.y), b.max_y = std::max<double>(b.max_y, p.y);
    }

    std::vector<XYLine> outlines;
    for (size_t c = 0; c < basemap.countries.size(); ++c) {
        for (const LonLatPolygon& polygon : basemap.countries[c].polygons) {
            triangles.clear();
            outlines.clear();
            if (!projector.fill_and_outline(polygon, triangles, outlines)) ++scene.dropped_polygons;
            append_triangles(triangles, origin, scene.land_triangles);
            scene.land_country.resize(scene.land_triangles.size(), static_cast<uint16_t>(c));
            for (const XYLine& line : outlines) scene.borders.add(line, origin);
        }
    }
    for (const LonLatPolygon& polygon : basemap.land)
        for (const LonLatRing& ring : polygon.rings)
            for (const XYLine& line : projector.line(ring, true)) scene.coastlines.add(line, origin);
    for (const LonLatLine& line : graticule_lines(options.graticule_step_deg))
        for (const XYLine& piece : projector.line(line)) scene.graticule.add(piece, origin);

    scene.home = projected_box(projector, options.home_west, options.home_south, options.home_east,
                               options.home_north, origin);
    if (!(scene.home.width() > 0 && scene.home.height() > 0)) scene.home = scene.bounds;
    return scene;
}

} // namespace geo
