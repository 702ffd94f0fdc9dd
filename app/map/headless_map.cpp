// Loading a map for headless drawing: the stages `render -v` times (load, project, gl setup).
#include "app/map/headless_map.hpp"

#include "app/map/asset_paths.hpp"
#include "app/map/briefing_source.hpp"
#include "geo/map_scene.hpp"

namespace app {

base::Result<std::unique_ptr<HeadlessMap>>
HeadlessMap::open(const ViewOptions& view, const std::function<void(const char*)>& stage_done) {
    auto done = [&](const char* stage) {
        if (stage_done) stage_done(stage);
    };
    auto map = std::unique_ptr<HeadlessMap>(new HeadlessMap);
    map->view_ = view;
    auto data = load_briefing_data_for(view);
    if (!data) return data.error();
    const std::shared_ptr<const geo::Briefing>& briefing = data->briefing;
    const ResolvedView resolved = resolve_view(view, briefing.get());
    auto projection = geo::Projection::create(resolved.projection);
    if (!projection) return projection.error();
    auto basemap = geo::load_basemap(geo::basemap_file(asset_dir(), resolved.basemap));
    if (!basemap) return basemap.error();
    done("load");
    auto scene = geo::build_map_scene(*basemap, briefing, data->layers, *projection);
    if (!scene) return scene.error();
    auto built = std::make_shared<geo::MapScene>(std::move(*scene));
    map->scene_ = built;
    basemap = base::Error{"released"}; // the lon/lat basemap and the layers' features are in the scene now
    data->layers.clear();
    data->layers.shrink_to_fit();
    done("project");

    auto context = render::HeadlessContext::create();
    if (!context) return context.error();
    map->context_ = std::move(*context);
    auto renderer = render::MapRenderer::create(read_label_font());
    if (!renderer) return renderer.error();
    map->renderer_ = std::move(*renderer);
    if (auto shown = map->renderer_->set_scene(map->scene_); !shown) return shown.error();
    geo::drop_uploaded_geometry(*built); // the GPU has its copy; a headless map is never picked
    done("gl setup");
    return map;
}

HeadlessMap::~HeadlessMap() = default;

geo::Bounds HeadlessMap::home_view() const {
    return view_.world ? scene_->basemap.bounds : scene_->home();
}

render::Frame HeadlessMap::frame(const render::Camera& camera, double t, double anim_seconds,
                                 float pixel_scale) const {
    render::Frame frame;
    frame.camera = camera;
    frame.t = t;
    frame.anim_seconds = anim_seconds;
    frame.look = view_.look;
    frame.pixel_scale = pixel_scale;
    return frame;
}

} // namespace app
