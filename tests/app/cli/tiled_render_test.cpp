// Frames drawn in tiles (sizes above the GL limit) look exactly like frames drawn in one piece, and
// big stills come out whole: the same `render_frame` that `supplyline render` runs.
#include "app/cli/render_command.hpp"
#include "app/export/png_file.hpp"
#include "app/map/headless_map.hpp"
#include "render/frame_tiles.hpp"
#include "render/offscreen_target.hpp"
#include "support/image_diff.hpp"
#include "support/shipped_map.hpp"

#include "support/status.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>

namespace {

app::RenderRequest briefing_request(app::Size size) {
    app::RenderRequest r;
    r.view.briefing = SUPPLYLINE_ASSET_DIR "/briefings/eurasia-2024/briefing.toml";
    r.view.basemap = geo::BasemapScale::k110m;
    r.view.basemap_set = true;
    r.size = size;
    r.time = "2024-06-19"; // flows, labels, event rings, theaters, title, date stamp, legend all show
    return r;
}

test_support::Rgba8Image to_image(const base::Result<app::Image>& image) {
    if (!image.ok()) return {};
    return {image.value().width, image.value().height, image.value().rgba};
}

} // namespace

TEST(FrameTiles, CoverTheFrameOnceWithEvenSizes) {
    const auto tiles = render::split_frame(1000, 300, 256);
    ASSERT_EQ(tiles.size(), 4u * 2u);
    long area = 0;
    for (const auto& t : tiles) {
        EXPECT_LE(t.width, 256);
        EXPECT_GE(t.width, 249);
        EXPECT_EQ(t.height, 150);
        area += long(t.width) * t.height;
    }
    EXPECT_EQ(area, 1000L * 300);
    EXPECT_EQ(tiles.back().x + tiles.back().width, 1000);
    EXPECT_EQ(tiles.back().y + tiles.back().height, 300);
    EXPECT_EQ(render::split_frame(640, 360, 4096).size(), 1u);
}

TEST(TiledRender, MatchesTheUntiledFrame) {
    app::RenderRequest r = briefing_request({640, 360});
    r.slide = "3"; // a slide: its title, focus (dimming) and a zoomed camera
    const auto whole = to_image(app::render_frame(r));
    ASSERT_EQ(whole.width, 640);
    r.max_tile = 150; // 5 x 3 uneven tiles: edges cut through lines, labels, title and legend
    const auto tiled = to_image(app::render_frame(r));
    ASSERT_EQ(tiled.width, 640);
    ASSERT_EQ(tiled.height, 360);
    const auto diff = test_support::compare(tiled, whole, 8);
    EXPECT_LT(diff.differing_fraction, 0.0005) << "max channel difference " << diff.max_channel_difference;
}

TEST(TiledRender, ScaleThickensLinesAndText) {
    app::RenderRequest r = briefing_request({640, 360});
    const auto normal = to_image(app::render_frame(r));
    r.scale = 2;
    const auto scaled = to_image(app::render_frame(r));
    ASSERT_EQ(scaled.width, 640);
    const auto diff = test_support::compare(scaled, normal, 24);
    EXPECT_GT(diff.differing_fraction, 0.02); // visibly different, not a no-op
}

