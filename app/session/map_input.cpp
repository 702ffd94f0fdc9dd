// Camera moves from input.
#include "app/session/map_input.hpp"

#include <cmath>

namespace app {

void on_drag(MapInput& input, render::Camera& camera, bool button_down, double x, double y) {
    if (button_down && input.dragging) camera.pan_pixels(x - input.last_x, y - input.last_y);
    input.dragging = button_down;
    input.last_x = x;
    input.last_y = y;
}

void on_wheel(render::Camera& camera, double x, double y, double wheel_steps) {
    camera.zoom_at(x, y, std::pow(1.2, wheel_steps));
}

void on_key(render::Camera& camera, MapKey key) {
    const double w = camera.viewport_width, h = camera.viewport_height;
    switch (key) {
    case MapKey::ZoomIn:
        camera.zoom_at(w / 2, h / 2, 1.25);
        break;
    case MapKey::ZoomOut:
        camera.zoom_at(w / 2, h / 2, 1 / 1.25);
        break;
    case MapKey::Left:
        camera.pan_pixels(w * 0.1, 0);
        break;
    case MapKey::Right:
        camera.pan_pixels(-w * 0.1, 0);
        break;
    case MapKey::Up:
        camera.pan_pixels(0, h * 0.1);
        break;
    case MapKey::Down:
        camera.pan_pixels(0, -h * 0.1);
        break;
    }
}

} // namespace app
