// Extra layers drawn by `supplyline render`: the fixture's magenta rail layer shows between the
// basemap and the briefing, only the features that exist at the date shown, and not at all when
// the visibility mask turns the layer off.
#include "app/cli/render_command.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>

namespace {

// Pixels close to the layer's #ff00ff (nothing else in the dark theme is magenta).
size_t magenta_pixels(const app::Image& image) {
    size_t n = 0;
    for (size_t i = 0; i + 3 < image.rgba.size(); i += 4)
        n += image.rgba[i] > 200 && image.rgba[i + 1] < 90 && image.rgba[i + 2] > 200;
    return n;
}

app::Image render_at(const std::string& date, std::vector<bool> visible = {}) {
    app::RenderRequest request;
    request.view.briefing = SUPPLYLINE_TEST_FIXTURES "/briefings/with_layer/briefing.toml";
    request.view.basemap = geo::BasemapScale::k110m;
    request.size = {480, 270};
    request.time = date;
    request.layers_visible = std::move(visible);
    auto image = app::render_frame(request);
    EXPECT_TRUE(image.ok()) << (image.ok() ? "" : image.error().text());
    return image.ok() ? *image : app::Image{};
}

} // namespace

TEST(LayerOverlay, DrawsOnlyFeaturesAliveAtTheDateAndHonoursTheMask) {
    const size_t before_branch = magenta_pixels(render_at("2024-03-01"));
    const size_t with_branch = magenta_pixels(render_at("2024-08-01")); // the inland branch opened 2024-07-01
    const size_t hidden = magenta_pixels(render_at("2024-08-01", {false}));
    std::printf("magenta pixels: March %zu, August %zu, hidden %zu\n", before_branch, with_branch, hidden);
    EXPECT_GT(before_branch, 50u);
    EXPECT_GT(with_branch, before_branch + before_branch / 4)
        << "the branch opened in July is not drawn in August";
    EXPECT_EQ(hidden, 0u);
}

namespace {

// Pixels close to the munitions colour #E8602C.
size_t munitions_pixels(const app::Image& image) {
    size_t n = 0;
    for (size_t i = 0; i + 3 < image.rgba.size(); i += 4)
        n += std::abs(image.rgba[i] - 0xE8) < 40 && std::abs(image.rgba[i + 1] - 0x60) < 40 &&
             std::abs(image.rgba[i + 2] - 0x2C) < 40;
    return n;
}

} // namespace

// A CSV of shipments (as = "flows") animates as flows on the briefing's clock: drawn while its
// rows say goods move, gone after the last shipment.
TEST(MappedLayerRender, ShipmentRowsAnimateAsFlows) {
    auto render = [](const std::string& date) {
        app::RenderRequest request;
        request.view.briefing = SUPPLYLINE_TEST_FIXTURES "/briefings/mapped/briefing.toml";
        request.view.basemap = geo::BasemapScale::k110m;
        request.size = {1920, 1080};
        request.time = date;
        auto image = app::render_frame(request);
        EXPECT_TRUE(image.ok()) << (image.ok() ? "" : image.error().text());
        return image.ok() ? munitions_pixels(*image) : size_t(0);
    };
    const size_t february = render("2024-02-10"), june = render("2024-06-01");
    std::printf("munitions pixels: 10 February %zu, 1 June %zu\n", february, june);
    EXPECT_GT(february, 100u) << "the shipments layer's flow is not drawn";
    EXPECT_LT(june, february / 10) << "the flow is still drawn after its last shipment";
}
