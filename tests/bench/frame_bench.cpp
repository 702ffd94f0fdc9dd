// Per-frame cost of the renderer: evaluate flows at t, upload per-flow state, issue the draws (no
// glFinish per frame). On a GPU this is the CPU work of a frame (issue 5 target: <= 1 ms for 10,000
// flows, independent of basemap size, which is a fixed handful of draw calls). On Mesa llvmpipe the
// vertex work of each draw runs inside the call on this thread, so there it measures the whole
// software-rendered frame; BM_EvaluateFlowsPerFrame (briefing_bench) isolates our own CPU part.
#include "geo/basemap_scene.hpp"
#include "geo/briefing_scene.hpp"
#include "geo/flow_geometry.hpp"
#include "render/basemap_layer.hpp"
#include "render/flow_layer.hpp"
#include "render/headless_context.hpp"
#include "render/offscreen_target.hpp"
#include "synthetic_briefing.hpp"
#include "trips.hpp"

#include <benchmark/benchmark.h>

#include <cmath>
#include <map>

namespace {

struct Gl {
    std::unique_ptr<render::HeadlessContext> context;
    std::unique_ptr<render::OffscreenTarget> target;
    Gl() {
        auto c = render::HeadlessContext::create();
        if (!c) return;
        context = std::move(c.value());
        auto t = render::OffscreenTarget::create(1920, 1080, 1);
        if (!t) return;
        target = std::move(*t);
        target->bind();
    }
};

Gl& gl() {
    static Gl instance;
    return instance;
}

render::Camera camera_for(const geo::Bounds& b) {
    render::Camera camera;
    camera.viewport_width = 1920;
    camera.viewport_height = 1080;
    camera.fit(b);
    return camera;
}

void BM_FlowFrameCpu(benchmark::State& state) {
    if (!gl().target) return state.SkipWithError("no EGL context");
    const auto load = geo::parse_briefing(bench::synthetic_briefing(int(state.range(0))), "synthetic.toml");
    auto projection = geo::Projection::create(geo::kDefaultProjection);
    const geo::BriefingScene scene = geo::build_briefing_scene(*load.briefing, *projection, {0, 0});
    auto made = render::FlowLayer::create(*load.briefing, scene.flows);
    if (!made) return state.SkipWithError(made.error().text().c_str());
    auto& layer = *made;
    const render::Camera camera = camera_for({-6e6, -3e6, 6e6, 4e6});
    std::vector<geo::FlowState> states;
    const std::vector<double> peaks = geo::unit_peaks(*load.briefing); // once per briefing
    double t = *geo::parse_day("2024-03-01");
    for (auto _ : state) {
        geo::evaluate_flows(*load.briefing, peaks, t, states);
        layer->update(states);
        layer->draw(camera, 1.0f, t);
        t += 0.05;
    }
    glFinish();
    state.counters["segments"] = double(layer->segment_count());
}

// A basemap scale made ready to draw: its layer, the programs and a 1080p camera on its home view.
struct BasemapRig {
    std::unique_ptr<render::MapPrograms> programs;
    std::unique_ptr<render::BasemapLayer> layer;
    render::Camera camera;
    explicit BasemapRig(geo::BasemapScale scale) {
        auto basemap = geo::load_basemap(geo::basemap_file(SUPPLYLINE_ASSET_DIR, scale));
        auto projection = geo::Projection::create(geo::kDefaultProjection);
        auto scene = geo::build_basemap_scene(*basemap, *projection);
        auto made = render::MapPrograms::create();
        if (!made || !scene) return;
        programs = std::move(*made);
        layer = std::make_unique<render::BasemapLayer>(*scene);
        camera = camera_for(scene->home);
    }
};

void BM_BasemapFrameCpu(benchmark::State& state) {
    if (!gl().target) return state.SkipWithError("no EGL context");
    const auto scale = state.range(0) == 0 ? geo::BasemapScale::k110m : geo::BasemapScale::k10m;
    const BasemapRig rig(scale);
    if (!rig.layer) return state.SkipWithError("no basemap or programs");
    for (auto _ : state)
        rig.layer->draw(*rig.programs, rig.camera, render::dark_theme(), 1.0f);
    glFinish();
    state.SetLabel(scale == geo::BasemapScale::k110m ? "1:110m" : "1:10m");
}

// The basemap drawn while the camera moves (no cached picture can help): a 1080p frame of the
// whole static layer at each scale, panning 7.5 px a frame, finished each time (issue 16: panning
// over 1:10m at 1080p >= 30 fps).
void BM_BasemapMovingFrame(benchmark::State& state) {
    if (!gl().target) return state.SkipWithError("no EGL context");
    const geo::BasemapScale scale = geo::BasemapScale(state.range(0));
    const BasemapRig rig(scale);
    if (!rig.layer) return state.SkipWithError("no basemap or programs");
    render::Camera camera = rig.camera;
    double a = 0;
    for (auto _ : state) {
        render::begin_map_pass(camera, render::dark_theme());
        rig.layer->draw(*rig.programs, camera, render::dark_theme(), 1.0f);
        glFinish();
        camera.pan_pixels(-7.5 * std::sin(a), 7.5 * std::cos(a));
        a += 0.05;
    }
    state.SetLabel(std::string(geo::to_string(scale)));
}

// Issue 16's BM_FrameCpu: our side of one frame of N trips (the limit probe's layout): evaluate
// every flow at t, turn the states into runs of live flows and upload states and draw commands.
// No draw: on llvmpipe a draw call runs the vertex work inline, which is the rasterizer's time.
void BM_FrameCpu(benchmark::State& state) {
    if (!gl().target) return state.SkipWithError("no EGL context");
    static std::map<int, std::pair<geo::Briefing, geo::BriefingScene>> built; // once per size
    auto& [briefing, scene] = built.try_emplace(int(state.range(0))).first->second;
    if (briefing.flows.empty()) {
        briefing = bench::trips_briefing(int(state.range(0)));
        auto projection = geo::Projection::create(geo::kDefaultProjection);
        scene = geo::build_briefing_scene(briefing, *projection, {0, 0});
    }
    auto made = render::FlowLayer::create(briefing, scene.flows);
    if (!made) return state.SkipWithError(made.error().text().c_str());
    auto& layer = *made;
    const std::vector<double> peaks = geo::unit_peaks(briefing);
    const geo::FlowTimeIndex index(briefing); // once per briefing, as the renderer keeps it
    std::vector<geo::FlowState> states;
    size_t frame = 0;
    for (auto _ : state) { // days 300..400 of the span, as the probe's 300..350
        const double t = briefing.info.start + 300 + std::fmod(double(frame++) * 0.05, 100.0);
        geo::evaluate_flows(briefing, peaks, index, t, states);
        layer->update(states, index.candidates(t));
    }
    glFinish();
    state.counters["segments"] = double(layer->segment_count());
    state.counters["submitted"] = double(layer->submitted_segments());
}

// The whole flow pass of N trips at 1280x720 (drawn and finished), the work the limit probe does.
void BM_TripsFlowFrame(benchmark::State& state) {
    if (!gl().target) return state.SkipWithError("no EGL context");
    const geo::Briefing briefing = bench::trips_briefing(int(state.range(0)));
    auto projection = geo::Projection::create(geo::kDefaultProjection);
    const geo::BriefingScene scene = geo::build_briefing_scene(briefing, *projection, {0, 0});
    auto made = render::FlowLayer::create(briefing, scene.flows);
    if (!made) return state.SkipWithError(made.error().text().c_str());
    auto& layer = *made;
    render::Camera camera;
    camera.viewport_width = 1280;
    camera.viewport_height = 720;
    camera.fit({-6e6, -3e6, 6e6, 4e6});
    glViewport(0, 0, 1280, 720);
    const std::vector<double> peaks = geo::unit_peaks(briefing);
    std::vector<geo::FlowState> states;
    size_t frame = 0;
    for (auto _ : state) {
        const double t = briefing.info.start + 300 + std::fmod(double(frame++) * 0.5, 100.0);
        glClear(GL_COLOR_BUFFER_BIT);
        geo::evaluate_flows(briefing, peaks, t, states);
        layer->update(states);
        layer->draw(camera, 720 / 1080.0f, t);
        glFinish();
    }
    state.counters["submitted"] = double(layer->submitted_segments());
}

} // namespace

BENCHMARK(BM_FrameCpu)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMicrosecond)->MinTime(0.5);
BENCHMARK(BM_TripsFlowFrame)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_FlowFrameCpu)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond)->MinTime(0.5);
BENCHMARK(BM_BasemapMovingFrame)->DenseRange(0, 2)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_BasemapFrameCpu)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond)->MinTime(0.5);
BENCHMARK_MAIN();
