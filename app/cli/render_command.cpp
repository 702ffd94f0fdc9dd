// Headless render: load, project, draw offscreen (tile by tile when large), read back, write atomically.
#include "app/cli/render_command.hpp"

#include "app/cli/command.hpp"
#include "app/cli/view_flags.hpp"
#include "app/export/output_guard.hpp"
#include "app/export/png_file.hpp"
#include "app/map/briefing_source.hpp"
#include "app/map/headless_map.hpp"
#include "geo/flow_geometry.hpp"
#include "geo/slides.hpp"
#include "render/frame_tiles.hpp"
#include "render/offscreen_target.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace app {
namespace {

// Prints how long each stage took when --verbose is given.
struct StageTimer {
    bool enabled;
    std::chrono::steady_clock::time_point last = std::chrono::steady_clock::now();
    void mark(const char* stage) {
        const auto now = std::chrono::steady_clock::now();
        if (enabled)
            fmt::print(stderr, "  {:<10} {:7.1f} ms\n", stage,
                       std::chrono::duration<double, std::milli>(now - last).count());
        last = now;
    }
};

// Tiles larger than this cost more memory (4 samples per pixel) than they save in draw calls.
constexpr int kDefaultMaxTile = 4096;

int fail(const std::string& message) {
    fmt::print(stderr, "supplyline render: error: {}\n", message);
    return 2;
}

} // namespace

base::Status check_scale(float scale) {
    if (!(scale >= 0.25f && scale <= 8.0f))
        return base::Error{fmt::format("bad --scale {}; expected a factor from 0.25 to 8", scale)};
    return base::Ok{};
}

base::Result<Image> render_frame(const RenderRequest& request) {
    StageTimer timer{request.verbose};
    if (auto e = check_scale(request.scale); !e) return e.error();
    auto opened = HeadlessMap::open(request.view, [&](const char* stage) { timer.mark(stage); });
    if (!opened) return opened.error();
    HeadlessMap& map = **opened;
    const geo::Briefing* briefing = map.briefing();
    if (briefing && !request.output.empty())
        if (auto guarded = check_not_an_input(request.output, *briefing); !guarded) return guarded.error();

    double t = 0;
    const geo::Slide* slide = nullptr;
    if (!request.slide.empty()) {
        if (!briefing) return base::Error{"--slide needs a briefing"};
        auto found = geo::find_slide(request.slide, *briefing);
        if (!found) return found.error();
        slide = *found;
    }
    if (briefing) {
        // The still's date: --time if given, else the slide's, else the busiest day.
        if (!request.time.empty()) {
            auto day = geo::parse_briefing_day(request.time, *briefing, "--time");
            if (!day) return day.error();
            t = *day;
        } else {
            t = slide ? slide->from : geo::busiest_day(*briefing);
        }
    } else if (!request.time.empty()) {
        return base::Error{"--time needs a briefing (the basemap alone has no timeline)"};
    }

    const int width = request.size.width, height = request.size.height;
    if (std::max(width, height) > render::gl_max_frame_size())
        return base::Error{fmt::format("size {}x{} is larger than this GPU can address (at most {} per side)",
                                       width, height, render::gl_max_frame_size())};
    render::Camera camera;
    camera.viewport_width = width;
    camera.viewport_height = height;
    const geo::MapScene& scene = map.scene();
    const size_t slide_index = slide ? size_t(slide - briefing->slides.data()) : 0;
    if (request.view_box) {
        const geo::XY o = scene.basemap.origin;
        const geo::Bounds& v = *request.view_box;
        camera.fit({v.min_x - o.x, v.min_y - o.y, v.max_x - o.x, v.max_y - o.y}, 0.0);
    } else if (slide && !request.view.world) {
        camera.fit(scene.slide_views[slide_index], 0.0);
    } else {
        camera.fit(map.home_view());
    }
    render::Frame frame = map.frame(camera, t, render::still_animation_seconds(t),
                                    pixel_scale_for(request.size) * request.scale);
    if (slide) render::show_slide(geo::slide_look(*slide, *briefing), frame);
    frame.visibility.layers.resize(briefing ? briefing->layers.size() : 0, true);
    for (size_t i = 0; i < request.layers_visible.size() && i < frame.visibility.layers.size(); ++i)
        frame.visibility.layers[i] = request.layers_visible[i];
    map.renderer().evaluate(frame);

    const int max_tile =
        std::min(request.max_tile > 0 ? request.max_tile : kDefaultMaxTile, render::gl_max_tile_size());
    const std::vector<render::FrameTile> tiles = render::split_frame(width, height, max_tile);
    Image image{width, height, {}};
    image.rgba.resize(size_t(width) * height * 4);
    std::unique_ptr<render::OffscreenTarget> target;
    for (const render::FrameTile& tile : tiles) {
        if (!target || target->width() != tile.width || target->height() != tile.height) {
            target.reset();
            auto made = render::OffscreenTarget::create(tile.width, tile.height, 4);
            if (!made) return made.error();
            target = std::move(*made);
        }
        render::DrawTarget into{target->framebuffer(), 0, 0, target->samples()};
        if (tiles.size() > 1) into.tile = &tile;
        map.renderer().draw(frame, into);
        const std::vector<uint8_t> pixels = target->read_rgba();
        const size_t row = size_t(tile.width) * 4;
        for (int y = 0; y < tile.height; ++y)
            std::memcpy(&image.rgba[(size_t(tile.y + y) * width + tile.x) * 4], &pixels[y * row], row);
    }
    timer.mark(tiles.size() > 1 ? "draw tiles" : "draw");
    if (request.verbose) fmt::print(stderr, "  {}\n", map.gl_description());
    return image;
}

