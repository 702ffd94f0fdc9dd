// Draws a briefing's extra layers ([[layer]]): lines in each layer's colour and width, points as
// small markers in the same colour, only the features that exist at time t, only the layers a
// visibility mask turns on (the window's layer panel toggles them). Geometry is uploaded once.
#pragma once

#include "base/result.hpp"

#include "geo/scene.hpp"
#include "render/camera.hpp"
#include "render/line_batch.hpp"
#include "render/map_programs.hpp"
#include "render/marker_batch.hpp"
#include "render/theme.hpp"

#include <memory>
#include <string>
#include <vector>

namespace render {

struct LayerStyle {
    Rgba color;
    float width_points = 1.0f; // line width, scaled by the output's pixel scale
};

class LayerOverlay {
  public:
    // `styles` has one entry per layer of `scene`. Null with `error` set when shaders fail to build.
    static base::Result<std::unique_ptr<LayerOverlay>> create(const geo::LayerScene& scene,
                                                              std::vector<LayerStyle> styles);

    // `visible[i]` turns layer i on; missing entries count as visible. A feature shows when it was
    // alive at some moment between `since` and t: the playback mode's span (active at date: since
    // == t; a window; everything up to date: since the briefing's start).
    void draw(const MapPrograms& programs, const Camera& camera, const Theme& theme, float pixel_scale,
              double since, double t, const std::vector<bool>& visible) const;

    size_t layer_count() const { return styles_.size(); }

  private:
    LayerOverlay() = default;

    std::vector<LayerStyle> styles_;
    std::vector<std::pair<uint32_t, uint32_t>> layer_lines_, layer_points_;
    std::vector<float> line_from_, line_to_, point_from_, point_to_;
    LineBatch lines_;
    std::unique_ptr<MarkerBatch> points_;
};

// The style a [[layer]] asks for ("#rrggbb", width in points), with a visible default colour.
LayerStyle layer_style(const std::string& color, double width);

} // namespace render
