// BasemapLayer draw order: receding basemap first, so later layers (flows) sit on top.
#include "render/basemap_layer.hpp"

#include "geo/line_thinning.hpp"

#include <algorithm>

namespace render {
BasemapLayer::BasemapLayer(const geo::BasemapScene& scene)
    : country_codes_(scene.country_codes), country_vertices_(scene.country_vertices),
      sphere_(scene.sphere_triangles), land_(scene.land_triangles), graticule_(scene.graticule),
      outline_(scene.sphere_outline) {
    // Levels built with the scene (off this thread); a scene without them draws its lines as they are.
    borders_.emplace_back(scene.borders);
    for (const geo::LineSet& level : scene.border_levels)
        borders_.emplace_back(level);
    coastlines_.emplace_back(scene.coastlines);
    for (const geo::LineSet& level : scene.coastline_levels)
        coastlines_.emplace_back(level);
}

void begin_map_pass(const Camera& camera, const Theme& theme) {
    glViewport(0, 0, camera.viewport_width, camera.viewport_height);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glEnable(GL_MULTISAMPLE);
    glClearColor(theme.background.r, theme.background.g, theme.background.b, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
}

void BasemapLayer::draw(const MapPrograms& programs, const Camera& camera, const Theme& theme,
                        float pixel_scale) const {
    programs.use_fill(camera, theme.ocean);
    sphere_.draw();
    programs.use_line(camera, theme.graticule, theme.graticule_width * pixel_scale);
    graticule_.draw();
    programs.use_fill(camera, theme.land);
    land_.draw();
    programs.use_line(camera, theme.border, theme.border_width * pixel_scale);
    const size_t detail = geo::line_detail_for(camera.metres_per_pixel);
    borders_[std::min(detail, borders_.size() - 1)].draw();
    programs.use_line(camera, theme.coast, theme.coast_width * pixel_scale);
    coastlines_[std::min(detail, coastlines_.size() - 1)].draw();
    programs.use_line(camera, theme.sphere_outline, theme.coast_width * pixel_scale);
    outline_.draw();
}

void BasemapLayer::tint_country(const MapPrograms& programs, const Camera& camera, size_t country,
                                Rgba color) const {
    if (country >= country_vertices_.size()) return;
    programs.use_fill(camera, color);
    land_.draw_range(country_vertices_[country].first, country_vertices_[country].second);
}

int BasemapLayer::country_index(const std::string& code) const {
    for (size_t i = 0; i < country_codes_.size(); ++i)
        if (!code.empty() && country_codes_[i] == code) return int(i);
    return -1;
}

} // namespace render
