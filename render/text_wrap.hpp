// Text broken into lines that fit a width, measured with the font they are drawn in: the
// presenter's notes and the event captions' titles.
#pragma once

#include "render/font_atlas.hpp"

#include <string>
#include <vector>

namespace render {

// Lines of `text` no wider than `width` pixels at `size_px`, breaking at spaces and at the text's
// own line breaks (a word longer than a line gets a line of its own).
std::vector<std::string> wrap_text(const FontAtlas& font, const std::string& text, float size_px,
                                   float width);

} // namespace render
