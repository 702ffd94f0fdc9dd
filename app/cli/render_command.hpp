// `supplyline render`: one frame drawn headless (EGL) and written as a PNG.
#pragma once

#include "app/map/view_options.hpp"
#include "base/result.hpp"
#include "geo/briefing.hpp"
#include "geo/lonlat.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <vector>

namespace app {

struct RenderRequest {
    ViewOptions view;
    Size size;
    std::filesystem::path output;
    std::string time;                 // YYYY-MM-DD within the briefing; empty: the day with the most flow
    std::string slide;                // 1-based number or title: its date, camera, focus and title
    bool verbose = false;             // print stage timings and the GL renderer to stderr
    std::vector<bool> layers_visible; // per [[layer]]; missing entries are visible
    std::optional<geo::Bounds>
        view_box;     // --view: the projected area to frame (metres), instead of the home view
    float scale = 1;  // multiplies line widths, markers, labels and legend (--scale)
    int max_tile = 0; // largest tile drawn in one piece; 0: the GL limits (at most 4096)
};

// Pixels of one rendered frame, RGBA8, top row first.
struct Image {
    int width = 0, height = 0;
    std::vector<uint8_t> rgba;
};

// Draws the frame `request` describes (everything but writing it). Shared by `supplyline render`
// and the golden-image tests, so the tests check exactly what users get. Frames larger than one
// tile are drawn tile by tile and joined.
base::Result<Image> render_frame(const RenderRequest& request);

// Returns the process exit code; prints a one-line error to stderr on failure and the
// written path to stdout on success.
int run_render(const RenderRequest& request);

// --scale: 0.25 to 8.
base::Status check_scale(float scale);

} // namespace app
