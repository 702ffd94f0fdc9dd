// Video export throughput at 1080p on the default briefing, split into its stages: drawing a
// frame (draw calls plus glFinish, so the rasteriser's work counts here), reading it back (resolve
// and pixel-buffer copy), encoding (ffmpeg libx264 fed raw frames), and the whole pipelined export
// where those overlap (issue 7 target: >= 15 frames/s at 1080p). Arguments: MSAA samples.
#include "app/export/ffmpeg_process.hpp"
#include "app/export/video_export.hpp"
#include "app/map/headless_map.hpp"
#include "render/offscreen_target.hpp"
#include "render/pixel_readback.hpp"

#include <benchmark/benchmark.h>
#include <fmt/format.h>
#include <glad/gl.h>

#include <filesystem>
#include <unistd.h>

namespace {

constexpr int kWidth = 1920, kHeight = 1080;

app::ViewOptions default_view() {
    app::ViewOptions view;
    view.briefing = SUPPLYLINE_ASSET_DIR "/briefings/eurasia-2024/briefing.toml";
    return view;
}

// One map for the whole run (loading is not what is measured).
app::HeadlessMap* map() {
    static auto opened = app::HeadlessMap::open(default_view());
    return opened.ok() ? opened.value().get() : nullptr;
}

render::Camera camera() {
    render::Camera c;
    c.viewport_width = kWidth;
    c.viewport_height = kHeight;
    c.fit(map()->home_view());
    return c;
}

constexpr double kDay = 19893; // 2024-06-19: many flows, events and theaters

// One frame of `m` through the map renderer, as `render` and `export` draw it.
void draw(app::HeadlessMap& m, const render::OffscreenTarget& target, double t, double anim_seconds) {
    render::Frame frame = m.frame(camera(), t, anim_seconds, 1.0f);
    m.renderer().evaluate(frame);
    m.renderer().draw(frame, {target.framebuffer(), 0, 0, target.samples()});
}

std::unique_ptr<render::OffscreenTarget> offscreen(int samples) {
    auto made = render::OffscreenTarget::create(kWidth, kHeight, samples);
    return made ? std::move(*made) : nullptr;
}

void BM_RenderFrame(benchmark::State& state) {
    if (!map()) return state.SkipWithError("cannot open the map (no EGL?)");
    auto target = offscreen(int(state.range(0)));
    int k = 0;
    for (auto _ : state) {
        draw(*map(), *target, kDay + k * 0.1, k / 30.0);
        glFinish();
        ++k;
    }
    state.counters["frames/s"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}

// The basemap alone (no briefing): what a cached basemap would save per frame.
void BM_RenderBasemapOnly(benchmark::State& state) {
    if (!map()) return state.SkipWithError("cannot open the map (no EGL?)");
    app::ViewOptions view;
    static auto basemap = app::HeadlessMap::open(view);
    auto target = offscreen(int(state.range(0)));
    for (auto _ : state) {
        draw(**basemap, *target, 0, 0);
        glFinish();
    }
}

void BM_ReadbackFrame(benchmark::State& state) {
    if (!map()) return state.SkipWithError("cannot open the map (no EGL?)");
    auto target = offscreen(int(state.range(0)));
    draw(*map(), *target, kDay, 0);
    glFinish();
    render::PixelReadback readback(kWidth, kHeight, 1);
    std::vector<uint8_t> frame(readback.frame_bytes());
    for (auto _ : state) {
        readback.start(*target);
        readback.take(frame.data());
    }
    state.counters["frames/s"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}

void BM_EncodeFrame(benchmark::State& state) {
    if (!map()) return state.SkipWithError("cannot open the map (no EGL?)");
    auto ffmpeg_path = app::find_ffmpeg();
    if (!ffmpeg_path) return state.SkipWithError("no ffmpeg");
    // Eight real frames, cycled, so x264 sees motion like an export's.
    auto target = offscreen(4);
    std::vector<std::vector<uint8_t>> frames;
    for (int k = 0; k < 8; ++k) {
        draw(*map(), *target, kDay + k * 0.1, k / 30.0);
        frames.push_back(target->read_rgba());
    }
    const std::string out =
        std::filesystem::temp_directory_path() / fmt::format("export_bench_{}.mp4", getpid());
    auto ffmpeg =
        app::FfmpegProcess::start(*ffmpeg_path, {"-loglevel",  "error",
                                                 "-f",         "rawvideo",
                                                 "-pix_fmt",   "rgba",
                                                 "-s",         "1920x1080",
                                                 "-framerate", "30",
                                                 "-i",         "pipe:0",
                                                 "-vf",        "scale=out_color_matrix=bt709:out_range=tv",
                                                 "-c:v",       "libx264",
                                                 "-preset",    state.range(0) ? "veryfast" : "ultrafast",
                                                 "-crf",       "20",
                                                 "-pix_fmt",   "yuv420p",
                                                 "-f",         "mp4",
                                                 "-y",         out});
    if (!ffmpeg) return state.SkipWithError(ffmpeg.error().message.c_str());
    size_t k = 0;
    for (auto _ : state)
        (*ffmpeg)->write(frames[k++ % frames.size()].data(), frames[0].size());
    (*ffmpeg)->finish(); // the encoder's tail counts too
    std::filesystem::remove(out);
    state.SetLabel(state.range(0) ? "veryfast" : "ultrafast");
    state.counters["frames/s"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}

void BM_ExportVideo(benchmark::State& state) {
    app::ExportRequest r;
    r.view = default_view();
    r.size = {kWidth, kHeight};
    r.output = std::filesystem::temp_directory_path() / fmt::format("export_bench_{}.mp4", getpid());
    r.from = "2024-06-01";
    r.to = "2024-06-05";
    r.days_per_second = 2; // 60 frames at 30 fps
    app::ExportStats stats;
    for (auto _ : state) {
        const std::atomic<bool> cancel{false};
        auto result = app::run_export(r, {}, cancel);
        if (!result) return state.SkipWithError(result.error().message.c_str());
        stats = *result;
    }
    std::filesystem::remove(r.output);
    const double frames = stats.frames, pipelined = stats.seconds - stats.load_seconds;
    state.counters["frames/s"] = frames / pipelined;
    state.counters["render_ms"] = stats.render_seconds / frames * 1000;
    state.counters["readback_ms"] = stats.readback_seconds / frames * 1000;
    state.counters["encode_ms"] = stats.encode_seconds / frames * 1000;
    state.counters["load_s"] = stats.load_seconds;
}

} // namespace

BENCHMARK(BM_RenderFrame)->Arg(1)->Arg(4)->Unit(benchmark::kMillisecond)->MinTime(2)->UseRealTime();
BENCHMARK(BM_RenderBasemapOnly)->Arg(1)->Arg(4)->Unit(benchmark::kMillisecond)->MinTime(2)->UseRealTime();
BENCHMARK(BM_ReadbackFrame)->Arg(1)->Arg(4)->Unit(benchmark::kMillisecond)->MinTime(1)->UseRealTime();
BENCHMARK(BM_EncodeFrame)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->MinTime(2)->UseRealTime();
BENCHMARK(BM_ExportVideo)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_MAIN();
