// The export loop: plan the frames, then per frame draw, start its readback, hand the previous
// frame to the writer thread; GL work and encoding overlap.
#include "app/export/video_export.hpp"

#include "app/cli/render_command.hpp"
#include "app/export/frame_sink.hpp"
#include "app/export/frame_writer.hpp"
#include "app/export/output_guard.hpp"
#include "app/export/slide_tour.hpp"
#include "app/map/headless_map.hpp"
#include "geo/slides.hpp"
#include "render/frame_tiles.hpp"
#include "render/gl_info.hpp"
#include "render/offscreen_target.hpp"
#include "render/pixel_readback.hpp"

#include <fmt/format.h>
#include <sys/statvfs.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <optional>

namespace app {
namespace fs = std::filesystem;
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

constexpr double kMaxVideoSeconds = 3600;

// What one frame shows.
struct PlannedFrame {
    std::optional<size_t> slide; // its focus and title apply
    geo::Bounds view;
    double margin = 0; // around view, as a fraction of the frame (Camera::fit)
    double t = 0;      // briefing clock, days
};

// Every frame of the export, from its number.
struct FramePlan {
    int frames = 0;
    std::function<PlannedFrame(int)> frame;
};

// The clock runs from..to at an even pace over the home view.
base::Result<FramePlan> plan_timeline(const ExportRequest& r, const HeadlessMap& map) {
    const geo::Briefing& b = *map.briefing();
    double from = b.info.start, to = b.info.end;
    if (!r.from.empty()) {
        auto day = geo::parse_briefing_day(r.from, b, "--from");
        if (!day) return day.error();
        from = *day;
    }
    if (!r.to.empty()) {
        auto day = geo::parse_briefing_day(r.to, b, "--to");
        if (!day) return day.error();
        to = *day;
    }
    if (from >= to)
        return base::Error{fmt::format("--from {} is not before --to {}; expected an earlier start",
                                       geo::format_day(geo::Day(from)), geo::format_day(geo::Day(to)))};
    const double seconds = r.days_per_second > 0 ? (to - from) / r.days_per_second : kDefaultSeconds;
    if (seconds > kMaxVideoSeconds)
        return base::Error{
            fmt::format("--speed {} makes a {:.0f}-minute video (at most {:.0f}); raise --speed",
                        r.days_per_second, seconds / 60, kMaxVideoSeconds / 60)};
    FramePlan plan;
    plan.frames = std::max(2, int(std::lround(seconds * r.fps)));
    const geo::Bounds home = map.home_view();
    plan.frame = [=, frames = plan.frames](int k) {
        return PlannedFrame{std::nullopt, home, 0.04, from + (to - from) * k / (frames - 1)};
    };
    return plan;
}

// The slides: flights and holds (SlideTour).
base::Result<FramePlan> plan_slides(const ExportRequest& r, const HeadlessMap& map) {
    const geo::Briefing& b = *map.briefing();
    if (b.slides.empty())
        return base::Error{"--slides: the briefing has no slides; add [[slide]] entries or use --from/--to"};
    auto tour =
        std::make_shared<SlideTour>(b, map.scene().slide_views, SlideTourTiming{4.0, r.days_per_second});
    if (tour->duration() > kMaxVideoSeconds)
        return base::Error{
            fmt::format("--speed {} makes a {:.0f}-minute video (at most {:.0f}); raise --speed",
                        r.days_per_second, tour->duration() / 60, kMaxVideoSeconds / 60)};
    FramePlan plan;
    plan.frames = std::max(1, int(std::lround(tour->duration() * r.fps)));
    plan.frame = [tour, fps = r.fps](int k) {
        const TourMoment m = tour->at(double(k) / fps);
        return PlannedFrame{m.slide, m.view, 0.0, m.t};
    };
    return plan;
}

} // namespace

