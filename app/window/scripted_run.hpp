// Scripted window runs for tests, demos and measurements: --press (keys typed once the map is
// ready, through the same queue as real key presses), --screenshot (save the window, and the
// presenter window beside it, once the map is ready and still), --frame-stats (play as fast as
// possible for N frames and print the frame times). Each decides when the run ends.
#pragma once

#include "app/session/session.hpp"
#include "app/window/frame_stats.hpp"
#include "app/window/glfw_platform.hpp"
#include "app/window/gui.hpp"
#include "base/result.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace app {

class PresenterWindow;

// "P", "N N Right", "Ctrl+F": key presses, letters and digits by themselves, other keys by name
// (Space, Enter, Escape, Left, Right, Up, Down, PageUp, PageDown, Home, End, F1-F12, Plus, Minus),
// with Shift+, Ctrl+ and Alt+ in front. The error lists the names.
base::Result<std::vector<KeyPress>> parse_key_presses(const std::string& text);

class ScriptedRun {
  public:
    explicit ScriptedRun(const GuiOptions& options);

    // True for --frame-stats (the watcher and preferences stay off).
    bool measuring() const { return options_.frame_stats > 0; }
    // True when the presenter must keep its pixels for a screenshot.
    bool keeps_frames() const { return !options_.screenshot.empty(); }
    // Queues --press's keys, the first time the map is ready.
    void press_keys_once();
    // Before the swap: the screenshot (window and presenter) once ready and still, and the command
    // line the Export panel would run for a still of it (`export_still(output)`, printed for tests);
    // an exit code when the run is over.
    std::optional<int>
    after_frame(bool ready, const Session& session, PresenterWindow* presenter, int width, int height,
                double now, const std::function<std::vector<std::string>(const std::string&)>& export_still);
    // After the swap: frame statistics (and, with --pan, the next frame's camera moved), and when
    // the map was first drawn (`map_shown`) and first complete (`ready`).
    void after_swap(bool ready, bool map_shown, Session& session, double ui_ms, double frame_start);
    std::optional<int> finished() const { return finished_; }

  private:
    // Prints the UI font size and each open panel's rectangle (ImGui units).
    static void print_panels();
    GuiOptions options_;
    bool pressed_ = false;
    int ready_frames_ = 0;
    int frames_since_ready_ = 0;
    double ready_at_ = -1;
    FrameStats stats_;
    double first_map_at_ = -1, first_ready_at_ = -1; // seconds since the window system started
    int pan_step_ = 0, moved_frames_ = 0;
    std::optional<int> finished_;
};

} // namespace app
