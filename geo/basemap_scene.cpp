// Builds a BasemapScene: project, cut, triangulate every basemap polygon and line.
#include "geo/basemap_scene.hpp"

#include "geo/line_thinning.hpp"

#include "geo/graticule.hpp"
#include "geo/projector.hpp"
#include "geo/triangulate.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>

namespace geo {
namespace {

void append_triangles(const std::vector<XY>& tris, XY origin, std::vector<Vec2f>& out) {
    for (const XY& p : tris)
        out.push_back({float(p.x - origin.x), float(p.y - origin.y)});
}

} // namespace

Bounds projected_bounds(const Projection& projection, const std::array<double, 4>& box, XY origin) {
    Bounds b{std::numeric_limits<double>::max(), std::numeric_limits<double>::max(),
             std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest()};
    const auto [w, s, e, n] = box;
    LonLatRing ring{{w, s}, {e, s}, {e, n}, {w, n}};
    densify(ring, 1.0, true);
    for (const LonLat& p : ring) {
        if (auto q = projection.forward(p)) {
            b.min_x = std::min(b.min_x, q->x - origin.x), b.max_x = std::max(b.max_x, q->x - origin.x);
            b.min_y = std::min(b.min_y, q->y - origin.y), b.max_y = std::max(b.max_y, q->y - origin.y);
        }
    }
    return b;
}

void LineSet::add(const std::vector<XY>& line, XY origin) {
    // Nothing non-finite may reach the GPU: a point that is not finite (or overflows a float) ends
    // the line there; the runs on either side are kept when they still have two points.
    size_t run = 0;
    auto close_run = [&] {
        if (run >= 2)
            starts.push_back(static_cast<uint32_t>(points.size()));
        else
            points.resize(points.size() - run);
        run = 0;
    };
    for (const XY& p : line) {
        const Vec2f v{float(p.x - origin.x), float(p.y - origin.y)};
        if (!std::isfinite(v.x) || !std::isfinite(v.y)) {
            close_run();
            continue;
        }
        points.push_back(v);
        ++run;
    }
    close_run();
}

namespace {

// Country fills and borders for a range of countries, built on one thread.
struct CountryPart {
    std::vector<Vec2f> triangles;
    std::vector<uint16_t> country;
    LineSet borders;
    size_t dropped = 0;
    size_t flipped = 0;
};

void build_countries(const Basemap& basemap, size_t begin, size_t end, const Projector& projector, XY origin,
                     CountryPart& out) {
    // Reserve what the stored triangulations say we will need: growing these arrays one
    // doubling at a time costs more (page faults) than filling them.
    size_t expected_vertices = 0, expected_points = 0;
    for (size_t c = begin; c < end; ++c) {
        for (const LonLatPolygon& polygon : basemap.countries[c].polygons) {
            expected_vertices += polygon.triangles.size();
            for (const auto& ring : polygon.rings)
                expected_points += ring.size() + 1;
        }
    }
    out.triangles.reserve(expected_vertices + expected_vertices / 8);
    out.country.reserve(out.triangles.capacity());
    out.borders.points.reserve(expected_points + expected_points / 8);
    std::vector<XY> triangles;
    std::vector<XYLine> outlines;
    for (size_t c = begin; c < end; ++c) {
        for (const LonLatPolygon& polygon : basemap.countries[c].polygons) {
            triangles.clear();
            outlines.clear();
            if (!projector.fill_and_outline(polygon, triangles, outlines)) ++out.dropped;
            append_triangles(triangles, origin, out.triangles);
            out.country.resize(out.triangles.size(), static_cast<uint16_t>(c));
            for (const XYLine& line : outlines)
                out.borders.add(line, origin);
        }
    }
    out.flipped = projector.flipped_triangles_dropped();
}

size_t vertex_count(const std::vector<LonLatPolygon>& polygons) {
    size_t n = 0;
    for (const auto& p : polygons)
        for (const auto& r : p.rings)
            n += r.size();
    return n;
}

} // namespace

void LineSet::append(const LineSet& other) {
    const uint32_t base = static_cast<uint32_t>(points.size());
    points.insert(points.end(), other.points.begin(), other.points.end());
    for (size_t i = 1; i < other.starts.size(); ++i)
        starts.push_back(base + other.starts[i]);
}

base::Result<BasemapScene> build_basemap_scene(const Basemap& basemap, const Projection& projection,
                                               const SceneOptions& options) {
    BasemapScene scene;
    scene.projection = projection.definition();
    Projector projector(projection);
    const GeosContext& geos = projector.geos();
    scene.origin = projection.forward({projection.center_lon(), projection.center_lat()}).value_or(XY{});
    const XY origin = scene.origin;

    // Two halves of the work of about equal size: the first countries on a worker thread (with
    // its own PROJ context), the other countries, coastlines and graticule here.
    size_t total = vertex_count(basemap.land);
    for (const Country& c : basemap.countries)
        total += vertex_count(c.polygons);
    size_t split = 0;
    for (size_t acc = 0; split < basemap.countries.size() && acc < total / 2; ++split)
        acc += vertex_count(basemap.countries[split].polygons);
    CountryPart first, second;
    base::Result<Projection> worker_projection = base::Error{""};
    std::thread worker([&] {
        worker_projection = Projection::create(projection.definition());
        if (!worker_projection) return;
        build_countries(basemap, 0, split, Projector(*worker_projection), origin, first);
    });

    std::vector<XY> triangles;
    for (const XYPolygon& part : projector.sphere()) {
        triangles.clear();
        if (triangulate(geos, part, triangles)) append_triangles(triangles, origin, scene.sphere_triangles);
    }
    for (const XYLine& line : projector.sphere_outline())
        scene.sphere_outline.add(line, origin);
    build_countries(basemap, split, basemap.countries.size(), projector, origin, second);
    scene.coastlines.points.reserve(vertex_count(basemap.land) * 9 / 8);
    for (const LonLatPolygon& polygon : basemap.land)
        for (const LonLatRing& ring : polygon.rings)
            for (const XYLine& line : projector.line(ring, true))
                scene.coastlines.add(line, origin);
    for (const LonLatLine& line : graticule_lines(options.graticule_step_deg))
        for (const XYLine& piece : projector.line(line))
            scene.graticule.add(piece, origin);
    worker.join();
    if (!worker_projection) return worker_projection.error();
    if (scene.sphere_triangles.empty())
        return base::Error{
            fmt::format("projection '{}' shows no part of the world", projection.definition())};

    scene.land_triangles.reserve(first.triangles.size() + second.triangles.size());
    scene.land_country.reserve(scene.land_triangles.capacity());
    scene.borders.points.reserve(first.borders.points.size() + second.borders.points.size());
    for (CountryPart* part : {&first, &second}) {
        scene.land_triangles.insert(scene.land_triangles.end(), part->triangles.begin(),
                                    part->triangles.end());
        scene.land_country.insert(scene.land_country.end(), part->country.begin(), part->country.end());
        scene.borders.append(part->borders);
        scene.dropped_polygons += part->dropped;
        scene.flipped_triangles_dropped += part->flipped;
    }

    // Levels of detail for the lines, borders on a worker while coastlines are thinned here.
    std::thread thinner([&] { scene.border_levels = line_levels(scene.borders); });
    scene.coastline_levels = line_levels(scene.coastlines);
    thinner.join();

    // Countries were triangulated in order, so each one's triangles are one run of land vertices.
    scene.country_vertices.assign(basemap.countries.size(), {0, 0});
    for (const Country& c : basemap.countries)
        scene.country_codes.push_back(c.iso_a3);
    for (size_t v = 0; v < scene.land_country.size();) {
        size_t end = v;
        while (end < scene.land_country.size() && scene.land_country[end] == scene.land_country[v])
            ++end;
        scene.country_vertices[scene.land_country[v]] = {uint32_t(v), uint32_t(end - v)};
        v = end;
    }

    Bounds& b = scene.bounds;
    b = {std::numeric_limits<double>::max(), std::numeric_limits<double>::max(),
         std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest()};
    for (const Vec2f& p : scene.sphere_triangles) {
        b.min_x = std::min<double>(b.min_x, p.x), b.max_x = std::max<double>(b.max_x, p.x);
        b.min_y = std::min<double>(b.min_y, p.y), b.max_y = std::max<double>(b.max_y, p.y);
    }
    scene.home = projected_bounds(
        projection, {options.home_west, options.home_south, options.home_east, options.home_north}, origin);
    if (!(scene.home.width() > 0 && scene.home.height() > 0)) scene.home = scene.bounds;
    return scene;
}

} // namespace geo
