// Headless render: load, project, draw offscreen, read back, write atomically.
#include "app/render_command.hpp"

#include "app/asset_paths.hpp"
#include "app/briefing_source.hpp"
#include "app/headless_context.hpp"
#include "app/png_file.hpp"
#include "geo/basemap_scene.hpp"
#include "geo/flow_geometry.hpp"
#include "render/basemap_layer.hpp"
#include "render/briefing_layer.hpp"
#include "render/offscreen_target.hpp"

#include <fmt/format.h>

#include <charconv>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <optional>
#include <strings.h>

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

// The still's date: --time if given (checked against the briefing), else the busiest day.
geo::Result<geo::Day> briefing_time(const std::string& text, const geo::Briefing& briefing) {
    if (text.empty()) return geo::busiest_day(briefing);
    auto day = geo::parse_day(text);
    if (!day)
        return geo::Error{
            fmt::format("bad --time '{}'; expected a date YYYY-MM-DD such as 2024-06-19", text)};
    if (*day < briefing.info.start || *day > briefing.info.end)
        return geo::Error{fmt::format("--time {} is outside the briefing ({} to {})", text,
                                      geo::format_day(briefing.info.start),
                                      geo::format_day(briefing.info.end))};
    return *day;
}

// A slide by 1-based number or by title (case-insensitive).
geo::Result<const geo::Slide*> find_slide(const std::string& key, const geo::Briefing& briefing) {
    int number = 0;
    if (std::from_chars(key.data(), key.data() + key.size(), number).ptr == key.data() + key.size() &&
        number >= 1 && size_t(number) <= briefing.slides.size())
        return &briefing.slides[size_t(number - 1)];
    for (const geo::Slide& s : briefing.slides)
        if (strcasecmp(s.title.c_str(), key.c_str()) == 0) return &s;
    std::string list;
    for (size_t i = 0; i < briefing.slides.size() && i < 12; ++i)
        list += fmt::format("{}{} '{}'", i ? ", " : "", i + 1, briefing.slides[i].title);
    return geo::Error{
        fmt::format("unknown slide '{}'; the briefing has {} slides: {}", key, briefing.slides.size(), list)};
}

// What a slide frames: its `fit` places with a margin, or `center` with `zoom_km` across.
geo::Bounds slide_view(const geo::Slide& slide, const geo::Briefing& briefing,
                       const geo::Projection& projection, geo::XY origin) {
    geo::Bounds b{1e300, 1e300, -1e300, -1e300};
    auto include = [&](geo::LonLat p) {
        if (auto q = projection.forward(p)) {
            b.min_x = std::min(b.min_x, q->x - origin.x), b.max_x = std::max(b.max_x, q->x - origin.x);
            b.min_y = std::min(b.min_y, q->y - origin.y), b.max_y = std::max(b.max_y, q->y - origin.y);
        }
    };
    for (int p : slide.fit)
        include(briefing.places[size_t(p)].lonlat);
    if (slide.center) {
        include(*slide.center);
        const double half = std::max(slide.zoom_km, 200.0) * 500.0; // metres
        b = {b.min_x - half, b.min_y - half, b.max_x + half, b.max_y + half};
    }
    // Room around the places for labels and arrows: 25 % on each side, at least 300 km across.
    const double pad_x = std::max(b.width() * 0.25, 150e3), pad_y = std::max(b.height() * 0.25, 150e3);
    return {b.min_x - pad_x, b.min_y - pad_y, b.max_x + pad_x, b.max_y + pad_y};
}

// Pulses in a still sit where the clock puts them, so the same date gives the same picture.
double still_animation_seconds(double t) {
    return t * 0.25;
}

int fail(const std::string& message) {
    fmt::print(stderr, "supplyline render: error: {}\n", message);
    return 2;
}

} // namespace

geo::Result<Image> render_frame(const RenderRequest& request) {
    StageTimer timer{request.verbose};
    const render::Theme* theme = render::find_theme(request.view.theme);
    if (!theme)
        return geo::Error{fmt::format("unknown theme '{}'; expected dark or light", request.view.theme)};

    auto briefing = load_briefing_for(request.view);
    if (!briefing) return briefing.error();
    const ResolvedView view = resolve_view(request.view, briefing->get());
    auto projection = geo::Projection::create(view.projection);
    if (!projection) return projection.error();
    auto basemap = geo::load_basemap(geo::basemap_file(asset_dir(), view.basemap));
    if (!basemap) return basemap.error();
    timer.mark("load");
    auto scene = geo::build_basemap_scene(*basemap, *projection);
    if (!scene) return scene.error();
    double t = 0;
    const geo::Slide* slide = nullptr;
    if (!request.slide.empty()) {
        if (!*briefing) return geo::Error{"--slide needs a briefing"};
        auto found = find_slide(request.slide, **briefing);
        if (!found) return found.error();
        slide = *found;
    }
    if (*briefing) {
        auto day = briefing_time(request.time.empty() && slide ? geo::format_day(slide->from) : request.time,
                                 **briefing);
        if (!day) return day.error();
        t = *day;
    } else if (!request.time.empty()) {
        return geo::Error{"--time needs a briefing (the basemap alone has no timeline)"};
    }
    std::optional<geo::BriefingScene> briefing_scene;
    if (*briefing) {
        briefing_scene = geo::build_briefing_scene(**briefing, *projection, scene->origin);
        geo::attach_theater_anchors(*briefing_scene, **briefing, *scene);
    }
    timer.mark("project");

    auto context = HeadlessContext::create();
    if (!context) return context.error();
    std::string error;
    auto programs = render::MapPrograms::create(error);
    if (!programs) return geo::Error{error};
    auto target = render::OffscreenTarget::create(request.size.width, request.size.height, 4, error);
    if (!target) return geo::Error{error};
    std::unique_ptr<render::BriefingLayer> briefing_layer;
    if (briefing_scene) {
        briefing_layer = render::BriefingLayer::create(**briefing, *briefing_scene, read_label_font(), error);
        if (!briefing_layer) return geo::Error{error};
    }
    timer.mark("gl setup");

    render::Camera camera;
    camera.viewport_width = request.size.width;
    camera.viewport_height = request.size.height;
    if (request.view.world)
        camera.fit(scene->bounds);
    else if (slide)
        camera.fit(slide_view(*slide, **briefing, *projection, scene->origin), 0.0);
    else
        camera.fit(briefing_scene && briefing_scene->has_home ? briefing_scene->home : scene->home);
    if (briefing_layer && slide) {
        briefing_layer->set_focus(slide->focus);
        briefing_layer->set_slide_title(slide->title);
    }
    target->bind();
    const float pixel_scale = pixel_scale_for(request.size);
    render::begin_map_pass(camera, *theme);
    const render::BasemapLayer basemap_layer(*scene);
    basemap_layer.draw(*programs, camera, *theme, pixel_scale);
    if (briefing_layer)
        briefing_layer->draw(*programs, camera, *theme, pixel_scale, t, still_animation_seconds(t),
                             &basemap_layer);
    Image image{request.size.width, request.size.height, target->read_rgba()};
    timer.mark("draw");
    if (request.verbose) fmt::print(stderr, "  {}\n", context.value()->description());
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
