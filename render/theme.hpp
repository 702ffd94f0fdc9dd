// Colour themes tuned for projectors: the basemap recedes so the story (flows) can pop.
#pragma once

#include <string_view>

namespace render {

struct Rgba {
    float r = 0, g = 0, b = 0, a = 1;
};

struct Theme {
    std::string_view name;
    Rgba background; // outside the projection's sphere
    Rgba ocean;
    Rgba land;
    Rgba border;
    Rgba coast;
    Rgba graticule;
    Rgba sphere_outline;
    Rgba corridor;    // routes before flows are drawn on them
    Rgba marker_fill; // place symbols
    Rgba marker_outline;
    Rgba label; // place names and titles
    Rgba label_halo;
    // Line widths in points (1/72 inch at 96 dpi; scaled by the output's pixel scale).
    float border_width = 0.9f;
    float coast_width = 1.3f;
    float graticule_width = 0.8f;
    float corridor_width = 2.2f;
};

const Theme& dark_theme();
const Theme& light_theme();
// "dark" or "light"; nullptr for anything else.
const Theme* find_theme(std::string_view name);

// "#rrggbb" or "#rrggbbaa" -> colour; used for themes and (later) briefing colours.
Rgba hex_color(std::string_view hex);

} // namespace render
