// The map renderer draws what its Frame says and nothing else: the same Frame gives the same
// pixels whatever was drawn before (no view state hides in the renderer), and animating uploads
// only the per-flow state, never geometry. Drawn headless (EGL) with the shipped briefing.
#include "geo/basemap.hpp"
#include "geo/briefing.hpp"
#include "geo/briefing_scene.hpp"
#include "geo/map_scene.hpp"
#include "render/flow_layer.hpp"
#include "render/headless_context.hpp"
#include "render/map_renderer.hpp"
#include "render/offscreen_target.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include <cstdio>

#include <fstream>
#include <iterator>

namespace {

std::vector<uint8_t> label_font() {
    std::ifstream in(SUPPLYLINE_ASSET_DIR "/fonts/Inter-Regular.otf", std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

// A GL context, the shipped briefing's scene on the 1:110m basemap and a renderer for it.
struct Fixture {
    std::unique_ptr<render::HeadlessContext> context;
    std::shared_ptr<const geo::MapScene> scene;
    std::unique_ptr<render::MapRenderer> renderer;
    std::unique_ptr<render::OffscreenTarget> target;
    std::string error;

    Fixture() { error = setup(); }
    std::string setup() {
        auto c = render::HeadlessContext::create();
        if (!c) return c.error().text();
        context = std::move(*c);
        auto load = geo::load_briefing(SUPPLYLINE_ASSET_DIR "/briefings/eurasia-2024/briefing.toml");
        if (!load.briefing) return std::string("briefing did not load");
        auto basemap = geo::load_basemap(geo::basemap_file(SUPPLYLINE_ASSET_DIR, geo::BasemapScale::k110m));
        auto projection = geo::Projection::create(geo::kDefaultProjection);
        auto built = geo::build_map_scene(
            *basemap, std::make_shared<const geo::Briefing>(std::move(*load.briefing)), {}, *projection);
        if (!built) return built.error().text();
        scene = std::make_shared<const geo::MapScene>(std::move(*built));
        auto r = render::MapRenderer::create(label_font());
        if (!r) return r.error().text();
        renderer = std::move(*r);
        if (auto shown = renderer->set_scene(scene); !shown) return shown.error().text();
        auto t = render::OffscreenTarget::create(480, 270, 1);
        if (!t) return t.error().text();
        target = std::move(*t);
        return "";
    }

    render::Frame frame(const char* date) const {
        render::Frame f;
        f.camera.viewport_width = 480;
        f.camera.viewport_height = 270;
        f.camera.fit(scene->home());
        f.t = *geo::parse_day(date);
        f.pixel_scale = 0.5f;
        return f;
    }

    std::vector<uint8_t> draw(render::Frame f) {
        renderer->evaluate(f);
        renderer->draw(f, {target->framebuffer(), 0, 0, target->samples()});
        return target->read_rgba();
    }
};

size_t differing_pixels(const std::vector<uint8_t>& a, const std::vector<uint8_t>& b) {
    size_t n = 0;
    for (size_t i = 0; i + 3 < a.size() && i + 3 < b.size(); i += 4)
        n += a[i] != b[i] || a[i + 1] != b[i + 1] || a[i + 2] != b[i + 2];
    return n;
}

} // namespace

TEST(MapRenderer, TheFrameAloneDecidesThePicture) {
    Fixture fx;
    ASSERT_TRUE(fx.error.empty()) << fx.error;
    render::Frame slide = fx.frame("2024-06-19");
    const geo::Slide& s = fx.scene->briefing->slides[2];
    render::show_slide(geo::slide_look(s, *fx.scene->briefing), slide);
    slide.camera.fit(fx.scene->slide_views[2], 0.0);
    render::Frame light = fx.frame("2024-03-01");
    light.look.theme = &render::light_theme();
    light.look.flow_labels = true;

    const auto first = fx.draw(slide);
    const auto other = fx.draw(light);
    const auto again = fx.draw(slide);
    EXPECT_GT(differing_pixels(first, other), 10000u) << "two different frames drew the same picture";
    EXPECT_EQ(differing_pixels(first, again), 0u) << "the previous frame changed what this frame shows";
}

TEST(MapRenderer, SpotlightAndSwitchesShowInTheFlowStates) {
    Fixture fx;
    ASSERT_TRUE(fx.error.empty()) << fx.error;
    const geo::Briefing& b = *fx.scene->briefing;
    render::Frame f = fx.frame("2024-06-19");
    fx.renderer->evaluate(f);
    ASSERT_EQ(f.flow_states.size(), b.flows.size());
    size_t moving = 0;
    for (const geo::FlowState& s : f.flow_states)
        moving += s.intensity * s.opacity > 0;
    ASSERT_GT(moving, 3u);
    // Munitions off: no munitions flow moves; the others are as before.
    render::Frame off = f;
    off.visibility = geo::Visibility::all(b);
    off.visibility.categories[size_t(geo::FlowCategory::Munitions)] = false;
    fx.renderer->evaluate(off);
    for (size_t i = 0; i < b.flows.size(); ++i) {
        if (b.flows[i].category == geo::FlowCategory::Munitions)
            EXPECT_EQ(off.flow_states[i].opacity, 0.0f) << b.flows[i].id;
        else
            EXPECT_EQ(off.flow_states[i].opacity, f.flow_states[i].opacity) << b.flows[i].id;
    }
    // A spotlight on one flow dims every other one.
    size_t lit = 0;
    for (size_t i = 0; i < b.flows.size(); ++i)
        if (f.flow_states[i].opacity > 0) lit = i;
    render::Frame focus = f;
    focus.focus = {b.flows[lit].id};
    fx.renderer->evaluate(focus);
    EXPECT_EQ(focus.flow_states[lit].opacity, f.flow_states[lit].opacity);
    for (size_t i = 0; i < b.flows.size(); ++i) {
        if (i != lit && f.flow_states[i].opacity > 0) {
            EXPECT_LT(focus.flow_states[i].opacity, f.flow_states[i].opacity) << b.flows[i].id;
        }
    }
}

TEST(MapRenderer, AnimatingUploadsNoGeometry) {
    Fixture fx;
    ASSERT_TRUE(fx.error.empty()) << fx.error;
    const size_t flows = fx.scene->briefing->flows.size();
    render::Frame f = fx.frame("2024-06-19");
    fx.draw(f);
    const render::UploadStats before = render::upload_stats();
    for (int frame = 1; frame <= 10; ++frame) {
        f.t += 3.0;
        f.anim_seconds = frame / 60.0;
        fx.renderer->evaluate(f);
        fx.renderer->draw(f, {fx.target->framebuffer(), 0, 0, fx.target->samples()});
    }
    const render::UploadStats after = render::upload_stats();
    EXPECT_EQ(after.calls, before.calls) << "an animation frame created a geometry buffer";
    EXPECT_EQ(after.bytes, before.bytes);
    EXPECT_EQ(after.state_calls - before.state_calls, 10u);
    EXPECT_EQ(after.state_bytes - before.state_bytes, 10 * flows * sizeof(geo::FlowState));
    // Draw commands: at most one run of live flows per flow, for segments and for arrows.
    EXPECT_LE(after.command_bytes - before.command_bytes,
              10 * 2 * flows * sizeof(render::DrawArraysIndirectCommand));
}

// A frame submits the segments of the flows alive at its date and no others (the time index):
// exactly the live flows' segments, far fewer than all when few flows move.
TEST(FlowLayer, SubmitsOnlyTheLiveFlowsSegments) {
    auto c = render::HeadlessContext::create();
    ASSERT_TRUE(c) << c.error().text();
    auto load = geo::load_briefing(SUPPLYLINE_ASSET_DIR "/briefings/eurasia-2024/briefing.toml");
    ASSERT_TRUE(load.briefing);
    auto projection = geo::Projection::create(geo::kDefaultProjection);
    const geo::BriefingScene scene = geo::build_briefing_scene(*load.briefing, *projection, {0, 0});
    auto layer = render::FlowLayer::create(*load.briefing, scene.flows);
    ASSERT_TRUE(layer) << layer.error().text();
    const std::vector<double> peaks = geo::unit_peaks(*load.briefing);
    std::vector<geo::FlowState> states;
    for (const char* date : {"2023-06-02", "2023-10-15", "2024-06-19"}) {
        geo::evaluate_flows(*load.briefing, peaks, *geo::parse_day(date), states);
        (*layer)->update(states);
        size_t live = 0, live_flows = 0;
        for (size_t f = 0; f < states.size(); ++f)
            if (states[f].intensity * states[f].opacity > 0) live += scene.flows.count[f], ++live_flows;
        std::printf("%s: %zu live flows, %zu of %zu segments submitted\n", date, live_flows,
                    (*layer)->submitted_segments(), (*layer)->segment_count());
        EXPECT_EQ((*layer)->submitted_segments(), live) << date;
        EXPECT_LT((*layer)->submitted_segments(), (*layer)->segment_count()) << date;
        // What a frame does: evaluate and submit only the time index's candidates, same draw.
        const geo::FlowTimeIndex index(*load.briefing);
        std::vector<geo::FlowState> indexed;
        geo::evaluate_flows(*load.briefing, peaks, index, *geo::parse_day(date), indexed);
        (*layer)->update(indexed, index.candidates(*geo::parse_day(date)));
        EXPECT_EQ((*layer)->submitted_segments(), live) << date << " (candidates only)";
    }
}

// Extra layers follow the playback mode like flows do: a feature that ended before the date is gone
// at the date ("active at date") but stays on the map for "everything up to date".
TEST(MapRenderer, LayerFeaturesFollowThePlaybackMode) {
    auto c = render::HeadlessContext::create();
    ASSERT_TRUE(c) << c.error().text();
    auto load = geo::load_briefing(SUPPLYLINE_ASSET_DIR "/briefings/eurasia-2024/briefing.toml");
    ASSERT_TRUE(load.briefing);
    geo::Briefing b = *load.briefing;
    geo::Layer layer;
    layer.id = "ended";
    layer.color = "#ff00ff";
    layer.width = 4;
    b.layers.push_back(layer);
    std::vector<geo::LayerFeatures> layers(1);
    layers[0].lines.push_back({{70, 62}, {90, 64}, {110, 62}});
    layers[0].line_feature.push_back(0);
    layers[0].fids.push_back(1);
    layers[0].from.push_back(*geo::parse_day("2024-01-01"));
    layers[0].to.push_back(*geo::parse_day("2024-02-01") + 0.999);
    auto basemap = geo::load_basemap(geo::basemap_file(SUPPLYLINE_ASSET_DIR, geo::BasemapScale::k110m));
    auto projection = geo::Projection::create(geo::kDefaultProjection);
    auto built =
        geo::build_map_scene(*basemap, std::make_shared<const geo::Briefing>(b), layers, *projection);
    ASSERT_TRUE(built) << built.error().text();
    auto scene = std::make_shared<const geo::MapScene>(std::move(*built));
    auto renderer = render::MapRenderer::create(label_font());
    ASSERT_TRUE(renderer);
    ASSERT_TRUE((*renderer)->set_scene(scene).ok());
    auto target = render::OffscreenTarget::create(480, 270, 1);
    ASSERT_TRUE(target);
    auto draw = [&](double since) {
        render::Frame f;
        f.camera.viewport_width = 480;
        f.camera.viewport_height = 270;
        f.camera.fit(scene->home());
        f.t = *geo::parse_day("2024-03-01");
        f.shown_from = since;
        f.pixel_scale = 0.5f;
        (*renderer)->evaluate(f);
        (*renderer)->draw(f, {(*target)->framebuffer(), 0, 0, (*target)->samples()});
        std::vector<uint8_t> rgba = (*target)->read_rgba();
        size_t magenta = 0;
        for (size_t i = 0; i + 3 < rgba.size(); i += 4)
            magenta += rgba[i] > 200 && rgba[i + 1] < 90 && rgba[i + 2] > 200;
        return magenta;
    };
    const size_t active = draw(*geo::parse_day("2024-03-01"));
    const size_t window_30 = draw(*geo::parse_day("2024-01-31"));
    const size_t cumulative = draw(b.info.start);
    std::printf("magenta pixels: active %zu, 30-day window %zu, everything up to date %zu\n", active,
                window_30, cumulative);
    EXPECT_EQ(active, 0u) << "a feature that ended in February is drawn on 1 March";
    EXPECT_GT(cumulative, 50u) << "everything up to date leaves out a feature that ended earlier";
    EXPECT_GT(window_30, 50u) << "a 30-day window from 31 January misses a feature alive until 1 February";
}

namespace {

// WCAG 2 relative luminance and contrast ratio of two opaque sRGB colours.
double luminance(render::Rgba c) {
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}
double contrast(render::Rgba a, render::Rgba b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
// `top` (with its alpha) over opaque `under`.
render::Rgba over(render::Rgba top, render::Rgba under) {
    return {top.a * top.r + (1 - top.a) * under.r, top.a * top.g + (1 - top.a) * under.g,
            top.a * top.b + (1 - top.a) * under.b, 1.0f};
}

} // namespace

// Every label reads at 4.5:1 or better on its halo, whatever it sits on (land, sea, or a theater's
// tint at its strongest), in both themes: place names and titles, and each theater kind's name
// (issue 17: pale pink and yellow on cream were nearly invisible in the light theme).
TEST(LabelContrast, AtLeastFourAndAHalfToOneOnTheHaloInBothThemes) {
    for (const render::Theme* theme : {&render::dark_theme(), &render::light_theme()}) {
        std::vector<render::Rgba> grounds{theme->land, theme->ocean, theme->background};
        for (render::Rgba tint : render::theater_palette()) {
            tint.a = 0.24f * 1.45f; // the strongest tint: an escalating theater at the top of its pulse
            grounds.push_back(over(tint, theme->land));
        }
        for (const render::Rgba& ground : grounds) {
            const render::Rgba halo = over(theme->label_halo, ground);
            EXPECT_GE(contrast(theme->label, halo), 4.5) << theme->name;
            for (size_t kind = 0; kind < render::theater_palette().size(); ++kind)
                EXPECT_GE(contrast(render::theater_label_colour(kind, *theme), halo), 4.5)
                    << theme->name << " theater kind " << kind;
        }
    }
}
