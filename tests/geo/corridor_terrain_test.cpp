// Corridors on the right ground: rail over a strait and a sea lane across an island are caught,
// lines that keep to their ground are not; then the same on the shipped 1:10m coastline.
#include "geo/basemap.hpp"
#include "geo/corridor_terrain.hpp"

#include <gtest/gtest.h>

namespace {

// A square island from 10 E to 12 E, 50 N to 52 N (about 140 x 220 km).
std::vector<geo::LonLatPolygon> island() {
    geo::LonLatPolygon p;
    p.rings.push_back({{10, 50}, {12, 50}, {12, 52}, {10, 52}});
    return {p};
}

geo::Briefing with_corridor(geo::CorridorMode mode, std::vector<geo::LonLat> path) {
    geo::Briefing b;
    geo::Corridor c;
    c.id = "c";
    c.mode = mode;
    for (const geo::LonLat& p : path)
        c.path.push_back({-1, p, {"b.toml", 7, 3}});
    b.corridors.push_back(c);
    return b;
}

TEST(CorridorTerrain, RailLeavingTheIslandIsReportedWithTheStretchLength) {
    // 11 E, from 51 N north to 52.5 N: the last 0.5 degree (about 56 km) is over water.
    const auto warnings =
        geo::check_corridor_terrain(with_corridor(geo::CorridorMode::Rail, {{11, 51}, {11, 52.5}}), island());
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].where.line, 7);
    EXPECT_NE(warnings[0].message.find("runs 56 km over water"), std::string::npos) << warnings[0].message;
}

TEST(CorridorTerrain, RailOnTheIslandAndSeaAroundItAreClean) {
    EXPECT_TRUE(geo::check_corridor_terrain(
                    with_corridor(geo::CorridorMode::Rail, {{10.2, 50.2}, {11.8, 51.8}}), island())
                    .empty());
    EXPECT_TRUE(
        geo::check_corridor_terrain(
            with_corridor(geo::CorridorMode::Sea, {{9.5, 49.5}, {12.5, 49.5}, {12.5, 52.5}}), island())
            .empty());
    // Air and pipelines may cross anything.
    EXPECT_TRUE(
        geo::check_corridor_terrain(with_corridor(geo::CorridorMode::Air, {{9, 51}, {13, 51}}), island())
            .empty());
}

TEST(CorridorTerrain, SeaLaneAcrossTheIslandIsReported) {
    const auto warnings =
        geo::check_corridor_terrain(with_corridor(geo::CorridorMode::Sea, {{9.5, 51}, {12.5, 51}}), island());
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_NE(warnings[0].message.find("cuts 140 km across land"), std::string::npos) << warnings[0].message;
}

TEST(CorridorTerrain, ShortCoastalClipsAreTolerated) {
    // 1.1 km over water at the island's corner: under the 2 km limit.
    EXPECT_TRUE(geo::check_corridor_terrain(with_corridor(geo::CorridorMode::Rail, {{11, 51}, {12.0155, 51}}),
                                            island())
                    .empty());
}

TEST(CorridorTerrain, ShippedCoastlineKnowsSeaFromLand) {
    auto land = geo::load_land(geo::basemap_file(SUPPLYLINE_ASSET_DIR, geo::BasemapScale::k10m));
    ASSERT_TRUE(land) << land.error().message;
    // Moscow to Tula by rail: all land.
    EXPECT_TRUE(geo::check_corridor_terrain(
                    with_corridor(geo::CorridorMode::Rail, {{37.62, 55.75}, {37.62, 54.19}}), *land)
                    .empty());
    // Straight across Liaodong Bay (Beijing side to Shenyang side) by rail: about 100 km of sea.
    const auto bay = geo::check_corridor_terrain(
        with_corridor(geo::CorridorMode::Rail, {{119.60, 39.93}, {123.43, 41.80}}), *land);
    ASSERT_EQ(bay.size(), 1u);
    EXPECT_NE(bay[0].message.find("over water"), std::string::npos);
    // A sea lane straight through the Korean peninsula.
    EXPECT_FALSE(geo::check_corridor_terrain(
                     with_corridor(geo::CorridorMode::Sea, {{124.0, 38.5}, {130.0, 38.5}}), *land)
                     .empty());
}

} // namespace
