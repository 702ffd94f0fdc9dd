// Projecting places and corridors of a briefing.
#include "geo/briefing_scene.hpp"

#include "geo/corridor_line.hpp"
#include "geo/flow_geometry.hpp"
#include "geo/geodesic_path.hpp"
#include "geo/line_thinning.hpp"
#include "geo/projector.hpp"
#include "geo/seam_cut.hpp"
#include "geo/triangulate.hpp"

#include <algorithm>
#include <cmath>
#include <thread>

namespace geo {

BriefingScene build_briefing_scene(const Briefing& briefing, const Projection& projection, XY origin) {
    BriefingScene scene;
    Projector projector(projection);
    for (size_t i = 0; i < briefing.places.size(); ++i) {
        const Place& p = briefing.places[i];
        if (projection.cap_radius_deg() &&
            angular_distance_deg(p.lonlat, {projection.center_lon(), projection.center_lat()}) >
                *projection.cap_radius_deg())
            continue;
        const auto xy = projection.forward(p.lonlat);
        if (!xy) continue;
        const Vec2f v{float(xy->x - origin.x), float(xy->y - origin.y)};
        if (std::isfinite(v.x) && std::isfinite(v.y)) // nothing non-finite reaches the GPU
            scene.places.push_back({v, p.kind, p.priority, int(i)});
    }
    // Corridors in two halves, the first on a worker with its own PROJ context (a briefing of 10k
    // routes from a layer projects on both cores), joined in order.
    const size_t corridors = briefing.corridors.size(), split = corridors >= 2000 ? corridors / 2 : 0;
    std::vector<std::vector<XYLine>> first_half(split);
    std::thread worker;
    if (split > 0)
        worker = std::thread([&] {
            auto own = Projection::create(projection.definition());
            if (!own) return; // the definition worked on this thread: not expected; left empty below
            const Projector local(*own);
            for (size_t ci = 0; ci < split; ++ci)
                first_half[ci] = local.line(corridor_line(briefing.corridors[ci]));
        });
    std::vector<std::vector<XYLine>> second_half(corridors - split);
    for (size_t ci = split; ci < corridors; ++ci)
        second_half[ci - split] = projector.line(corridor_line(briefing.corridors[ci]));
    if (worker.joinable()) worker.join();
    for (size_t ci = 0; ci < corridors; ++ci) {
        const Corridor& c = briefing.corridors[ci];
        std::vector<XYLine>& pieces = ci < split ? first_half[ci] : second_half[ci - split];
        if (ci < split && pieces.empty()) pieces = projector.line(corridor_line(c));
        for (const XYLine& piece : pieces) {
            scene.corridors.add(piece, origin);
            scene.corridor_modes.push_back(c.mode);
            scene.corridor_of_line.push_back(int(ci));
        }
        std::vector<XYLine>().swap(pieces);
    }
    scene.corridor_levels = line_levels(scene.corridors);
    if (briefing.info.home) {
        scene.home = projected_bounds(projection, *briefing.info.home, origin);
        scene.has_home = scene.home.max_x > scene.home.min_x && scene.home.max_y > scene.home.min_y;
    }
    scene.flows = build_flow_geometry(briefing, scene);
    for (const Theater& th : briefing.theaters) {
        std::vector<Vec2f>& disc = scene.theater_discs.emplace_back();
        if (th.around < 0) continue;
        const LonLatPolygon circle = geodesic_circle(briefing.places[size_t(th.around)].lonlat, th.radius_km);
        std::vector<XY> triangles;
        for (const XYPolygon& part : projector.polygon(circle))
            triangulate(projector.geos(), part, triangles);
        for (const XY& q : triangles)
            disc.push_back({float(q.x - origin.x), float(q.y - origin.y)});
    }
    return scene;
}

} // namespace geo

namespace geo {

void attach_theater_anchors(BriefingScene& scene, const Briefing& briefing, const BasemapScene& basemap) {
    scene.theater_anchor.assign(briefing.theaters.size(), Vec2f{});
    scene.theater_has_anchor.assign(briefing.theaters.size(), false);
    for (size_t i = 0; i < briefing.theaters.size(); ++i) {
        const Theater& th = briefing.theaters[i];
        const std::vector<Vec2f>* triangles = &scene.theater_discs[i];
        std::vector<Vec2f> country;
        if (th.around < 0) {
            const auto code =
                std::find(basemap.country_codes.begin(), basemap.country_codes.end(), th.country);
            if (code == basemap.country_codes.end()) continue;
            const auto [first, count] =
                basemap.country_vertices[size_t(code - basemap.country_codes.begin())];
            country.assign(basemap.land_triangles.begin() + first,
                           basemap.land_triangles.begin() + first + count);
            triangles = &country;
        }
        // Area-weighted centre of the triangles, keeping only those within the largest triangle's
        // neighbourhood would need connectivity; the whole set is close enough for compact theaters.
        double area = 0, x = 0, y = 0;
        for (size_t t = 0; t + 2 < triangles->size(); t += 3) {
            const Vec2f a = (*triangles)[t], b = (*triangles)[t + 1], c = (*triangles)[t + 2];
            const double w = std::abs((double(b.x) - a.x) * (double(c.y) - a.y) -
                                      (double(b.y) - a.y) * (double(c.x) - a.x));
            area += w;
            x += w * (double(a.x) + b.x + c.x) / 3;
            y += w * (double(a.y) + b.y + c.y) / 3;
        }
        if (area <= 0) continue;
        scene.theater_anchor[i] = {float(x / area), float(y / area)};
        // A circle is usually small and busy at its centre (the place, its rings, arriving flows):
        // its name goes on its southern edge instead.
        if (th.around >= 0) {
            for (const Vec2f& p : *triangles)
                scene.theater_anchor[i].y = std::min(scene.theater_anchor[i].y, p.y);
        }
        scene.theater_has_anchor[i] = true;
    }
}

} // namespace geo
