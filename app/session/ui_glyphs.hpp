// The characters the UI font (Inter) is baked with before any briefing: Latin with accents
// (Rzeszów) and Vietnamese (Hà Nội), combining marks, Greek and Cyrillic (local names), general
// punctuation (dashes, quotes), the euro and arrows. A briefing's other characters (Hangul, Han,
// Arabic) come from script fonts where installed (ImGuiSession::set_text).
#pragma once

#include <cstdint>
#include <span>

namespace app {

// Inclusive pairs of code points, then a 0 (ImGui's glyph-range format).
std::span<const uint16_t> ui_base_glyph_ranges();
bool in_ui_base_glyphs(uint32_t codepoint);

} // namespace app