int run_render(const RenderRequest& request) {
    const auto start = std::chrono::steady_clock::now();
    if (auto e = check_writable(request.output); !e) return fail(e.error().message);
    auto image = render_frame(request);
    if (!image) return fail(image.error().text());
    if (auto e = write_png_atomic(request.output, image->width, image->height, image->rgba); !e)
        return fail(e.error().message);
    if (request.verbose)
        fmt::print(
            stderr, "  {:<10} {:7.1f} ms\n", "total",
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    // Written to our own standard output (-o /dev/stdout): the report goes to stderr instead.
    std::FILE* report = same_file(request.output, STDOUT_FILENO) ? stderr : stdout;
    fmt::print(report, "wrote {} ({}x{}, {:.2f} s)\n", request.output.string(), request.size.width,
               request.size.height, seconds);
    return 0;
}

CommandEntry add_render_command(CLI::App& cli) {
    CLI::App* cmd = cli.add_subcommand("render", "draw one frame headless (EGL, no display) to a PNG");
    struct Flags {
        ViewFlags view;
        RenderRequest request;
    };
    auto flags = std::make_shared<Flags>();
    RenderRequest& r = flags->request;
    add_view_flags(*cmd, flags->view, "1920x1080");
    cmd->add_option("-o,--output", r.output, "PNG file to write")->required();
    cmd->add_flag("-v,--verbose", r.verbose, "print stage timings and the OpenGL renderer");
    cmd->add_option("--slide", r.slide,
                    "show slide N (1-based) or by title: its date, view, focus and title");
    cmd->add_option("-t,--time", r.time,
                    "the date to show, YYYY-MM-DD (default: the day with the most flow)");
    cmd->add_option(
        "--view", flags->view.view_box,
        "frame this projected area, XMIN,YMIN,XMAX,YMAX in metres (the window's Export passes the "
        "view on screen)");
    cmd->add_option("--scale", r.scale,
                    "multiply line widths, markers, labels and legend (0.25 to 8; default 1)");
    cmd->footer("Sizes above the GPU's limit (e.g. 7680x4320) are drawn in tiles and joined.\n"
                "Example: supplyline render assets/briefings/eurasia-2024/briefing.toml -o map.png "
                "--size 3840x2160");
    return {cmd, [flags] {
                RenderRequest request = flags->request;
                use_input_policy(flags->view.trust);
                if (!resolve(flags->view, "render", "1920x1080", request.view, request.size)) return 2;
                if (!flags->view.view_box.empty()) {
                    auto box = parse_view_box(flags->view.view_box);
                    if (!box) return fail(box.error().text());
                    request.view_box = *box;
                }
                return run_render(request);
            }};
}

} // namespace app
