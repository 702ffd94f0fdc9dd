// What to show, shared by the window and the headless commands: projection, theme, basemap scale,
// output size. Parsed from the command line with clear one-line errors.
#pragma once

#include "base/result.hpp"
#include "geo/basemap.hpp"
#include "geo/projection.hpp"
#include "render/frame.hpp"

#include <string>

namespace app {

struct Size {
    int width = 1920;
    int height = 1080;
};

struct ViewOptions {
    std::string projection{geo::kDefaultProjection};
    render::FrameLook look; // theme, flow labels: how every output draws the map
    geo::BasemapScale basemap = geo::BasemapScale::k50m;
    bool world = false;          // frame the whole projected world instead of the briefing region
    std::string briefing;        // briefing.toml to show; empty for the basemap alone
    bool projection_set = false; // given on the command line: overrides the briefing's
    bool basemap_set = false;
    bool trust = false; // --trust: lift the untrusted-input policy (geo/input_policy.hpp)
};

// "1920x1080" -> Size; errors say what was expected. Sides must be 16..16384.
base::Result<Size> parse_size(const std::string& text);

// Pixel scale for point-sized styles: 1 at 1080 lines, 2 at 2160.
float pixel_scale_for(Size size);

} // namespace app
