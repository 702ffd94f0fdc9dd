// Draws a BasemapScene: background, sphere (ocean), graticule, land, borders, coastlines, outline.
// Owns the scene's GPU buffers; build it on the GL thread once the scene is ready.
#pragma once

#include "geo/scene.hpp"
#include "render/camera.hpp"
#include "render/line_batch.hpp"
#include "render/map_programs.hpp"
#include "render/theme.hpp"
#include "render/triangle_mesh.hpp"

#include <string>
#include <vector>

namespace render {

class BasemapLayer {
  public:
    explicit BasemapLayer(const geo::BasemapScene& scene);

    // `pixel_scale` converts the theme's point widths to pixels (1 at 1080p, 2 at 4K).
    void draw(const MapPrograms& programs, const Camera& camera, const Theme& theme, float pixel_scale) const;

    // Fills one country (index into the scene's countries) with `color`, over the basemap.
    void tint_country(const MapPrograms& programs, const Camera& camera, size_t country, Rgba color) const;
    // Index of the country with ISO alpha-3 `code`, or -1.
    int country_index(const std::string& code) const;

  private:
    std::vector<std::string> country_codes_;
    std::vector<std::pair<uint32_t, uint32_t>> country_vertices_;
    TriangleMesh sphere_;
    TriangleMesh land_;
    LineBatch graticule_;
    // Borders and coastlines at levels of detail, finest first (geo::kLineDetail).
    std::vector<LineBatch> borders_;
    std::vector<LineBatch> coastlines_;
    LineBatch outline_;
};

// Clears to the theme background and sets the blend state every map pass expects.
void begin_map_pass(const Camera& camera, const Theme& theme);

} // namespace render
