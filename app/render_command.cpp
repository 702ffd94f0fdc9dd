// Headless render: load, project, draw offscreen, read back, write atomically.
#include "app/render_command.hpp"

#include "app/asset_paths.hpp"
#include "app/briefing_source.hpp"
#include "app/headless_context.hpp"
#include "app/png_file.hpp"
#include "app/slides.hpp"
#include "geo/basemap_scene.hpp"
#include "geo/flow_geometry.hpp"
#include "render/basemap_layer.hpp"
#include "render/briefing_layer.hpp"
#include "render/layer_overlay.hpp"
#include "render/offscreen_target.hpp"

#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <optional>

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
        auto day = briefing_day(request.time.empty() && slide ? geo::format_day(slide->from) : request.time,
                                **briefing);
        if (!day) return day.error();
        t = *day;
    } else if (!request.time.empty()) {
        return geo::Error{"--time needs a briefing (the basemap alone has no timeline)"};
    }
    std::optional<geo::BriefingScene> briefing_scene;
    std::optional<geo::LayerScene> layer_scene;
    if (*briefing) {
        briefing_scene = geo::build_briefing_scene(**briefing, *projection, scene->origin);
        geo::attach_theater_anchors(*briefing_scene, **briefing, *scene);
        if (!(*briefing)->layers.empty()) {
            auto layers = load_layers_for(**briefing);
            if (!layers) return layers.error();
            layer_scene = geo::build_layer_scene(*layers, *projection, scene->origin);
        }
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
    std::unique_ptr<render::LayerOverlay> layer_overlay;
    if (layer_scene) {
        std::vector<render::LayerStyle> styles;
        for (const geo::Layer& l : (*briefing)->layers)
            styles.push_back(render::layer_style(l.color, l.width));
        layer_overlay = render::LayerOverlay::create(*layer_scene, std::move(styles), error);
        if (!layer_overlay) return geo::Error{error};
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
    if (briefing_layer) briefing_layer->set_flow_labels(request.view.flow_labels);
    if (briefing_layer && slide) {
        apply_slide(*slide, *briefing_layer);
    }
    target->bind();
    const float pixel_scale = pixel_scale_for(request.size);
    render::begin_map_pass(camera, *theme);
    const render::BasemapLayer basemap_layer(*scene);
    basemap_layer.draw(*programs, camera, *theme, pixel_scale);
    if (layer_overlay) layer_overlay->draw(*programs, camera, *theme, pixel_scale, t, request.layers_visible);
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
