// Draws flows: the static segments of every flow (uploaded once) with per-flow state (intensity,
// opacity) uploaded each frame as two floats per flow; the time uniform moves the pulses.
// Colours come from a colour-blind-conscious categorical palette (Okabe-Ito based).
#pragma once

#include "base/result.hpp"

#include "geo/briefing.hpp"
#include "geo/flow_geometry.hpp"
#include "render/camera.hpp"
#include "render/gl_handles.hpp"
#include "render/shader_library.hpp"
#include "render/theme.hpp"
#include "shaders/gpu_layout.h"

#include <array>
#include <memory>
#include <string>
#include <vector>

namespace render {

// The colour of each flow category (index = geo::FlowCategory), readable on dark and light themes.
const std::array<Rgba, CATEGORY_COUNT>& category_palette();

class FlowLayer {
  public:
    static base::Result<std::unique_ptr<FlowLayer>> create(const geo::Briefing& briefing,
                                                           const geo::FlowGeometry& geometry);

    // Uploads the per-flow state for this frame (the only per-frame upload).
    void update(const std::vector<geo::FlowState>& states);
    // `anim_seconds` drives the pulses; `pixel_scale` converts point sizes to pixels.
    void draw(const Camera& camera, float pixel_scale, double anim_seconds) const;
    // Draws only segments [first, first + count), without arrowheads, optionally all in one colour
    // instead of their categories' (legend swatches).
    void draw_range(const Camera& camera, float pixel_scale, double anim_seconds, size_t first, size_t count,
                    Rgba colour_override = {0, 0, 0, 0}) const;

    size_t segment_count() const { return segments_; }

  private:
    void set_shared_uniforms(const ShaderProgram& program, const Camera& camera, float pixel_scale) const;

    ShaderProgram program_, arrow_program_;
    GlBuffer segments_buffer_, style_buffer_, state_buffer_, arrows_buffer_;
    GlVertexArray vao_, arrow_vao_;
    size_t segments_ = 0, flows_ = 0, arrows_ = 0;
};

} // namespace render
