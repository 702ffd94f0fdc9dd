// Screen-space text: collects glyph quads for one frame (labels, titles) and draws them in one
// call with the SDF atlas, a fill colour and a halo. Only this small buffer changes per frame.
#pragma once

#include "base/result.hpp"

#include "render/font_atlas.hpp"
#include "render/shader_library.hpp"
#include "render/streaming_instances.hpp"
#include "render/theme.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace render {

class TextBatch {
  public:
    static base::Result<std::unique_ptr<TextBatch>> create();

    void clear() { quads_.clear(); }
    // Adds `text` with its baseline's left end at (x, y) screen pixels (y down), `size_px` high.
    void add(const FontAtlas& font, std::string_view text, float x, float y, float size_px);
    // Draws everything added since clear(): fill colour, halo colour and width in pixels.
    void draw(const FontAtlas& font, int viewport_width, int viewport_height, Rgba fill, Rgba halo,
              float halo_px, float size_px);

  private:
    ShaderProgram program_;
    StreamingInstances instances_;
    std::vector<float> quads_; // 8 floats per glyph: rect, uv
};

} // namespace render