TEST(TiledRender, FourKStillWithBriefingIsWholeAndNotBlank) {
    auto image = app::render_frame(briefing_request({3840, 2160}));
    ASSERT_TRUE(image.ok()) << image.error().text();
    const std::filesystem::path png = testing::TempDir() + "/still_4k.png";
    ASSERT_EQ(test_support::failure(app::write_png_atomic(png, image->width, image->height, image->rgba)),
              "");
    test_support::Rgba8Image loaded;
    ASSERT_TRUE(test_support::load_png(png.string(), loaded));
    EXPECT_EQ(loaded.width, 3840);
    EXPECT_EQ(loaded.height, 2160);
    // Not blank anywhere: every quarter of the frame holds many colours (map, flows, text).
    for (int qy = 0; qy < 2; ++qy) {
        for (int qx = 0; qx < 2; ++qx) {
            std::set<uint32_t> colours;
            for (int y = qy * 1080; y < (qy + 1) * 1080; y += 7)
                for (int x = qx * 1920; x < (qx + 1) * 1920; x += 7) {
                    const uint8_t* p = &loaded.pixels[(size_t(y) * 3840 + x) * 4];
                    colours.insert(uint32_t(p[0]) << 16 | uint32_t(p[1]) << 8 | p[2]);
                }
            EXPECT_GT(colours.size(), 30u) << "quarter " << qx << "," << qy;
        }
    }
    std::filesystem::remove(png);
}

// The picture is drawn with a margin (a wider viewport), so float rounding may move a channel by a
// level or two; nothing a viewer could see.
constexpr int kSameLook = 3;

TEST(BasemapCache, FramesWithACachedBasemapMatchDrawnOnes) {
    auto map = app::HeadlessMap::open(test_support::shipped_view("eurasia-2024"));
    ASSERT_TRUE(map.ok()) << map.error().text();
    auto direct = render::OffscreenTarget::create(480, 270, 4);
    auto cached = render::OffscreenTarget::create(480, 270, 4);
    ASSERT_TRUE(direct && cached);
    render::Camera camera;
    camera.viewport_width = 480;
    camera.viewport_height = 270;
    camera.fit((*map)->home_view());
    // Three frames at one camera: the first draws, the second fills the cache, the third copies it.
    for (int k = 0; k < 3; ++k) {
        const double t = 19893 + k * 3.0; // the flows change between frames, the basemap does not
        render::Frame frame = (*map)->frame(camera, t, k / 30.0, 0.5f);
        (*map)->renderer().evaluate(frame);
        (*map)->renderer().draw(frame, {(*direct)->framebuffer(), 0, 0, (*direct)->samples()});
        (*map)->renderer().draw(frame, {(*cached)->framebuffer(), 0, 0, (*cached)->samples(), nullptr, true});
        const auto diff = test_support::compare({480, 270, (*cached)->read_rgba()},
                                                {480, 270, (*direct)->read_rgba()}, kSameLook);
        EXPECT_LE(diff.max_channel_difference, kSameLook) << "frame " << k;
    }
}

namespace {

struct CacheRig {
    std::unique_ptr<app::HeadlessMap> map;
    std::unique_ptr<render::OffscreenTarget> direct, cached;
    render::Camera camera;
    explicit CacheRig(int samples) {
        app::ViewOptions view;
        view.briefing = SUPPLYLINE_ASSET_DIR "/briefings/eurasia-2024/briefing.toml";
        view.basemap = geo::BasemapScale::k110m;
        view.basemap_set = true;
        auto opened = app::HeadlessMap::open(view);
        if (!opened) return;
        map = std::move(*opened);
        auto d = render::OffscreenTarget::create(480, 270, samples);
        auto c = render::OffscreenTarget::create(480, 270, samples);
        if (!d || !c) return;
        direct = std::move(*d), cached = std::move(*c);
        camera.viewport_width = 480;
        camera.viewport_height = 270;
        camera.fit(map->home_view());
    }
    // Draws one frame both ways; returns how the cached one got its static picture.
    render::StaticPicture draw(bool approximate) { return draw(approximate ? 0.0f : -1.0f); }
    render::StaticPicture draw(float approximate_above_ms) {
        render::Frame frame = map->frame(camera, 19893, 0, 0.5f);
        map->renderer().evaluate(frame);
        map->renderer().draw(frame, {direct->framebuffer(), 0, 0, direct->samples()});
        map->renderer().draw(
            frame, {cached->framebuffer(), 0, 0, cached->samples(), nullptr, true, approximate_above_ms});
        return map->renderer().last_static_picture();
    }
    test_support::DiffResult difference() const {
        return test_support::compare({480, 270, cached->read_rgba()}, {480, 270, direct->read_rgba()}, 24);
    }
};

} // namespace

