// The interactive window: GLFW + Dear ImGui around the map, with pan/zoom and a panel to pick the
// projection, basemap detail and theme. A scripted screenshot mode serves tests and demos.
#pragma once

#include "app/view_options.hpp"

#include <filesystem>

namespace app {

struct GuiOptions {
    ViewOptions view;
    Size window_size{1600, 900};
    std::filesystem::path screenshot; // when set: draw until the map is ready, save this PNG, exit
};

// Returns the process exit code; errors (no display, no GL 4.5) are printed as one line.
int run_gui(const GuiOptions& options);

// True when a display server is reachable (X11 or Wayland variables set).
bool has_display();

} // namespace app
