// Glyph coverage for the shipped briefings' text (issue 17): every character of Latin, Vietnamese,
// Greek, Cyrillic, punctuation and arrows that a briefing uses is in the UI font's base ranges and
// in Inter itself, so the inspector never shows '?' for "Hà Nội", "Київ" or "Rajin – Dunai"; and
// every character the ranges leave out (Hangul, Han, Arabic) is one Inter cannot draw anyway
// (those come from the script fonts installed, or the inspector says a font is missing).
#include "app/session/ui_glyphs.hpp"

#include <gtest/gtest.h>
#include <stb_truetype.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

namespace {

std::vector<unsigned char> read_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

std::set<uint32_t> code_points(const std::vector<unsigned char>& text) {
    std::set<uint32_t> out;
    for (size_t i = 0; i < text.size();) {
        const unsigned char b = text[i];
        const int n = b < 0x80 ? 1 : b >> 5 == 6 ? 2 : b >> 4 == 14 ? 3 : 4;
        uint32_t c = n == 1 ? b : b & (0x7F >> n);
        for (int k = 1; k < n && i + size_t(k) < text.size(); ++k)
            c = (c << 6) | (text[i + size_t(k)] & 0x3F);
        i += size_t(n);
        if (c >= 0x20) out.insert(c);
    }
    return out;
}

TEST(UiGlyphs, ShippedBriefingsTextIsCoveredByInterOrNamedAsMissing) {
    std::vector<unsigned char> font = read_bytes(SUPPLYLINE_ASSET_DIR "/fonts/Inter-Regular.otf");
    stbtt_fontinfo inter;
    ASSERT_TRUE(stbtt_InitFont(&inter, font.data(), stbtt_GetFontOffsetForIndex(font.data(), 0)));
    size_t checked = 0, beyond = 0;
    for (const auto& entry : std::filesystem::directory_iterator(SUPPLYLINE_ASSET_DIR "/briefings")) {
        const auto path = entry.path() / "briefing.toml";
        if (!std::filesystem::exists(path)) continue;
        for (uint32_t c : code_points(read_bytes(path))) {
            const bool inter_has = stbtt_FindGlyphIndex(&inter, int(c)) != 0;
            if (app::in_ui_base_glyphs(c)) {
                EXPECT_TRUE(inter_has) << path << ": U+" << std::hex << c << " is baked but Inter lacks it";
                ++checked;
            } else {
                EXPECT_FALSE(inter_has) << path << ": U+" << std::hex << c << " is in Inter but not baked";
                EXPECT_GE(c, 0x0590u)
                    << path << ": U+" << std::hex << c << " of a European script is left out";
                ++beyond;
            }
        }
    }
    EXPECT_GT(checked, 100u);
    EXPECT_GT(beyond, 0u) << "the Eurasia briefing's Korean and Chinese local names";
    for (uint32_t c : {0x1ED9u, 0x0457u, 0x2013u, 0x2192u}) // ộ, ї, en dash, →
        EXPECT_TRUE(app::in_ui_base_glyphs(c)) << std::hex << c;
}

} // namespace
