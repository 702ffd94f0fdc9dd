// Draws a BasemapScene: background, sphere (ocean), graticule, land, borders, coastlines, outline.
// Owns the scene's GPU buffers; build it on the GL thread once the scene is ready.
#pragma once

#include "geo/basemap_scene.hpp"
#include "render/camera.hpp"
#include "render/line_batch.hpp"
#include "render/map_programs.hpp"
#include "render/theme.hpp"
#include "render/triangle_mesh.hpp"

namespace render {

class BasemapLayer {
  public:
    explicit BasemapLayer(const geo::BasemapScene& scene);

    // `pixel_scale` converts the theme's point widths to pixels (1 at 1080p, 2 at 4K).
    void draw(const MapPrograms& programs, const Camera& camera, const Theme& theme, float pixel_scale) const;

  private:
    TriangleMesh sphere_;
    TriangleMesh land_;
    LineBatch graticule_;
    LineBatch borders_;
    LineBatch coastlines_;
    LineBatch outline_;
};

// Clears to the theme background and sets the blend state every map pass expects.
void begin_map_pass(const Camera& camera, const Theme& theme);

} // namespace render
