// The flow layer animates without touching geometry: after the first frame, drawing at other
// times and animation phases uploads only the per-flow state (two floats per flow).
#include "app/briefing_source.hpp"
#include "app/headless_context.hpp"
#include "geo/briefing_scene.hpp"
#include "render/briefing_layer.hpp"
#include "render/offscreen_target.hpp"

#include <gtest/gtest.h>

TEST(FlowLayer, AnimatingUploadsNoGeometry) {
    auto context = app::HeadlessContext::create();
    ASSERT_TRUE(context.ok()) << context.error().text();
    auto load = geo::load_briefing(SUPPLYLINE_ASSET_DIR "/briefings/eurasia-2024/briefing.toml");
    ASSERT_TRUE(load.briefing);
    const geo::Briefing& briefing = *load.briefing;
    auto projection = geo::Projection::create(geo::kDefaultProjection);
    const geo::BriefingScene scene = geo::build_briefing_scene(briefing, *projection, {0, 0});
    ASSERT_GT(scene.flows.segments.size(), 100u);

    std::string error;
    auto programs = render::MapPrograms::create(error);
    auto target = render::OffscreenTarget::create(320, 180, 1, error);
    auto layer = render::BriefingLayer::create(briefing, scene, app::read_label_font(), error);
    ASSERT_TRUE(programs && target && layer) << error;
    render::Camera camera;
    camera.viewport_width = 320;
    camera.viewport_height = 180;
    camera.fit(scene.home);
    target->bind();

    const double t0 = *geo::parse_day("2024-06-19");
    layer->draw(*programs, camera, render::dark_theme(), 0.5f, t0, 0.0, nullptr);
    const render::UploadStats before = render::upload_stats();
    for (int frame = 1; frame <= 10; ++frame)
        layer->draw(*programs, camera, render::dark_theme(), 0.5f, t0 + frame * 3.0, frame / 60.0, nullptr);
    const render::UploadStats after = render::upload_stats();
    EXPECT_EQ(after.calls, before.calls) << "an animation frame created a geometry buffer";
    EXPECT_EQ(after.bytes, before.bytes);
    EXPECT_EQ(after.state_calls - before.state_calls, 10u);
    EXPECT_EQ(after.state_bytes - before.state_bytes, 10 * briefing.flows.size() * sizeof(geo::FlowState));
}
