// Triangulation: triangles cover exactly the polygon (holes excluded), indices stay valid, and
// triangles clipped at the seam keep their area.
#include "geo/geos_handle.hpp"
#include "geo/triangle_clip.hpp"
#include "geo/triangle_refine.hpp"
#include "geo/triangulate.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <map>

namespace {

geo::XYPolygon square_with_hole() {
    return geo::XYPolygon{{{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {{2, 2}, {2, 5}, {5, 5}, {5, 2}}}};
}

} // namespace

TEST(Triangulate, AreaEqualsPolygonAreaWithHole) {
    geo::GeosContext ctx;
    std::vector<geo::XY> triangles;
    ASSERT_TRUE(geo::triangulate(ctx, square_with_hole(), triangles));
    EXPECT_EQ(triangles.size() % 3, 0u);
    EXPECT_NEAR(geo::polygon_area(square_with_hole()), 91.0, 1e-9);
    EXPECT_NEAR(geo::triangles_area(triangles), 91.0, 1e-9);
}

TEST(Triangulate, ConcavePolygon) {
    geo::GeosContext ctx;
    const geo::XYPolygon l_shape{{{{0, 0}, {4, 0}, {4, 1}, {1, 1}, {1, 4}, {0, 4}}}};
    std::vector<geo::XY> triangles;
    ASSERT_TRUE(geo::triangulate(ctx, l_shape, triangles));
    EXPECT_NEAR(geo::triangles_area(triangles), 7.0, 1e-9);
}

TEST(Triangulate, SelfIntersectingRingIsRepairedNotDropped) {
    geo::GeosContext ctx;
    const geo::XYPolygon bowtie{{{{0, 0}, {2, 2}, {2, 0}, {0, 2}}}};
    std::vector<geo::XY> triangles;
    ASSERT_TRUE(geo::triangulate(ctx, bowtie, triangles));
    EXPECT_NEAR(geo::triangles_area(triangles), 2.0, 1e-9);
}

TEST(Triangulate, GeographicIndicesPointIntoTheRings) {
    geo::GeosContext ctx;
    geo::LonLatPolygon p;
    p.rings = {{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {{2, 2}, {2, 5}, {5, 5}, {5, 2}}};
    ASSERT_TRUE(geo::triangulate_geographic(ctx, p));
    ASSERT_EQ(p.triangles.size() % 3, 0u);
    std::vector<geo::LonLat> all;
    for (const auto& r : p.rings)
        all.insert(all.end(), r.begin(), r.end());
    std::vector<geo::XY> triangles;
    for (uint32_t i : p.triangles) {
        ASSERT_LT(i, all.size());
        triangles.push_back({all[i].lon, all[i].lat});
    }
    EXPECT_NEAR(geo::triangles_area(triangles), 91.0, 1e-9);
}

TEST(TriangleClip, PiecesAcrossSeamKeepTheArea) {
    // lon_0 = 0: the seam is at +-180; this triangle reaches from 170 to 190.
    const geo::LonLat tri[3] = {{170, 0}, {190, 0}, {180, 10}};
    std::vector<geo::LonLat> out;
    geo::clip_triangle(tri, 0, 90, out);
    ASSERT_EQ(out.size() % 3, 0u);
    std::vector<geo::XY> pieces;
    bool east = false, west = false;
    for (const auto& p : out) {
        EXPECT_GE(p.lon, -180.0);
        EXPECT_LE(p.lon, 180.0);
        east |= p.lon > 170;
        west |= p.lon < -170;
        pieces.push_back({p.lon, p.lat});
    }
    EXPECT_TRUE(east && west);
    EXPECT_NEAR(geo::triangles_area(pieces), 100.0, 1e-4);
}

TEST(TriangleClip, LatitudeLimitCutsThePolarPart) {
    const geo::LonLat tri[3] = {{0, 80}, {10, 80}, {0, 90}};
    std::vector<geo::LonLat> out;
    geo::clip_triangle(tri, 0, 85, out);
    for (const auto& p : out)
        EXPECT_LE(p.lat, 85.0 + 1e-12);
    std::vector<geo::XY> pieces;
    for (const auto& p : out)
        pieces.push_back({p.lon, p.lat});
    EXPECT_NEAR(geo::triangles_area(pieces), 50.0 - 12.5, 1e-9);
}

TEST(TriangleRefine, SplitsLongEdgesWithoutCracksAndKeepsArea) {
    std::vector<geo::LonLat> vertices{{0, 0}, {20, 0}, {0, 10}};
    std::vector<uint32_t> indices{0, 1, 2};
    geo::refine_triangles(vertices, indices, 1.0);
    ASSERT_EQ(indices.size() % 3, 0u);
    std::vector<geo::XY> triangles;
    std::map<std::pair<uint32_t, uint32_t>, int> edge_use;
    for (size_t i = 0; i < indices.size(); i += 3) {
        for (int e = 0; e < 3; ++e) {
            const uint32_t a = indices[i + e], b = indices[i + (e + 1) % 3];
            const geo::LonLat p = vertices[a], q = vertices[b];
            EXPECT_LE(std::max(std::abs(p.lon - q.lon) * std::cos((p.lat + q.lat) / 2 * M_PI / 180),
                               std::abs(p.lat - q.lat)),
                      1.0 + 1e-9);
            ++edge_use[{std::min(a, b), std::max(a, b)}];
            triangles.push_back({p.lon, p.lat});
        }
        // Same winding as the parent (counter-clockwise).
        const auto &a = vertices[indices[i]], &b = vertices[indices[i + 1]], &c = vertices[indices[i + 2]];
        EXPECT_GT((b.lon - a.lon) * (c.lat - a.lat) - (b.lat - a.lat) * (c.lon - a.lon), 0);
    }
    EXPECT_NEAR(geo::triangles_area(triangles), 100.0, 1e-9);
    // Crack-free: every edge is used by two triangles, except those on the outer boundary (once).
    size_t boundary = 0;
    for (const auto& [edge, uses] : edge_use) {
        EXPECT_LE(uses, 2);
        boundary += uses == 1;
    }
    EXPECT_GT(boundary, 20u);
    EXPECT_GT(indices.size() / 3, 100u);
}
