// Scene building for every offered projection: no smears across the map (no triangle or line
// edge longer than half the map), no missing countries, globes stay inside their disc.
#include "geo/basemap_scene.hpp"
#include "geo/line_thinning.hpp"
#include "geo/triangulate.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>

namespace {

const geo::Basemap& basemap_110m() {
    static const geo::Basemap basemap = std::move(
        geo::load_basemap(geo::basemap_file(SUPPLYLINE_ASSET_DIR, geo::BasemapScale::k110m)).value());
    return basemap;
}

double edge(geo::Vec2f a, geo::Vec2f b) {
    return std::hypot(double(b.x) - a.x, double(b.y) - a.y);
}

class EveryPreset : public testing::TestWithParam<std::string> {};

} // namespace

TEST_P(EveryPreset, NoSmearsAndNoMissingCountries) {
    auto projection = geo::Projection::create(GetParam());
    ASSERT_TRUE(projection.ok()) << projection.error().text();
    auto scene = geo::build_basemap_scene(basemap_110m(), *projection);
    ASSERT_TRUE(scene.ok()) << scene.error().text();
    const double half = std::max(scene->bounds.width(), scene->bounds.height()) / 2;

    const auto& t = scene->land_triangles;
    ASSERT_FALSE(t.empty());
    for (size_t i = 0; i + 2 < t.size(); i += 3) {
        ASSERT_LT(std::max({edge(t[i], t[i + 1]), edge(t[i + 1], t[i + 2]), edge(t[i + 2], t[i])}), half)
            << "triangle " << i / 3 << " smears across the map";
    }
    for (const geo::LineSet* lines : {&scene->borders, &scene->coastlines, &scene->graticule}) {
        for (size_t l = 0; l < lines->line_count(); ++l)
            for (uint32_t i = lines->starts[l] + 1; i < lines->starts[l + 1]; ++i)
                ASSERT_LT(edge(lines->points[i - 1], lines->points[i]), half) << "line " << l << " smears";
    }
    for (const auto& p : t) {
        ASSERT_TRUE(std::isfinite(p.x) && std::isfinite(p.y));
        ASSERT_GE(p.x, scene->bounds.min_x - 1e3);
        ASSERT_LE(p.x, scene->bounds.max_x + 1e3);
    }

    const std::set<uint16_t> drawn(scene->land_country.begin(), scene->land_country.end());
    if (!projection->cap_radius_deg()) {
        // Whole-world projections show every country.
        for (size_t c = 0; c < basemap_110m().countries.size(); ++c)
            EXPECT_TRUE(drawn.count(uint16_t(c))) << basemap_110m().countries[c].name << " is missing";
    } else {
        EXPECT_GT(drawn.size(), 20u);
    }
    EXPECT_EQ(scene->dropped_polygons, 0u);
}

INSTANTIATE_TEST_SUITE_P(Projections, EveryPreset, testing::ValuesIn([] {
                             std::vector<std::string> defs;
                             for (const auto& p : geo::projection_presets())
                                 defs.emplace_back(p.definition);
                             defs.emplace_back("+proj=eqearth +lon_0=180");
                             defs.emplace_back("+proj=laea +lat_0=-90 +lon_0=0");
                             return defs;
                         }()));

TEST(BasemapScene, TrianglesCoverTheProjectedLand) {
    // Equal-area projection: the triangles' area is Earth's land area (Natural Earth at 1:110m).
    auto projection = geo::Projection::create("EPSG:8857");
    auto scene = geo::build_basemap_scene(basemap_110m(), *projection);
    ASSERT_TRUE(scene.ok());
    std::vector<geo::XY> triangles;
    for (const auto& p : scene->land_triangles)
        triangles.push_back({p.x, p.y});
    const double land_km2 = geo::triangles_area(triangles) / 1e6;
    EXPECT_NEAR(land_km2, 148.9e6, 148.9e6 * 0.03);
}

TEST(BasemapScene, HomeViewFramesSyriaToJapan) {
    auto projection = geo::Projection::create(geo::kDefaultProjection);
    auto scene = geo::build_basemap_scene(basemap_110m(), *projection);
    ASSERT_TRUE(scene.ok());
    for (geo::LonLat place :
         {geo::LonLat{37.16, 36.20}, geo::LonLat{139.69, 35.69}, geo::LonLat{30.52, 50.45}}) {
        const auto xy = projection->forward(place);
        ASSERT_TRUE(xy);
        const double x = xy->x - scene->origin.x, y = xy->y - scene->origin.y;
        EXPECT_TRUE(x >= scene->home.min_x && x <= scene->home.max_x && y >= scene->home.min_y &&
                    y <= scene->home.max_y);
    }
}

TEST(LineThinning, KeepsEndsDropsCloseVerticesAndNeverMovesAPoint) {
    geo::LineSet lines;
    std::vector<geo::XY> wiggly;
    for (int i = 0; i <= 1000; ++i)
        wiggly.push_back({i * 100.0, (i % 2) * 50.0}); // 100 m steps, 50 m zigzag
    lines.add(wiggly, {0, 0});
    lines.add({{0, 0}, {10, 0}}, {0, 0}); // shorter than the tolerance: keeps both ends
    const geo::LineSet thin = geo::thin_lines(lines, 1000.0);
    ASSERT_EQ(thin.line_count(), 2u);
    const size_t kept = thin.starts[1] - thin.starts[0];
    EXPECT_LT(kept, 120u);
    EXPECT_GT(kept, 80u);
    EXPECT_EQ(thin.points[0].x, 0.0f);
    EXPECT_EQ(thin.points[kept - 1].x, 100000.0f);
    for (size_t i = 1; i + 1 < kept; ++i) // consecutive kept points are at least the tolerance apart
        EXPECT_GE(
            std::hypot(thin.points[i].x - thin.points[i - 1].x, thin.points[i].y - thin.points[i - 1].y),
            1000.0f);
    EXPECT_EQ(thin.starts[2] - thin.starts[1], 2u);
    EXPECT_EQ(geo::thin_lines(lines, 0.0).points.size(), lines.points.size());
}
