// The map legend, bottom right: a swatch and a name for each flow category moving now, the line
// styles of the confidence grades in use, and the width scale (volume, share of its peak).
// Swatches are real flows drawn by the flow shader (so they match the map, pulses included) from a
// tiny static geometry placed per row by a pixel camera: drawing the legend uploads nothing.
#pragma once

#include "base/result.hpp"

#include "geo/briefing.hpp"
#include "render/camera.hpp"
#include "render/flow_layer.hpp"
#include "render/font_atlas.hpp"
#include "render/text_batch.hpp"
#include "render/theme.hpp"

#include <memory>
#include <string>
#include <vector>

namespace render {

// What the legend shows: which categories and confidence grades are on the map now.
struct LegendContent {
    std::vector<bool> categories;  // index = geo::FlowCategory
    std::vector<bool> confidences; // index = geo::Confidence
};

class Legend {
  public:
    static base::Result<std::unique_ptr<Legend>> create();

    // The words the legend can show, for baking the font atlas.
    static std::string characters();

    // Draws in the bottom-right corner of `viewport`, `pad` pixels from its edges.
    void draw(const LegendContent& content, int viewport_width, int viewport_height, float pad,
              float pixel_scale, double anim_seconds, const Theme& theme, const FontAtlas& font,
              TextBatch& text) const;

  private:
    geo::Briefing swatches_; // one flow per swatch: categories, then grades, then widths
    std::unique_ptr<FlowLayer> flows_;
};

} // namespace render
