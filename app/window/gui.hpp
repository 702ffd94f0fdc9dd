// The interactive window: GLFW + Dear ImGui around the map, with the briefing UI (timeline,
// layers, slides, inspector, search, help), presentation mode and a scripted mode for tests and
// demos (apply a date or slide, save a screenshot, exit).
#pragma once

#include "app/map/view_options.hpp"

#include <filesystem>
#include <string>

namespace app {

struct GuiOptions {
    ViewOptions view;
    Size window_size{1600, 900};
    bool window_size_given = false; // --size: exactly that; else the default grows with the screen's UI scale
    std::string time;               // YYYY-MM-DD to start at (default: the busiest day)
    std::string slide;              // slide number or title to start on
    double speed = 0;               // playback speed to start with, days per second (0: the default)
    bool present = false;           // start in presentation mode (full screen)
    bool presenter = false;         // open the presenter window (notes, next slide, time) at start
    std::filesystem::path screenshot; // when set: draw until the map is ready, save this PNG, exit
    double screenshot_delay = 0;      // seconds to keep running (playing, reloading) before the screenshot
    std::string press;                // keys pressed once the map is ready ("P", "NN"): scripted runs
    std::string select;               // id of an object to open in the inspector at start
    std::vector<std::string> drop;    // files dropped on the window once the map is ready (scripted runs)
    int frame_stats = 0;              // when > 0: play this many frames, print frame times, exit
    bool frame_stats_pan = false;     // with frame_stats: also pan the camera every frame (a slow circle)
    float ui_scale = 1.0f;            // from the preferences
    int monitor = 0;                  // from the preferences: where presentation mode goes
    std::filesystem::path
        preferences; // saved here on exit (theme, UI scale, briefing, monitor); empty: not saved
};

// Returns the process exit code; errors (no display, no GL 4.5) are printed as one line.
int run_gui(const GuiOptions& options);

// True when a display server is reachable (X11 or Wayland variables set).
bool has_display();

} // namespace app
