// A signed-distance-field glyph atlas built with stb_truetype from a TTF/OTF font, so labels stay
// crisp at any size and get a halo for free. Glyphs missing from the font are skipped.
#pragma once

#include "base/result.hpp"

#include "render/gl_handles.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace render {

struct Glyph {
    float advance = 0;                    // in units of the base size
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0; // quad relative to the pen, base-size pixels, y down
    float u0 = 0, v0 = 0, u1 = 0, v1 = 0; // atlas texture coordinates
};

class FontAtlas {
  public:
    // `font` holds a TrueType (.ttf) file's bytes: stb_truetype's SDF needs quadratic outlines, CFF (.otf)
    // fonts come out broken. `text` lists every character to bake (UTF-8).
    static base::Result<std::unique_ptr<FontAtlas>> create(std::vector<uint8_t> font, std::string_view text);

    const Glyph* glyph(char32_t codepoint) const;
    GLuint texture() const { return texture_.get(); }
    float base_size() const { return kBaseSize; }
    float ascent() const { return ascent_; } // base-size pixels above the baseline
    // Width of `text` in pixels at `size_px`.
    float measure(std::string_view text, float size_px) const;

    static constexpr float kBaseSize = 48; // pixel height the SDF is baked at
    static constexpr int kPadding = 10;    // SDF spread in pixels around each glyph

  private:
    std::unordered_map<char32_t, Glyph> glyphs_;
    GlTexture texture_;
    float ascent_ = 0;
};

// Decodes UTF-8 into code points; invalid bytes become U+FFFD.
std::u32string decode_utf8(std::string_view text);

} // namespace render
