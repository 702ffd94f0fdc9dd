// Basemap loading through GDAL: countries by ISO code and name, clear errors for bad files.
#include "geo/basemap.hpp"

#include <gtest/gtest.h>

#include <fstream>

namespace {

const geo::Basemap& basemap_110m() {
    static const geo::Basemap basemap = [] {
        auto b = geo::load_basemap(geo::basemap_file(SUPPLYLINE_ASSET_DIR, geo::BasemapScale::k110m));
        if (!b.ok()) throw std::runtime_error(b.error().text());
        return std::move(b.value());
    }();
    return basemap;
}

} // namespace

TEST(Basemap, FindsBriefingCountriesByCodeAndName) {
    const auto& b = basemap_110m();
    for (const char* code : {"KAZ", "PRK", "KOR", "SYR", "UKR", "RUS", "CHN", "JPN", "IRN"}) {
        const geo::Country* c = b.find_country(code);
        ASSERT_NE(c, nullptr) << code;
        EXPECT_EQ(c->iso_a3, code);
        EXPECT_FALSE(c->polygons.empty());
    }
    ASSERT_NE(b.find_country("Kazakhstan"), nullptr);
    EXPECT_EQ(b.find_country("Kazakhstan")->iso_a3, "KAZ");
    EXPECT_EQ(b.find_country("kaz"), b.find_country("KAZ")); // codes are case-insensitive
    EXPECT_EQ(b.find_country("Atlantis"), nullptr);
}

TEST(Basemap, EveryScaleLoadsWithLandAndTriangulations) {
    for (auto scale : {geo::BasemapScale::k110m, geo::BasemapScale::k50m}) {
        auto b = geo::load_basemap(geo::basemap_file(SUPPLYLINE_ASSET_DIR, scale));
        ASSERT_TRUE(b.ok()) << b.error().text();
        EXPECT_GT(b->countries.size(), 170u);
        EXPECT_FALSE(b->land.empty());
        size_t triangulated = 0, total = 0;
        for (const auto& c : b->countries)
            for (const auto& p : c.polygons)
                triangulated += !p.triangles.empty(), ++total;
        EXPECT_EQ(triangulated, total) << "polygons left without a lon/lat triangulation";
    }
}

TEST(Basemap, PolygonsAcrossTheAntimeridianAreContinuous) {
    // Russia's Chukotka and Fiji cross 180 degrees; after loading no ring jumps across the map.
    for (const char* code : {"RUS", "FJI"}) {
        const geo::Country* c = basemap_110m().find_country(code);
        ASSERT_NE(c, nullptr);
        for (const auto& p : c->polygons)
            for (const auto& ring : p.rings)
                for (size_t i = 1; i < ring.size(); ++i)
                    EXPECT_LT(std::abs(ring[i].lon - ring[i - 1].lon), 180.0) << code;
    }
}

TEST(Basemap, MissingFileIsAClearError) {
    auto b = geo::load_basemap("/nonexistent/basemap.gpkg");
    ASSERT_FALSE(b.ok());
    EXPECT_NE(b.error().text().find("/nonexistent/basemap.gpkg"), std::string::npos);
    EXPECT_NE(b.error().text().find("not found"), std::string::npos);
}

TEST(Basemap, NotAGeoPackageIsAClearError) {
    const std::string path = testing::TempDir() + "not_a_basemap.gpkg";
    std::ofstream(path) << "this is not a GeoPackage";
    auto b = geo::load_basemap(path);
    ASSERT_FALSE(b.ok());
    EXPECT_NE(b.error().text().find(path), std::string::npos) << b.error().text();
}

TEST(Basemap, ParsesScaleNames) {
    EXPECT_EQ(*geo::parse_basemap_scale("10m"), geo::BasemapScale::k10m);
    EXPECT_FALSE(geo::parse_basemap_scale("5m").ok());
}
