// The dark and light themes.
#include "render/theme.hpp"

#include <cstdlib>
#include <string>

namespace render {

Rgba hex_color(std::string_view hex) {
    if (!hex.empty() && hex.front() == '#') hex.remove_prefix(1);
    auto channel = [&](size_t i) {
        return i + 2 <= hex.size() ? std::strtol(std::string(hex.substr(i, 2)).c_str(), nullptr, 16) / 255.0f
                                   : 1.0f;
    };
    return {channel(0), channel(2), channel(4), hex.size() >= 8 ? channel(6) : 1.0f};
}

const Theme& dark_theme() {
    static const Theme theme{
        "dark",
        hex_color("#07090c"),
        hex_color("#0f1b26"),
        hex_color("#232a31"),
        hex_color("#4b5663"),
        hex_color("#5f7080"),
        hex_color("#1a2a38"),
        hex_color("#2b3f52"),
        hex_color("#7a92a8"), // opaque: translucent wide lines bead where segments overlap
        hex_color("#f2f5f8"),
        hex_color("#0b0f14"),
        hex_color("#eef2f6"),
        hex_color("#05080bd9")};
    return theme;
}

const Theme& light_theme() {
    static const Theme theme{"light",
                             hex_color("#e4e7eb"),
                             hex_color("#c6d6e2"),
                             hex_color("#f4f1ea"),
                             hex_color("#aaa397"),
                             hex_color("#7d8b97"),
                             hex_color("#b3c5d3"),
                             hex_color("#90a4b4"),
                             hex_color("#6f7f8e"),
                             hex_color("#1b2430"),
                             hex_color("#ffffff"),
                             hex_color("#141b24"),
                             hex_color("#ffffffe0")};
    return theme;
}

const Theme* find_theme(std::string_view name) {
    if (name == "dark") return &dark_theme();
    if (name == "light") return &light_theme();
    return nullptr;
}

} // namespace render