base::Status check_export_budget(const ExportRequest& r, int frames) {
    if (r.force) return base::Ok{};
    // Typical sizes of this map's frames: H.264 at the default quality about 0.02 bytes a pixel,
    // PNG about 0.45 (measured on the default briefing at 1080p and 4K).
    const bool video = r.png_folder.empty();
    const double bytes = double(frames) * r.size.width * r.size.height * (video ? 0.02 : 0.45);
    const std::string what = fmt::format("{} frames of {}x{} (about {:.1f} GB of {})", frames, r.size.width,
                                         r.size.height, bytes / 1e9, video ? "video" : "PNG");
    if (frames > kMaxFramesWithoutForce)
        return base::Error{
            fmt::format("export of {} is over the budget of {} frames; lower --fps, raise --speed "
                        "or shorten --from/--to (or pass --force)",
                        what, kMaxFramesWithoutForce)};
    const fs::path where =
        video ? (r.output.parent_path().empty() ? fs::path(".") : r.output.parent_path()) : r.png_folder;
    struct statvfs disk {};
    if (::statvfs(where.c_str(), &disk) == 0) {
        const double free_bytes = double(disk.f_bavail) * double(disk.f_frsize);
        if (bytes > free_bytes)
            return base::Error{
                fmt::format("export of {} does not fit in the {:.1f} GB free in '{}'; free space, "
                            "lower --size or --fps (or pass --force)",
                            what, free_bytes / 1e9, where.string())};
    }
    return base::Ok{};
}

base::Status check_export_request(const ExportRequest& r) {
    const bool video = r.png_folder.empty();
    if (r.output.empty() == video)
        return base::Error{video ? "no output given; expected -o FILE.mp4 or --png-dir DIR"
                                 : "give either -o FILE.mp4 or --png-dir DIR, not both"};
    if (r.size.width < 16 || r.size.height < 16 || r.size.width > 16384 || r.size.height > 16384)
        return base::Error{fmt::format("bad size '{}x{}'; expected WIDTHxHEIGHT from 16 to 16384 per side",
                                       r.size.width, r.size.height)};
    if (video && (r.size.width % 2 || r.size.height % 2))
        return base::Error{fmt::format("size {}x{}: H.264 video (yuv420p) needs an even width and height",
                                       r.size.width, r.size.height)};
    if (r.fps < 1 || r.fps > 240) return base::Error{fmt::format("bad --fps {}; expected 1 to 240", r.fps)};
    if (r.crf < 0 || r.crf > 51)
        return base::Error{
            fmt::format("bad --crf {}; expected 0 (lossless) to 51 (worst), 18-23 look clean", r.crf)};
    if (r.days_per_second < 0 || !std::isfinite(r.days_per_second))
        return base::Error{
            fmt::format("bad --speed {}; expected days per second above 0", r.days_per_second)};
    static const char* const kPresets[] = {"ultrafast", "superfast", "veryfast", "faster",  "fast",
                                           "medium",    "slow",      "slower",   "veryslow"};
    if (std::find(std::begin(kPresets), std::end(kPresets), r.preset) == std::end(kPresets))
        return base::Error{
            fmt::format("unknown --preset '{}'; expected ultrafast, superfast, veryfast, faster, "
                        "fast, medium, slow, slower or veryslow",
                        r.preset)};
    if (r.slides && (!r.from.empty() || !r.to.empty()))
        return base::Error{"--slides plays the slides' own dates; leave out --from and --to"};
    return check_scale(r.scale);
}

