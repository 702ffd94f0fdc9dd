// Seam cutting: polygons and lines crossing a projection's seam are split before projecting, polar
// rings are closed through the pole, globes keep only their visible cap.
#include "geo/projector.hpp"
#include "geo/seam_cut.hpp"
#include "geo/triangulate.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace {

// A 4x4 degree island straddling the antimeridian, as data often stores it (jumping 180 -> -180).
geo::LonLatPolygon fiji_like() {
    geo::LonLatPolygon p;
    p.rings.push_back({{178, -18}, {-178, -18}, {-178, -14}, {178, -14}});
    return p;
}

double longest_edge(const geo::XYPolygon& p) {
    double longest = 0;
    for (const auto& ring : p.rings)
        for (size_t i = 0; i < ring.size(); ++i) {
            const auto a = ring[i], b = ring[(i + 1) % ring.size()];
            longest = std::max(longest, std::hypot(b.x - a.x, b.y - a.y));
        }
    return longest;
}

} // namespace

TEST(SeamCut, PolygonAcrossAntimeridianSplitsIntoBothSides) {
    geo::GeosContext ctx;
    const auto parts = geo::cut_polygon(ctx, fiji_like(), geo::SeamDomain{0, 0, 90, {}});
    ASSERT_EQ(parts.size(), 2u);
    bool east = false, west = false;
    for (const auto& part : parts) {
        double lo = 1e9, hi = -1e9;
        for (const auto& p : part.rings[0])
            lo = std::min(lo, p.lon), hi = std::max(hi, p.lon);
        EXPECT_LE(hi - lo, 2.0 + 1e-6) << "a part spans the seam";
        east |= lo >= 178 - 1e-9;
        west |= hi <= -178 + 1e-9;
    }
    EXPECT_TRUE(east);
    EXPECT_TRUE(west);
}

TEST(SeamCut, ProjectedPartsHaveNoEdgeLongerThanHalfTheMap) {
    auto projection = geo::Projection::create("EPSG:8857");
    ASSERT_TRUE(projection.ok());
    geo::Projector projector(*projection);
    const auto west = projection->forward({-179.999, 0}), east = projection->forward({179.999, 0});
    ASSERT_TRUE(west && east);
    const double half_width = (east->x - west->x) / 2;
    const auto parts = projector.polygon(fiji_like());
    ASSERT_EQ(parts.size(), 2u);
    for (const auto& part : parts)
        EXPECT_LT(longest_edge(part), half_width / 10);
}

TEST(SeamCut, PolygonAwayFromTheSeamStaysWhole) {
    geo::GeosContext ctx;
    // With lon_0 = 85 the seam is at -95: the same island is nowhere near it.
    const auto parts = geo::cut_polygon(ctx, fiji_like(), geo::SeamDomain{85, 45, 90, {}});
    ASSERT_EQ(parts.size(), 1u);
    double area = 0;
    for (const auto& part : parts) {
        geo::XYPolygon plane;
        for (const auto& ring : part.rings) {
            geo::XYRing r;
            for (const auto& p : ring)
                r.push_back({p.lon, p.lat});
            plane.rings.push_back(r);
        }
        area += geo::polygon_area(plane);
    }
    EXPECT_NEAR(area, 16.0, 1e-6);
}

TEST(SeamCut, LineAcrossSeamEndsOnBothSidesAtTheSameLatitude) {
    const geo::LonLatLine line{{170, 10}, {-170, 20}};
    const auto pieces = geo::cut_line(line, geo::SeamDomain{0, 0, 90, {}});
    ASSERT_EQ(pieces.size(), 2u);
    EXPECT_NEAR(pieces[0].back().lon, 180, 1e-6);
    EXPECT_NEAR(pieces[1].front().lon, -180, 1e-6);
    EXPECT_NEAR(pieces[0].back().lat, 15, 1e-6);
    EXPECT_NEAR(pieces[1].front().lat, 15, 1e-6);
}

TEST(SeamCut, LineStopsAtMercatorLatitudeLimit) {
    const geo::LonLatLine line{{10, 80}, {10, 89}};
    const auto pieces = geo::cut_line(line, geo::SeamDomain{0, 0, 85, {}});
    ASSERT_EQ(pieces.size(), 1u);
    EXPECT_NEAR(pieces[0].back().lat, 85, 1e-9);
}

TEST(SeamCut, PolarRingIsClosedThroughThePole) {
    // Antarctica-like: a coast winding once around the south pole.
    geo::LonLatPolygon p;
    geo::LonLatRing coast;
    for (int lon = -180; lon < 180; lon += 10)
        coast.push_back({double(lon), -70});
    p.rings.push_back(coast);
    geo::make_continuous(p);
    double min_lat = 0;
    for (const auto& q : p.rings[0])
        min_lat = std::min(min_lat, q.lat);
    EXPECT_DOUBLE_EQ(min_lat, -90);
    geo::XYPolygon plane;
    geo::XYRing r;
    for (const auto& q : p.rings[0])
        r.push_back({q.lon, q.lat});
    plane.rings.push_back(r);
    EXPECT_NEAR(geo::polygon_area(plane), 360.0 * 20.0, 1e-6); // the band from -70 to the pole
}

TEST(SeamCut, RingAcrossAntimeridianBecomesContinuous) {
    auto p = fiji_like();
    geo::make_continuous(p);
    for (const auto& q : p.rings[0])
        EXPECT_GE(q.lon, 178 - 1e-9);
    for (const auto& q : p.rings[0])
        EXPECT_LE(q.lon, 182 + 1e-9);
}

TEST(SeamCut, GlobeKeepsOnlyTheVisibleCap) {
    geo::GeosContext ctx;
    const geo::SeamDomain globe{115, 40, 90, 80.0};
    // A band from the visible side well into the far side.
    geo::LonLatPolygon band;
    band.rings.push_back({{150, 0}, {250, 0}, {250, 10}, {150, 10}});
    const auto parts = geo::cut_polygon(ctx, band, globe);
    ASSERT_FALSE(parts.empty());
    for (const auto& part : parts)
        for (const auto& ring : part.rings)
            for (const auto& q : ring)
                EXPECT_LE(geo::angular_distance_deg(q, {115, 40}), 80.0 + 1e-6);
}

TEST(SeamCut, DensifyBoundsEdgeLength) {
    std::vector<geo::LonLat> line{{0, 0}, {10, 0}};
    geo::densify(line, 1.0, false);
    EXPECT_EQ(line.size(), 11u);
    for (size_t i = 1; i < line.size(); ++i)
        EXPECT_NEAR(line[i].lon - line[i - 1].lon, 1.0, 1e-12);
}
