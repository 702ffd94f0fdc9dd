// build_map_scene: basemap first (it fixes the origin), then the briefing, its layers and slides.
#include "geo/map_scene.hpp"

#include "geo/basemap_scene.hpp"
#include "geo/briefing_scene.hpp"
#include "geo/layer_scene.hpp"
#include "geo/slides.hpp"

namespace geo {
namespace {

// The briefing's part of a scene whose basemap is in place.
MapScene build_on_basemap(MapScene scene, std::shared_ptr<const Briefing> briefing,
                          const std::vector<LayerFeatures>& layers, const Projection& projection) {
    scene.briefing = std::move(briefing);
    if (!scene.briefing) return scene;
    const Briefing& b = *scene.briefing;
    const XY origin = scene.basemap.origin;
    scene.briefing_scene = build_briefing_scene(b, projection, origin);
    attach_theater_anchors(*scene.briefing_scene, b, scene.basemap);
    if (!layers.empty()) scene.layer_scene = build_layer_scene(layers, projection, origin);
    for (const Slide& slide : b.slides)
        scene.slide_views.push_back(slide_view(slide, b, projection, origin));
    return scene;
}

} // namespace

base::Result<MapScene> build_map_scene(const Basemap& basemap, std::shared_ptr<const Briefing> briefing,
                                       const std::vector<LayerFeatures>& layers, const Projection& projection,
                                       const SceneOptions& options) {
    auto base = build_basemap_scene(basemap, projection, options);
    if (!base) return base.error();
    MapScene scene;
    scene.basemap = std::move(*base);
    return build_on_basemap(std::move(scene), std::move(briefing), layers, projection);
}

MapScene build_map_scene(const BasemapScene& basemap, std::shared_ptr<const Briefing> briefing,
                         const std::vector<LayerFeatures>& layers, const Projection& projection) {
    MapScene scene;
    scene.basemap = basemap;
    return build_on_basemap(std::move(scene), std::move(briefing), layers, projection);
}

namespace {

template <typename T> void free_vector(std::vector<T>& v) {
    std::vector<T>().swap(v);
}

void free_lines(LineSet& lines) {
    free_vector(lines.points);
    lines.starts.assign(1, 0);
}

} // namespace

void drop_uploaded_geometry(MapScene& scene) {
    BasemapScene& b = scene.basemap;
    free_vector(b.sphere_triangles);
    free_vector(b.land_triangles);
    free_vector(b.land_country);
    for (LineSet* lines : {&b.sphere_outline, &b.coastlines, &b.borders, &b.graticule})
        free_lines(*lines);
    free_vector(b.coastline_levels);
    free_vector(b.border_levels);
    if (scene.briefing_scene) {
        BriefingScene& s = *scene.briefing_scene;
        free_lines(s.corridors);
        free_vector(s.corridor_levels);
        free_vector(s.flows.segments);
        free_vector(s.flows.arrows);
        free_vector(s.theater_discs);
    }
    if (scene.layer_scene) {
        free_lines(scene.layer_scene->lines);
        free_vector(scene.layer_scene->points);
    }
}

} // namespace geo
