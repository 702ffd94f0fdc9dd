// Full screen through glfwSetWindowMonitor; the GL context and every GL object survive it.
#include "app/window/presentation_window.hpp"

#include <GLFW/glfw3.h>
#include <fmt/format.h>

#include <algorithm>

namespace app {

std::vector<std::string> monitor_names() {
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    std::vector<std::string> names;
    for (int i = 0; i < count; ++i) {
        const GLFWvidmode* mode = glfwGetVideoMode(monitors[i]);
        const char* name = glfwGetMonitorName(monitors[i]);
        names.push_back(fmt::format("{}: {} {}x{}", i + 1, name ? name : "monitor", mode ? mode->width : 0,
                                    mode ? mode->height : 0));
    }
    return names;
}

void PresentationWindow::enter(int index) {
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    if (count == 0 || active_) return;
    GLFWmonitor* monitor = monitors[std::clamp(index, 0, count - 1)];
    const GLFWvidmode* mode = glfwGetVideoMode(monitor);
    if (!mode) return;
    glfwGetWindowPos(window_, &x_, &y_);
    glfwGetWindowSize(window_, &width_, &height_);
    glfwSetWindowMonitor(window_, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
    active_ = true;
}

void PresentationWindow::leave() {
    if (!active_) return;
    glfwSetWindowMonitor(window_, nullptr, x_, y_, std::max(width_, 320), std::max(height_, 200), 0);
    active_ = false;
    glfwSetInputMode(window_, GLFW_CURSOR, GLFW_CURSOR_NORMAL);
    cursor_hidden_ = false;
}

void PresentationWindow::update_cursor(double now, double mouse_x, double mouse_y) {
    if (mouse_x != last_x_ || mouse_y != last_y_) last_move_ = now, last_x_ = mouse_x, last_y_ = mouse_y;
    const bool hide = active_ && now - last_move_ > 2.0;
    if (hide != cursor_hidden_) {
        glfwSetInputMode(window_, GLFW_CURSOR, hide ? GLFW_CURSOR_HIDDEN : GLFW_CURSOR_NORMAL);
        cursor_hidden_ = hide;
    }
}

} // namespace app
