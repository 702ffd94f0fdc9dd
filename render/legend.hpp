// The map legend: a swatch and a name for each flow category moving now, the line styles of the
// confidence grades in use, and the width scale (volume, share of its peak), on a translucent
// backing in the right-hand corner (bottom or top) the briefing layer finds least busy; labels
// keep clear of its rectangle.
// Swatches are real flows drawn by the flow shader (so they match the map, pulses included) from a
// tiny static geometry placed per row by a pixel camera: drawing the legend uploads nothing.
#pragma once

#include "base/result.hpp"

#include "geo/briefing.hpp"
#include "render/camera.hpp"
#include "render/flow_layer.hpp"
#include "render/font_atlas.hpp"
#include "render/map_programs.hpp"
#include "render/text_batch.hpp"
#include "render/theme.hpp"
#include "render/triangle_mesh.hpp"

#include <array>
#include <memory>
#include <string>
#include <vector>

namespace render {

// What the legend shows: which categories and confidence grades are on the map now.
struct LegendContent {
    std::vector<bool> categories;  // index = geo::FlowCategory
    std::vector<bool> confidences; // index = geo::Confidence
};

enum class LegendCorner { BottomRight, TopRight };

// Where the legend goes and what its rows are, in screen pixels (y down).
struct LegendLayout {
    struct Row {
        std::string label;
        std::vector<size_t> swatches; // drawn side by side
        bool gap = false;             // half a row of space above: a new block starts
    };
    std::vector<Row> rows;                // empty: no legend (nothing moves)
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0; // the backing
    float text_px = 0, row_px = 0, swatch_px = 0, swatch_x = 0, first_row_y = 0;
    int viewport_width = 0, viewport_height = 0;
    float pixel_scale = 1;
};

class Legend {
  public:
    static base::Result<std::unique_ptr<Legend>> create();

    // The words the legend can show, for baking the font atlas.
    static std::string characters();

    // The legend for `content` in `corner` of the viewport, `pad` pixels from its edges.
    static LegendLayout layout(const LegendContent& content, int viewport_width, int viewport_height,
                               float pad, float pixel_scale, const FontAtlas& font, LegendCorner corner);

    // Draws the backing, the swatches and the names.
    void draw(const MapPrograms& programs, const LegendLayout& layout, double anim_seconds,
              const Theme& theme, const FontAtlas& font, TextBatch& text) const;

  private:
    void draw_backing(const MapPrograms& programs, const LegendLayout& layout, const Theme& theme) const;

    geo::Briefing swatches_; // one flow per swatch: categories, then grades, then widths
    std::unique_ptr<FlowLayer> flows_;
    // The backing's two triangles, uploaded when its rectangle changes (rarely: rows or size).
    mutable TriangleMesh backing_;
    mutable std::array<float, 4> backing_rect_{};
};

} // namespace render
