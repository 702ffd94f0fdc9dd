// The GLFW and Dear ImGui platform under the window: RAII keepers for the library, the window and
// the ImGui context with its backends; opening a GL 4.5 core window; the queue of key presses the
// frame loop turns into commands; Ctrl+C / TERM closing the window the normal way.
#pragma once

#include "app/window/gui.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct GLFWwindow;

namespace app {

struct GlfwSession {
    GlfwSession();
    ~GlfwSession();
    bool ok = false;
};

struct WindowDeleter {
    void operator()(GLFWwindow* w) const;
};
using WindowPtr = std::unique_ptr<GLFWwindow, WindowDeleter>;

// A window with a current GL 4.5 core context and its functions loaded; null on failure.
WindowPtr open_window(const GuiOptions& options, int samples);

// ImGui context and backends for `window`, shut down in reverse order.
// Dear ImGui for the window: its style and its font baked for one scale; rescale() bakes both
// again for another (between frames), so text stays sharp and every padding grows with it.
class ImGuiSession {
  public:
    ImGuiSession(GLFWwindow* window, float ui_scale);
    ~ImGuiSession();
    void rescale(float ui_scale);
    float scale() const { return scale_; }
    // The briefing's text: characters beyond the base ranges (Inter's Latin, Vietnamese, Greek,
    // Cyrillic, punctuation, arrows) are baked from the script fonts installed, if any.
    void set_text(std::string_view text);

  private:
    void bake(float ui_scale);
    void rebuild(float ui_scale);
    float scale_ = 0;
    std::vector<unsigned short> extra_ranges_; // ImWchar pairs, 0-terminated; empty: none
};

// A key pressed (or repeated) since the last frame: GLFW key code and modifier bits.
struct KeyPress {
    int key, mods;
};
// Installed before ImGui's callbacks (ImGui 1.86 chains to it), so every key and modifier works
// with this ImGui's limited key enum; the presenter window installs it too.
void on_glfw_key(GLFWwindow* window, int key, int scancode, int action, int mods);
// The presses collected since the last call (scripted runs add theirs with push_key).
std::vector<KeyPress> take_pressed_keys();
void push_key(KeyPress press);

// Files dropped on the window since the last call (scripted runs add theirs with push_drop).
void on_glfw_drop(GLFWwindow* window, int count, const char** paths);
std::vector<std::string> take_dropped_paths();
void push_drop(std::string path);

// Every input event GLFW delivers to `window` (pointer, buttons, wheel, text, resize, focus,
// expose, keys, drops) bumps input_events(); the idle window compares it before and after a wait.
// Installed before ImGui's callbacks, which chain to these.
void install_input_counter(GLFWwindow* window);
uint64_t input_events();

// The panels ImGui drew last frame (no tooltips, child regions or its debug window), in ImGui
// units: where they cover the map, and where scripted runs report them.
struct PanelRect {
    std::string name;
    float x = 0, y = 0, width = 0, height = 0;
};
std::vector<PanelRect> open_panels();

// Ctrl+C or TERM sets the flag close_signalled() reads: the loop then closes the window cleanly.
void install_close_signals();
bool close_signalled();

} // namespace app
