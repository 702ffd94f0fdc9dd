// Triangulation: triangles cover exactly the polygon (holes excluded), indices stay valid, and
// triangles clipped at the seam keep their area.
#include "geo/geos_handle.hpp"
#include "geo/triangle_clip.hpp"
#include "geo/triangulate.hpp"

#include <gtest/gtest.h>

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
    for (const auto& r : p.rings) all.insert(all.end(), r.begin(), r.end());
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
    for (const auto& p : out) EXPECT_LE(p.lat, 85.0 + 1e-12);
    std::vector<geo::XY> pieces;
    for (const auto& p : out) pieces.push_back({p.lon, p.lat});
    EXPECT_NEAR(geo::triangles_area(pieces), 50.0 - 12.5, 1e-9);
}