// The window's rule (approximate while moving when the picture takes over 8 ms; a margin kept).
constexpr float kWindow = 8.0f;

// Panning by whole pixels reuses the picture drawn with a margin, shifted, with the pixels of
// drawing the view afresh (what export and the window show at rest).
TEST(BasemapCache, WholePixelPansReuseThePictureWithTheSamePixels) {
    CacheRig rig(4);
    ASSERT_TRUE(rig.direct) << "no map or target";
    EXPECT_EQ(rig.draw(kWindow), render::StaticPicture::Drawn);  // the first frame draws the picture
    EXPECT_EQ(rig.draw(kWindow), render::StaticPicture::Cached); // still: copied
    for (auto [dx, dy] : {std::pair{5, 0}, {-12, 7}, {30, -20}}) {
        rig.camera.pan_pixels(dx, dy);
        EXPECT_EQ(rig.draw(kWindow), render::StaticPicture::Shifted) << dx << "," << dy;
        const auto diff = rig.difference();
        EXPECT_LE(diff.max_channel_difference, kSameLook) << dx << "," << dy;
    }
    // Beyond the margin (a quarter of 270 px) the picture is drawn again for the new view.
    rig.camera.pan_pixels(200, 0);
    EXPECT_EQ(rig.draw(kWindow), render::StaticPicture::Drawn);
    EXPECT_LE(rig.difference().max_channel_difference, kSameLook);
}

// The window, while the camera moves, reuses the picture for fractional pans and zooms, and draws
// it exactly once the camera stops; an exact target (export) never approximates.
TEST(BasemapCache, MovingFramesApproximateUntilTheCameraStops) {
    CacheRig rig(1);
    ASSERT_TRUE(rig.direct) << "no map or target";
    rig.draw(true);
    rig.camera.pan_pixels(3.4, -1.7);
    EXPECT_EQ(rig.draw(true), render::StaticPicture::Approximated);
    EXPECT_LT(rig.difference().differing_fraction, 0.08);    // a pixel off at most, on edges
    EXPECT_EQ(rig.draw(true), render::StaticPicture::Drawn); // stopped: drawn exactly
    EXPECT_LE(rig.difference().max_channel_difference, kSameLook);
    rig.camera.zoom_at(240, 135, 1.25);
    EXPECT_EQ(rig.draw(true), render::StaticPicture::Approximated);
    EXPECT_LT(rig.difference().differing_fraction, 0.25); // scaled: soft, but the same map
    EXPECT_EQ(rig.draw(true), render::StaticPicture::Drawn);
    EXPECT_LE(rig.difference().max_channel_difference, kSameLook);
    rig.camera.zoom_at(240, 135, 1.25);
    EXPECT_EQ(rig.draw(false), render::StaticPicture::Drawn); // exact target: drawn while moving
}

// The window approximates only when drawing the picture is slow (its GPU time, from a timer query):
// a picture that draws in less than the threshold keeps every moving frame exact.
TEST(BasemapCache, OnlyASlowPictureIsApproximated) {
    CacheRig rig(1);
    ASSERT_TRUE(rig.direct) << "no map or target";
    rig.draw(1e6f); // draws the picture and times it
    glFinish();     // the timer has answered by the next frame
    rig.camera.pan_pixels(3.4, -1.7);
    EXPECT_EQ(rig.draw(1e6f), render::StaticPicture::Drawn) << "faster than 1e6 ms: exact";
    rig.draw(1e6f);
    glFinish();
    rig.camera.pan_pixels(3.4, -1.7);
    EXPECT_EQ(rig.draw(1e-6f), render::StaticPicture::Approximated) << "slower than 1 ns: approximated";
}
