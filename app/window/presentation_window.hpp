// Presentation mode for a GLFW window: full screen on a chosen monitor and back to the window it
// was, the list of monitors for the picker, and hiding the cursor when the mouse rests.
#pragma once

#include <string>
#include <vector>

struct GLFWwindow;

namespace app {

// "1: DELL U2720Q 3840x2160" for each connected monitor, primary first.
std::vector<std::string> monitor_names();

class PresentationWindow {
  public:
    explicit PresentationWindow(GLFWwindow* window) : window_(window) {}

    // Full screen on monitor `index` (clamped to those connected); remembers the windowed frame.
    void enter(int index);
    // Back to the window's previous position and size.
    void leave();
    bool active() const { return active_; }

    // Hides the cursor after two seconds without mouse movement while active.
    void update_cursor(double now, double mouse_x, double mouse_y);

  private:
    GLFWwindow* window_;
    bool active_ = false;
    int x_ = 0, y_ = 0, width_ = 0, height_ = 0;
    double last_move_ = 0, last_x_ = -1, last_y_ = -1;
    bool cursor_hidden_ = false;
};

} // namespace app
