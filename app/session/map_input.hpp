// Turns mouse and keyboard input into camera moves: drag pans, wheel zooms around the cursor,
// +/- zoom around the centre, arrows pan, H goes home. Plain logic, testable without a window.
#pragma once

#include "render/camera.hpp"

namespace app {

struct MapInput {
    bool dragging = false;
    double last_x = 0, last_y = 0;
};

// Cursor positions are in framebuffer pixels.
void on_drag(MapInput& input, render::Camera& camera, bool button_down, double x, double y);
void on_wheel(render::Camera& camera, double x, double y, double wheel_steps);

enum class MapKey { ZoomIn, ZoomOut, Left, Right, Up, Down };
void on_key(render::Camera& camera, MapKey key);

} // namespace app
