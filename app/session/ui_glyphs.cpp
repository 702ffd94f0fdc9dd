// The UI font's base glyph ranges.
#include "app/session/ui_glyphs.hpp"

namespace app {
namespace {
constexpr uint16_t kBaseRanges[] = {0x0020, 0x024F, 0x0300, 0x036F, 0x0370, 0x03FF, 0x0400, 0x052F, 0x1EA0,
                                    0x1EFF, 0x2000, 0x206F, 0x20AC, 0x20AC, 0x2190, 0x21FF, 0};
} // namespace

std::span<const uint16_t> ui_base_glyph_ranges() {
    return kBaseRanges;
}

bool in_ui_base_glyphs(uint32_t codepoint) {
    for (size_t i = 0; kBaseRanges[i] != 0; i += 2)
        if (codepoint >= kBaseRanges[i] && codepoint <= kBaseRanges[i + 1]) return true;
    return false;
}

} // namespace app
