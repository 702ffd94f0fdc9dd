// Benchmarks for the briefing loader: parse + validate a generated briefing with N flows
// (issue target: 10,000 flows under 1 s) and the shipped default briefing (`check` well under 100 ms).
#include "geo/briefing.hpp"
#include "geo/briefing_scene.hpp"
#include "geo/flow_geometry.hpp"
#include "synthetic_briefing.hpp"

#include <benchmark/benchmark.h>

#include <filesystem>

namespace {

void BM_ParseAndValidateFlows(benchmark::State& state) {
    const std::string text = bench::synthetic_briefing(int(state.range(0)));
    for (auto _ : state) {
        const auto load = geo::parse_briefing(text, "synthetic.toml");
        if (!load.briefing) state.SkipWithError("synthetic briefing did not load");
        benchmark::DoNotOptimize(load.briefing);
    }
    state.counters["bytes"] = double(text.size());
}

// Per-frame CPU work of the flow layer: evaluating every flow at t (the upload and the single
// instanced draw call are constant-size on the CPU side).
void BM_EvaluateFlowsPerFrame(benchmark::State& state) {
    const auto load = geo::parse_briefing(bench::synthetic_briefing(int(state.range(0))), "synthetic.toml");
    std::vector<geo::FlowState> states;
    const std::vector<double> peaks = geo::unit_peaks(*load.briefing); // once per briefing
    double t = *geo::parse_day("2024-03-01");
    for (auto _ : state) {
        geo::evaluate_flows(*load.briefing, peaks, t, states);
        t += 0.01;
        benchmark::DoNotOptimize(states.data());
    }
}

// Scene build (places, geodesic corridors, flow segments with lanes) for N synthetic flows.
void BM_BuildBriefingScene(benchmark::State& state) {
    const auto load = geo::parse_briefing(bench::synthetic_briefing(int(state.range(0))), "synthetic.toml");
    auto projection = geo::Projection::create(geo::kDefaultProjection);
    size_t segments = 0;
    for (auto _ : state) {
        const geo::BriefingScene scene = geo::build_briefing_scene(*load.briefing, *projection, {0, 0});
        segments = scene.flows.segments.size();
        benchmark::DoNotOptimize(scene.flows.segments.data());
    }
    state.counters["segments"] = double(segments);
}

void BM_BuildDefaultBriefingScene(benchmark::State& state) {
    const auto load = geo::load_briefing(SUPPLYLINE_ASSET_DIR "/briefings/eurasia-2024/briefing.toml");
    if (!load.briefing) {
        state.SkipWithError("default briefing missing");
        return;
    }
    auto projection = geo::Projection::create(geo::kDefaultProjection);
    for (auto _ : state)
        benchmark::DoNotOptimize(geo::build_briefing_scene(*load.briefing, *projection, {0, 0}));
}

void BM_LoadDefaultBriefing(benchmark::State& state) {
    const std::string path = SUPPLYLINE_ASSET_DIR "/briefings/eurasia-2024/briefing.toml";
    if (!std::filesystem::exists(path)) {
        state.SkipWithError("default briefing missing");
        return;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(geo::load_briefing(path));
}

} // namespace

BENCHMARK(BM_ParseAndValidateFlows)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EvaluateFlowsPerFrame)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_BuildBriefingScene)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BuildDefaultBriefingScene)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadDefaultBriefing)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
