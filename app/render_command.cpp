// Headless render: load, project, draw offscreen (tile by tile when large), read back, write atomically.
#include "app/render_command.hpp"

#include "app/headless_map.hpp"
#include "app/png_file.hpp"
#include "app/slides.hpp"
#include "geo/flow_geometry.hpp"
#include "render/frame_tiles.hpp"
#include "render/offscreen_target.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>

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

// Pulses in a still sit where the clock puts them, so the same date gives the same picture.
double still_animation_seconds(double t) {
    return t * 0.25;
}

// Tiles larger than this cost more memory (4 samples per pixel) than they save in draw calls.
constexpr int kDefaultMaxTile = 4096;

int fail(const std::string& message) {
    fmt::print(stderr, "supplyline render: error: {}\n", message);
    return 2;
}

} // namespace

geo::Error check_scale(float scale) {
    if (!(scale >= 0.25f && scale <= 8.0f))
        return geo::Error{fmt::format("bad --scale {}; expected a factor from 0.25 to 8", scale)};
    return geo::Error{};
}

geo::Result<Image> render_frame(const RenderRequest& request) {
    StageTimer timer{request.verbose};
    if (geo::Error e = check_scale(request.scale); !e.message.empty()) return e;
    auto opened = HeadlessMap::open(request.view, [&](const char* stage) { timer.mark(stage); });
    if (!opened) return opened.error();
    HeadlessMap& map = **opened;
    const geo::Briefing* briefing = map.briefing();

    double t = 0;
    const geo::Slide* slide = nullptr;
    if (!request.slide.empty()) {
        if (!briefing) return geo::Error{"--slide needs a briefing"};
        auto found = find_slide(request.slide, *briefing);
        if (!found) return found.error();
        slide = *found;
    }
    if (briefing) {
        // The still's date: --time if given, else the slide's, else the busiest day.
        if (!request.time.empty()) {
            auto day = parse_briefing_day(request.time, *briefing, "--time");
            if (!day) return day.error();
            t = *day;
        } else {
            t = slide ? slide->from : geo::busiest_day(*briefing);
        }
    } else if (!request.time.empty()) {
        return geo::Error{"--time needs a briefing (the basemap alone has no timeline)"};
    }

    const int width = request.size.width, height = request.size.height;
    if (std::max(width, height) > render::gl_max_frame_size())
        return geo::Error{fmt::format("size {}x{} is larger than this GPU can address (at most {} per side)",
                                      width, height, render::gl_max_frame_size())};
    render::Camera camera;
    camera.viewport_width = width;
    camera.viewport_height = height;
    if (slide && !request.view.world)
        camera.fit(slide_view(*slide, *briefing, map.projection(), map.origin()), 0.0);
    else
        camera.fit(map.home_view());
    if (slide) apply_slide(*slide, *map.briefing_layer());
    map.set_layers_visible(request.layers_visible);
    const float pixel_scale = pixel_scale_for(request.size) * request.scale;

    const int max_tile =
        std::min(request.max_tile > 0 ? request.max_tile : kDefaultMaxTile, render::gl_max_tile_size());
    const std::vector<render::FrameTile> tiles = render::split_frame(width, height, max_tile);
    Image image{width, height, {}};
    image.rgba.resize(size_t(width) * height * 4);
    std::unique_ptr<render::OffscreenTarget> target;
    std::string error;
    for (const render::FrameTile& tile : tiles) {
        if (!target || target->width() != tile.width || target->height() != tile.height) {
            target.reset();
            target = render::OffscreenTarget::create(tile.width, tile.height, 4, error);
            if (!target) return geo::Error{error};
        }
        target->bind();
        map.draw(camera, pixel_scale, t, still_animation_seconds(t), tiles.size() > 1 ? &tile : nullptr);
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
    if (geo::Error e = check_writable(request.output); !e.message.empty()) return fail(e.message);
    auto image = render_frame(request);
    if (!image) return fail(image.error().text());
    if (geo::Error e = write_png_atomic(request.output, image->width, image->height, image->rgba);
        !e.message.empty())
        return fail(e.message);
    if (request.verbose)
        fmt::print(
            stderr, "  {:<10} {:7.1f} ms\n", "total",
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    fmt::print("wrote {} ({}x{}, {:.2f} s)\n", request.output.string(), request.size.width,
               request.size.height, seconds);
    return 0;
}

} // namespace app