base::Result<ExportStats> run_export(const ExportRequest& r, const ProgressFn& progress,
                                     const std::atomic<bool>& cancel) {
    const auto start = Clock::now();
    if (auto e = check_export_request(r); !e) return e.error();
    // The cheap checks of the output first, so a typo does not wait for the map to load.
    std::unique_ptr<FrameSink> sink;
    auto open_sink = [&]() -> base::Status {
        auto opened = r.png_folder.empty()
                          ? open_video_sink(r.output, {r.size.width, r.size.height, r.fps, r.crf, r.preset})
                          : open_png_folder_sink(r.png_folder, r.size.width, r.size.height);
        if (!opened) return opened.error();
        sink = std::move(*opened);
        return base::Ok{};
    };
    if (auto e = open_sink(); !e) return e.error();

    auto opened = HeadlessMap::open(r.view);
    if (!opened) return opened.error();
    HeadlessMap& map = **opened;
    if (!map.briefing()) return base::Error{"export needs a briefing (the basemap alone has no timeline)"};
    if (!r.output.empty())
        if (auto guarded = check_not_an_input(r.output, *map.briefing()); !guarded) return guarded.error();
    auto plan = r.slides ? plan_slides(r, map) : plan_timeline(r, map);
    if (!plan) return plan.error();
    if (auto budget = check_export_budget(r, plan->frames); !budget) return budget.error();
    if (std::max(r.size.width, r.size.height) > render::gl_max_tile_size())
        return base::Error{fmt::format("size {}x{} is larger than this GPU renders in one piece (at most {} "
                                       "per side); use render for larger stills",
                                       r.size.width, r.size.height, render::gl_max_tile_size())};
    // Samples as the window on this machine uses them, so the video looks like the preview.
    auto made =
        render::OffscreenTarget::create(r.size.width, r.size.height, render::moving_picture_samples());
    if (!made) return made.error();
    const std::unique_ptr<render::OffscreenTarget> target = std::move(*made);
    render::PixelReadback readback(r.size.width, r.size.height, 2);
    FrameWriter writer(*sink, readback.frame_bytes(), 3);

    ExportStats stats;
    stats.load_seconds = seconds_since(start);
    render::Camera camera;
    camera.viewport_width = r.size.width;
    camera.viewport_height = r.size.height;
    const float pixel_scale = pixel_scale_for(r.size) * r.scale;
    std::optional<size_t> shown_slide;
    geo::SlideLook look; // the shown slide's switches, spotlight and headline
    int handed = 0;
    const auto frames_start = Clock::now();
    // Moves the oldest frame in flight to the writer thread.
    auto hand_over = [&] {
        const auto t0 = Clock::now();
        uint8_t* frame = writer.acquire();
        readback.take(frame);
        stats.readback_seconds += seconds_since(t0);
        writer.submit(frame);
        ++handed;
        if (progress) progress({handed, plan->frames, seconds_since(frames_start)});
    };
    for (int k = 0; k < plan->frames; ++k) {
        if (cancel) return base::Error{"cancelled"};
        if (auto e = writer.error(); !e) return e.error();
        const PlannedFrame f = plan->frame(k);
        if (f.slide != shown_slide && f.slide)
            look = geo::slide_look(map.briefing()->slides[*f.slide], *map.briefing());
        shown_slide = f.slide;
        camera.fit(f.view, f.margin);
        const auto t0 = Clock::now();
        render::Frame frame = map.frame(camera, f.t, double(k) / r.fps, pixel_scale);
        render::show_slide(look, frame);
        map.renderer().evaluate(frame);
        // A camera that stands still (a timeline, a slide's hold) draws the basemap once and copies it.
        map.renderer().draw(frame, {target->framebuffer(), 0, 0, target->samples(), nullptr, true});
        const auto t1 = Clock::now();
        stats.render_seconds += std::chrono::duration<double>(t1 - t0).count();
        readback.start(*target);
        stats.readback_seconds += seconds_since(t1);
        if (readback.pending() == readback.capacity()) hand_over();
    }
    while (readback.pending() > 0)
        hand_over();
    if (auto e = writer.finish(); !e) return e.error();
    if (cancel) return base::Error{"cancelled"};
    const auto commit_start = Clock::now();
    if (auto e = sink->commit(); !e) return e.error();
    stats.frames = plan->frames;
    stats.encode_seconds = writer.busy_seconds() + seconds_since(commit_start);
    stats.video_seconds = double(plan->frames) / r.fps;
    stats.seconds = seconds_since(start);
    return stats;
}

} // namespace app
