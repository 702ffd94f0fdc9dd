// Scene building for every offered projection: no smears across the map (no triangle or line
// edge longer than half the map), no missing countries, globes stay inside their disc.
#include "geo/basemap_scene.hpp"
#include "geo/line_thinning.hpp"
#include "geo/triangulate.hpp"

#include <gtest/gtest.h>

#include <span>

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

namespace {

// The largest distance from any of `line`'s points to the polyline `thin`.
double largest_deviation(const std::vector<geo::XY>& line, std::span<const geo::Vec2f> thin) {
    double worst = 0;
    for (const geo::XY& p : line) {
        double best = 1e300;
        for (size_t i = 1; i < thin.size(); ++i) {
            const double ax = thin[i - 1].x, ay = thin[i - 1].y, vx = thin[i].x - ax, vy = thin[i].y - ay;
            const double len2 = vx * vx + vy * vy;
            const double u = len2 > 0 ? std::clamp(((p.x - ax) * vx + (p.y - ay) * vy) / len2, 0.0, 1.0) : 0.0;
            best = std::min(best, std::hypot(p.x - ax - u * vx, p.y - ay - u * vy));
        }
        worst = std::max(worst, best);
    }
    return worst;
}

} // namespace

TEST(LineThinning, KeepsEndsAndCornersAndStaysWithinTheTolerance) {
    geo::LineSet lines;
    std::vector<geo::XY> wiggly; // 100 m steps with a 50 m zigzag, then a right angle, then a bay
    for (int i = 0; i <= 500; ++i)
        wiggly.push_back({i * 100.0, (i % 2) * 50.0});
    for (int i = 1; i <= 500; ++i)
        wiggly.push_back({50000.0 + (i % 2) * 30.0, i * 100.0});
    for (int i = 1; i <= 360; ++i) // a round bay 20 km across
        wiggly.push_back({50000.0 - 10000.0 + 10000.0 * std::cos(i * M_PI / 180),
                          50000.0 + 10000.0 * std::sin(i * M_PI / 180)});
    lines.add(wiggly, {0, 0});
    lines.add({{0, 0}, {10, 0}}, {0, 0}); // shorter than the tolerance: keeps both ends
    const geo::LineSet thin = geo::thin_lines(lines, 1000.0);
    ASSERT_EQ(thin.line_count(), 2u);
    const std::span<const geo::Vec2f> kept(thin.points.data(), thin.starts[1]);
    EXPECT_LT(kept.size(), 40u) << "the zigzags collapse, the bay keeps a few vertices";
    EXPECT_GT(kept.size(), 6u);
    EXPECT_EQ(kept.front().x, 0.0f);
    EXPECT_EQ(kept.back().x, float(wiggly.back().x));
    EXPECT_TRUE(std::any_of(kept.begin(), kept.end(), [](geo::Vec2f p) { return p.x >= 49999 && p.y < 100; }))
        << "the corner stays";
    EXPECT_LE(largest_deviation(wiggly, kept), 1000.0 + 1e-3);
    for (const geo::Vec2f& p : kept) // only original vertices, none moved
        EXPECT_TRUE(std::any_of(wiggly.begin(), wiggly.end(),
                                [&](const geo::XY& q) { return float(q.x) == p.x && float(q.y) == p.y; }));
    EXPECT_EQ(thin.starts[2] - thin.starts[1], 2u);
    EXPECT_EQ(geo::thin_lines(lines, 0.0).points.size(), lines.points.size());
    EXPECT_EQ(geo::line_detail_for(1000.0), 0u); // 500 m is under every tolerance but 0
    EXPECT_EQ(geo::line_detail_for(9000.0), 2u); // 4.5 km: the 4 km level
}
