// Polygon triangulation via GEOSConstrainedDelaunayTriangulation.
#include "geo/triangulate.hpp"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <thread>
#include <unordered_map>

namespace geo {
namespace {

void append_triangles(const GeosContext& ctx, const GEOSGeometry* g, std::vector<XY>& triangles) {
    GEOSContextHandle_t h = ctx.get();
    const int n = GEOSGetNumGeometries_r(h, g);
    std::vector<XY> ring;
    for (int i = 0; i < n; ++i) {
        const GEOSGeometry* tri = GEOSGetGeometryN_r(h, g, i);
        if (GEOSGeomTypeId_r(h, tri) != GEOS_POLYGON) continue;
        read_coords(ctx, GEOSGetExteriorRing_r(h, tri), ring);
        if (ring.size() < 3) continue;
        triangles.insert(triangles.end(), ring.begin(), ring.begin() + 3);
    }
}

struct PointHash {
    size_t operator()(const std::pair<uint64_t, uint64_t>& p) const {
        return p.first * 0x9E3779B97F4A7C15ull ^ p.second;
    }
};

} // namespace

bool triangulate_geographic(const GeosContext& ctx, LonLatPolygon& polygon) {
    polygon.triangles.clear();
    XYPolygon plane;
    std::unordered_map<std::pair<uint64_t, uint64_t>, uint32_t, PointHash> index;
    uint32_t next = 0;
    for (const LonLatRing& ring : polygon.rings) {
        XYRing r(ring.size());
        for (size_t i = 0; i < ring.size(); ++i) {
            r[i] = {ring[i].lon, ring[i].lat};
            index.emplace(
                std::pair{std::bit_cast<uint64_t>(ring[i].lon), std::bit_cast<uint64_t>(ring[i].lat)},
                next++);
        }
        plane.rings.push_back(std::move(r));
    }
    GEOSContextHandle_t h = ctx.get();
    auto geom = make_geos_polygon(ctx, plane);
    if (!geom) return false;
    GeosGeometryPtr result(GEOSConstrainedDelaunayTriangulation_r(h, geom.get()), GeosGeometryDeleter{h});
    if (!result) return false;
    std::vector<XY> triangles;
    append_triangles(ctx, result.get(), triangles);
    polygon.triangles.reserve(triangles.size());
    for (const XY& p : triangles) {
        auto it = index.find({std::bit_cast<uint64_t>(p.x), std::bit_cast<uint64_t>(p.y)});
        if (it == index.end()) { // GEOS added a point: this triangulation cannot be reused by index
            polygon.triangles.clear();
            return false;
        }
        polygon.triangles.push_back(it->second);
    }
    return true;
}

void triangulate_geographic_all(const std::vector<LonLatPolygon*>& input) {
    // Largest first, so one worker is not left alone with Russia at the end.
    std::vector<std::pair<size_t, LonLatPolygon*>> polygons;
    for (LonLatPolygon* p : input) {
        size_t n = 0;
        for (const auto& r : p->rings)
            n += r.size();
        polygons.push_back({n, p});
    }
    std::sort(polygons.begin(), polygons.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    std::atomic<size_t> next{0};
    auto work = [&] {
        GeosContext ctx;
        for (size_t i = next++; i < polygons.size(); i = next++)
            triangulate_geographic(ctx, *polygons[i].second);
    };
    const unsigned workers = std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
    std::vector<std::thread> threads;
    for (unsigned w = 1; w < workers; ++w)
        threads.emplace_back(work);
    work();
    for (std::thread& t : threads)
        t.join();
}

bool triangulate(const GeosContext& ctx, const XYPolygon& polygon, std::vector<XY>& triangles) {
    GEOSContextHandle_t h = ctx.get();
    auto geom = make_geos_polygon(ctx, polygon);
    if (!geom) return false;
    GeosGeometryPtr result(GEOSConstrainedDelaunayTriangulation_r(h, geom.get()), GeosGeometryDeleter{h});
    if (!result) {
        // Self-intersecting rings make the triangulator give up; repair and try each valid part.
        auto valid = make_valid(ctx, std::move(geom));
        std::vector<XYPolygon> parts;
        collect_polygons(ctx, valid.get(), parts);
        bool any = false;
        for (const XYPolygon& part : parts) {
            auto g = make_geos_polygon(ctx, part);
            if (!g) continue;
            GeosGeometryPtr r(GEOSConstrainedDelaunayTriangulation_r(h, g.get()), GeosGeometryDeleter{h});
            if (!r) continue;
            append_triangles(ctx, r.get(), triangles);
            any = true;
        }
        return any;
    }
    append_triangles(ctx, result.get(), triangles);
    return true;
}

double ring_area(const XYRing& ring) {
    if (ring.size() < 3) return 0;
    double sum = 0;
    for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        sum += (ring[j].x * ring[i].y) - (ring[i].x * ring[j].y);
    return std::abs(sum) / 2;
}

double polygon_area(const XYPolygon& p) {
    double area = 0;
    for (size_t i = 0; i < p.rings.size(); ++i)
        area += (i == 0 ? 1 : -1) * ring_area(p.rings[i]);
    return area;
}

double triangles_area(const std::vector<XY>& t) {
    double area = 0;
    for (size_t i = 0; i + 2 < t.size(); i += 3)
        area += ring_area({t[i], t[i + 1], t[i + 2]});
    return area;
}

} // namespace geo
