// Loading a map for headless drawing: the stages `render -v` times (load, project, gl setup).
#include "app/headless_map.hpp"

#include "app/asset_paths.hpp"
#include "app/briefing_source.hpp"
#include "geo/flow_geometry.hpp"

#include <fmt/format.h>

namespace app {

geo::Result<std::unique_ptr<HeadlessMap>>
HeadlessMap::open(const ViewOptions& view, const std::function<void(const char*)>& stage_done) {
    auto done = [&](const char* stage) {
        if (stage_done) stage_done(stage);
    };
    auto map = std::unique_ptr<HeadlessMap>(new HeadlessMap);
    map->view_ = view;
    map->theme_ = render::find_theme(view.theme);
    if (!map->theme_)
        return geo::Error{fmt::format("unknown theme '{}'; expected dark or light", view.theme)};

    auto briefing = load_briefing_for(view);
    if (!briefing) return briefing.error();
    map->briefing_ = *briefing;
    const ResolvedView resolved = resolve_view(view, map->briefing_.get());
    auto projection = geo::Projection::create(resolved.projection);
    if (!projection) return projection.error();
    map->projection_.emplace(std::move(*projection));
    auto basemap = geo::load_basemap(geo::basemap_file(asset_dir(), resolved.basemap));
    if (!basemap) return basemap.error();
    done("load");
    auto scene = geo::build_basemap_scene(*basemap, *map->projection_);
    if (!scene) return scene.error();
    map->basemap_scene_.emplace(std::move(*scene));
    if (map->briefing_) {
        map->briefing_scene_ =
            geo::build_briefing_scene(*map->briefing_, *map->projection_, map->basemap_scene_->origin);
        geo::attach_theater_anchors(*map->briefing_scene_, *map->briefing_, *map->basemap_scene_);
        if (!map->briefing_->layers.empty()) {
            auto layers = load_layers_for(*map->briefing_);
            if (!layers) return layers.error();
            map->layer_scene_ =
                geo::build_layer_scene(*layers, *map->projection_, map->basemap_scene_->origin);
        }
    }
    done("project");

    auto context = HeadlessContext::create();
    if (!context) return context.error();
    map->context_ = std::move(*context);
    std::string error;
    map->programs_ = render::MapPrograms::create(error);
    if (!map->programs_) return geo::Error{error};
    map->basemap_layer_ = std::make_unique<render::BasemapLayer>(*map->basemap_scene_);
    if (map->briefing_) {
        map->briefing_layer_ =
            render::BriefingLayer::create(*map->briefing_, *map->briefing_scene_, read_label_font(), error);
        if (!map->briefing_layer_) return geo::Error{error};
        map->briefing_layer_->set_flow_labels(view.flow_labels);
    }
    if (map->layer_scene_) {
        std::vector<render::LayerStyle> styles;
        for (const geo::Layer& l : map->briefing_->layers)
            styles.push_back(render::layer_style(l.color, l.width));
        map->layer_overlay_ = render::LayerOverlay::create(*map->layer_scene_, std::move(styles), error);
        if (!map->layer_overlay_) return geo::Error{error};
    }
    done("gl setup");
    return map;
}

HeadlessMap::~HeadlessMap() = default;

geo::Bounds HeadlessMap::home_view() const {
    if (view_.world) return basemap_scene_->bounds;
    return briefing_scene_ && briefing_scene_->has_home ? briefing_scene_->home : basemap_scene_->home;
}

void HeadlessMap::draw(const render::Camera& camera, float pixel_scale, double t, double anim_seconds,
                       const render::FrameTile* tile) {
    render::begin_map_pass(camera, *theme_);
    if (tile) render::set_tile_viewport(camera.viewport_width, camera.viewport_height, *tile);
    basemap_layer_->draw(*programs_, camera, *theme_, pixel_scale);
    draw_briefing(camera, pixel_scale, t, anim_seconds);
}

void HeadlessMap::draw_briefing(const render::Camera& camera, float pixel_scale, double t,
                                double anim_seconds) {
    if (layer_overlay_) layer_overlay_->draw(*programs_, camera, *theme_, pixel_scale, t, layers_visible_);
    if (briefing_layer_)
        briefing_layer_->draw(*programs_, camera, *theme_, pixel_scale, t, anim_seconds,
                              basemap_layer_.get());
}

void HeadlessMap::draw_into(const render::OffscreenTarget& target, const render::Camera& camera,
                            float pixel_scale, double t, double anim_seconds) {
    target.bind();
    render::begin_map_pass(camera, *theme_);
    basemap_cache_.draw(*basemap_layer_, *programs_, camera, *theme_, pixel_scale, target.samples(),
                        target.framebuffer(), 0, 0);
    draw_briefing(camera, pixel_scale, t, anim_seconds);
}

} // namespace app
