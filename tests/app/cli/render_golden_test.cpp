// Golden images of the basemap rendered headless through EGL (llvmpipe in CI), compared with a
// tolerance: the exact pipeline `supplyline render` runs.
#include "app/cli/render_command.hpp"
#include "support/image_diff.hpp"

#include <gtest/gtest.h>

#include <set>

namespace {

test_support::Rgba8Image render_image(const app::RenderRequest& request) {
    auto image = app::render_frame(request);
    if (!image.ok()) ADD_FAILURE() << image.error().text();
    if (!image.ok()) return {};
    return {image->width, image->height, image->rgba};
}

std::string golden(const std::string& name) {
    return std::string(SUPPLYLINE_TEST_FIXTURES "/golden/") + name;
}

} // namespace

// One golden image per case; add a row to add a case (then create its image with
// SUPPLYLINE_UPDATE_GOLDEN=1 and look at it).
struct GoldenCase {
    const char* file;
    const char* projection;
    const char* theme;
    bool world;
    app::Size size;
    const char* briefing = ""; // under assets/briefings/, empty for the basemap alone
    const char* time = "";     // the date shown, for briefings
};

class BasemapGolden : public testing::TestWithParam<GoldenCase> {};

TEST_P(BasemapGolden, MatchesReference) {
    const GoldenCase& c = GetParam();
    app::RenderRequest r;
    r.view.basemap = geo::BasemapScale::k110m;
    r.view.projection = c.projection;
    r.view.look.theme = render::find_theme(c.theme);
    r.view.world = c.world;
    r.size = c.size;
    if (*c.briefing) {
        r.view.briefing = std::string(SUPPLYLINE_ASSET_DIR "/briefings/") + c.briefing + "/briefing.toml";
        r.view.basemap_set = true; // keep the fast 1:110m basemap whatever the briefing asks for
        r.time = c.time;
    }
    const auto image = render_image(r);
    ASSERT_EQ(image.width, c.size.width);
    EXPECT_EQ(test_support::check_golden(image, golden(c.file), 24, 0.005), "");
}

INSTANTIATE_TEST_SUITE_P(
    Views, BasemapGolden,
    testing::Values(
        GoldenCase{
            "basemap_default_dark_640x360.png", geo::kDefaultProjection.data(), "dark", false, {640, 360}},
        GoldenCase{"basemap_equal_earth_light_640x360.png", "EPSG:8857", "light", true, {640, 360}},
        GoldenCase{"basemap_globe_korea_480x480.png",
                   "+proj=ortho +lat_0=40 +lon_0=115 +datum=WGS84",
                   "dark",
                   true,
                   {480, 480}},
        // Three dates with different active flows: the 2023 munitions pipeline opening, the
        // Pyongyang pact, and late November 2024 (Astana refusal, Aleppo).
        GoldenCase{"briefing_eurasia_2023-10-15_960x540.png",
                   geo::kDefaultProjection.data(),
                   "dark",
                   false,
                   {960, 540},
                   "eurasia-2024",
                   "2023-10-15"},
        GoldenCase{"briefing_eurasia_2024-06-19_960x540.png",
                   geo::kDefaultProjection.data(),
                   "dark",
                   false,
                   {960, 540},
                   "eurasia-2024",
                   "2024-06-19"},
        GoldenCase{"briefing_eurasia_2024-11-29_960x540.png",
                   geo::kDefaultProjection.data(),
                   "dark",
                   false,
                   {960, 540},
                   "eurasia-2024",
                   "2024-11-29"},
        GoldenCase{"briefing_berlin_light_960x540.png",
                   "+proj=laea +lat_0=52 +lon_0=11",
                   "light",
                   false,
                   {960, 540},
                   "berlin-airlift"},
        // Built from data: CSV flows, places and events, GeoPackage routes, a KML drawn on the clock.
        GoldenCase{"briefing_northern_ledger_2026-02-02_960x540.png",
                   "+proj=laea +lat_0=65 +lon_0=18",
                   "dark",
                   false,
                   {960, 540},
                   "northern-ledger",
                   "2026-02-02"}),
    [](const testing::TestParamInfo<GoldenCase>& info) {
        std::string name = info.param.file;
        name = name.substr(0, name.find('.'));
        for (char& ch : name)
            if (ch == '-') ch = '_';
        return name;
    });

TEST(BasemapRender, Renders4KFrame) {
    app::RenderRequest r;
    r.view.basemap = geo::BasemapScale::k110m;
    r.size = {3840, 2160};
    const auto image = render_image(r);
    ASSERT_EQ(image.width, 3840);
    ASSERT_EQ(image.height, 2160);
    // A real map, not a cleared screen: background, ocean, land and line colours all appear.
    std::set<uint32_t> colours;
    for (size_t i = 0; i < image.pixels.size(); i += 4 * 97) {
        colours.insert(uint32_t(image.pixels[i]) << 16 | uint32_t(image.pixels[i + 1]) << 8 |
                       image.pixels[i + 2]);
    }
    EXPECT_GT(colours.size(), 20u);
}

TEST(BasemapRender, OversizedFrameIsAClearError) {
    app::RenderRequest r;
    r.view.basemap = geo::BasemapScale::k110m;
    r.size = {100000, 100};
    auto image = app::render_frame(r);
    ASSERT_FALSE(image.ok());
    EXPECT_NE(image.error().text().find("100000x100"), std::string::npos) << image.error().text();
}

TEST(BriefingRender, FlowLabelsAddNamesOnlyWhenAsked) {
    app::RenderRequest r;
    r.view.briefing = SUPPLYLINE_ASSET_DIR "/briefings/eurasia-2024/briefing.toml";
    r.view.basemap = geo::BasemapScale::k110m;
    r.size = {960, 540};
    r.time = "2024-06-19";
    const auto plain = render_image(r), again = render_image(r);
    r.view.look.flow_labels = true;
    const auto labelled = render_image(r);
    ASSERT_EQ(plain.pixels.size(), labelled.pixels.size());
    auto differing = [](const test_support::Rgba8Image& a, const test_support::Rgba8Image& b) {
        size_t n = 0;
        for (size_t i = 0; i < a.pixels.size(); i += 4)
            n += a.pixels[i] != b.pixels[i] || a.pixels[i + 1] != b.pixels[i + 1] ||
                 a.pixels[i + 2] != b.pixels[i + 2];
        return n;
    };
    EXPECT_EQ(differing(plain, again), 0u) << "the same request must give the same pixels";
    EXPECT_GT(differing(plain, labelled), 400u) << "no flow names were drawn";
}
