// MapRenderer: basemap (cached when still), extra layers, briefing layer with its overlay.
#include "render/map_renderer.hpp"

namespace render {

base::Result<std::unique_ptr<MapRenderer>> MapRenderer::create(std::vector<uint8_t> font) {
    auto renderer = std::unique_ptr<MapRenderer>(new MapRenderer);
    auto programs = MapPrograms::create();
    if (!programs) return programs.error();
    renderer->programs_ = std::move(*programs);
    auto annotations = Annotations::create();
    if (!annotations) return annotations.error();
    renderer->annotations_ = std::move(*annotations);
    renderer->font_ = std::move(font);
    return renderer;
}

base::Status MapRenderer::set_scene(std::shared_ptr<const geo::MapScene> scene) {
    auto basemap = std::make_unique<BasemapLayer>(scene->basemap);
    std::unique_ptr<BriefingLayer> briefing;
    std::unique_ptr<LayerOverlay> overlay;
    if (scene->briefing && scene->briefing_scene) {
        auto layer = BriefingLayer::create(*scene->briefing, *scene->briefing_scene, font_);
        if (!layer) return layer.error();
        briefing = std::move(*layer);
        if (scene->layer_scene) {
            // The briefing's style first, else the file's own (a KML's LineStyle), else the default.
            const geo::LayerScene& ls = *scene->layer_scene;
            std::vector<LayerStyle> styles;
            for (size_t i = 0; i < scene->briefing->layers.size(); ++i) {
                const geo::Layer& l = scene->briefing->layers[i];
                const bool own = l.color.empty() && i < ls.file_colors.size() && !ls.file_colors[i].empty();
                const bool own_width = l.width == 1.0 && i < ls.file_widths.size() && ls.file_widths[i] > 0;
                styles.push_back(
                    layer_style(own ? ls.file_colors[i] : l.color, own_width ? ls.file_widths[i] : l.width));
            }
            auto layers = LayerOverlay::create(*scene->layer_scene, std::move(styles));
            if (!layers) return layers.error();
            overlay = std::move(*layers);
        }
    }
    basemap_ = std::move(basemap);
    briefing_ = std::move(briefing);
    overlay_ = std::move(overlay);
    scene_ = std::move(scene);
    basemap_cache_.invalidate();
    spotlight_ = {};
    if (scene_->briefing) spotlight_ = geo::spotlight(*scene_->briefing, {});
    return base::Ok{};
}

const geo::Spotlight& MapRenderer::spotlight_for(const std::vector<std::string>& ids) {
    if (scene_->briefing && spotlight_.ids != ids) spotlight_ = geo::spotlight(*scene_->briefing, ids);
    return spotlight_;
}

void MapRenderer::evaluate(Frame& frame) {
    if (!briefing_) {
        frame.flow_states.clear();
        return;
    }
    briefing_->evaluate(frame, spotlight_for(frame.focus));
}

void MapRenderer::draw(const Frame& frame, const DrawTarget& target) {
    if (!scene_) return;
    if (briefing_ && frame.flow_states.size() != scene_->briefing->flows.size()) {
        Frame evaluated = frame; // a caller that skipped evaluate() still gets the right picture
        evaluate(evaluated);
        return draw(evaluated, target);
    }
    const Camera& camera = frame.camera;
    const Theme& theme = *frame.look.theme;
    glBindFramebuffer(GL_FRAMEBUFFER, target.framebuffer);
    begin_map_pass(camera, theme);
    // The static picture: the basemap and the corridors (nothing in them moves with time).
    const auto draw_static = [&](const Camera& view) {
        basemap_->draw(*programs_, view, theme, frame.pixel_scale);
        if (briefing_) briefing_->draw_corridors(*programs_, frame, view);
    };
    last_static_ = StaticPicture::Drawn;
    if (target.tile) {
        set_tile_viewport(camera.viewport_width, camera.viewport_height, *target.tile);
        draw_static(camera);
    } else if (target.cache_basemap) {
        last_static_ = basemap_cache_.draw({scene_.get(), &theme, frame.pixel_scale, frame.visibility.modes},
                                           camera, target.samples, target.framebuffer, target.x, target.y,
                                           target.approximate_above_ms, draw_static);
    } else {
        glViewport(target.x, target.y, camera.viewport_width, camera.viewport_height);
        draw_static(camera);
    }
    if (overlay_)
        overlay_->draw(*programs_, camera, theme, frame.pixel_scale, std::min(frame.shown_from, frame.t),
                       frame.t, frame.visibility.layers);
    if (briefing_) briefing_->draw(*programs_, frame, spotlight_for(frame.focus), basemap_.get());
    if (frame.pointer || frame.ink) annotations_->draw(*programs_, frame);
}

} // namespace render
