// FontAtlas: stb_truetype SDF glyphs packed into rows of one R8 texture.
#include "render/font_atlas.hpp"

#include <stb_truetype.h>

#include <algorithm>
#include <set>

namespace render {

std::u32string decode_utf8(std::string_view s) {
    std::u32string out;
    for (size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        int extra = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
        if (extra < 0 || i + extra >= s.size() + (extra == 0 ? 1 : 0)) {
            out.push_back(0xFFFD);
            ++i;
            continue;
        }
        char32_t cp = extra == 0 ? c : c & (0x3F >> extra);
        bool ok = true;
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= s.size() || (static_cast<unsigned char>(s[i + k]) >> 6) != 2)
                ok = false;
            else
                cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        }
        out.push_back(ok ? cp : 0xFFFD);
        i += ok ? extra + 1 : 1;
    }
    return out;
}

base::Result<std::unique_ptr<FontAtlas>> FontAtlas::create(std::vector<uint8_t> font, std::string_view text) {
    stbtt_fontinfo info;
    if (font.empty() || !stbtt_InitFont(&info, font.data(), stbtt_GetFontOffsetForIndex(font.data(), 0)))
        return base::Error{"cannot read the label font"};
    auto atlas = std::unique_ptr<FontAtlas>(new FontAtlas);
    const float scale = stbtt_ScaleForPixelHeight(&info, kBaseSize);
    int ascent = 0, descent = 0, gap = 0;
    stbtt_GetFontVMetrics(&info, &ascent, &descent, &gap);
    atlas->ascent_ = ascent * scale;

    std::set<char32_t> wanted{U' ', U'?'};
    for (char32_t c : decode_utf8(text))
        wanted.insert(c);
    constexpr int kWidth = 2048;
    std::vector<uint8_t> pixels;
    int pen_x = 0, pen_y = 0, row_height = 0;
    struct Placed {
        char32_t cp;
        int x, y, w, h, xoff, yoff;
        float advance;
    };
    std::vector<Placed> placed;
    std::vector<std::pair<std::vector<uint8_t>, size_t>> bitmaps;
    for (char32_t cp : wanted) {
        if (stbtt_FindGlyphIndex(&info, int(cp)) == 0) continue; // not in this font
        int advance = 0, lsb = 0;
        stbtt_GetCodepointHMetrics(&info, int(cp), &advance, &lsb);
        int w = 0, h = 0, xoff = 0, yoff = 0;
        unsigned char* sdf = stbtt_GetCodepointSDF(&info, scale, int(cp), kPadding, 128, 128.0f / kPadding,
                                                   &w, &h, &xoff, &yoff);
        if (pen_x + w > kWidth) pen_x = 0, pen_y += row_height + 1, row_height = 0;
        placed.push_back({cp, pen_x, pen_y, w, h, xoff, yoff, advance * scale});
        bitmaps.push_back({std::vector<uint8_t>(sdf, sdf + size_t(w) * h), placed.size() - 1});
        if (sdf) stbtt_FreeSDF(sdf, nullptr);
        pen_x += w + 1;
        row_height = std::max(row_height, h);
    }
    const int height = std::max(1, pen_y + row_height);
    pixels.assign(size_t(kWidth) * height, 0);
    for (const auto& [bitmap, index] : bitmaps) {
        const Placed& p = placed[index];
        for (int row = 0; row < p.h; ++row)
            std::copy_n(bitmap.begin() + size_t(row) * p.w, p.w,
                        pixels.begin() + size_t(p.y + row) * kWidth + p.x);
    }
    for (const Placed& p : placed) {
        atlas->glyphs_[p.cp] = Glyph{
            p.advance / kBaseSize,    float(p.xoff),       float(p.yoff),       float(p.xoff + p.w),
            float(p.yoff + p.h),      float(p.x) / kWidth, float(p.y) / height, float(p.x + p.w) / kWidth,
            float(p.y + p.h) / height};
    }
    GLuint tex = 0;
    glCreateTextures(GL_TEXTURE_2D, 1, &tex);
    atlas->texture_ = GlTexture(tex);
    glTextureStorage2D(tex, 1, GL_R8, kWidth, height);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTextureSubImage2D(tex, 0, 0, 0, kWidth, height, GL_RED, GL_UNSIGNED_BYTE, pixels.data());
    glTextureParameteri(tex, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTextureParameteri(tex, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTextureParameteri(tex, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTextureParameteri(tex, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    return atlas;
}

const Glyph* FontAtlas::glyph(char32_t cp) const {
    if (auto it = glyphs_.find(cp); it != glyphs_.end()) return &it->second;
    if (auto it = glyphs_.find(U'?'); it != glyphs_.end()) return &it->second;
    return nullptr;
}

float FontAtlas::measure(std::string_view text, float size_px) const {
    float width = 0;
    for (char32_t c : decode_utf8(text))
        if (const Glyph* g = glyph(c)) width += g->advance * size_px;
    return width;
}

} // namespace render
