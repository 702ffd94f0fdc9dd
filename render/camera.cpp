// Camera arithmetic.
#include "render/camera.hpp"

#include <algorithm>

namespace render {

void Camera::fit(const geo::Bounds& b, double margin) {
    center = {(b.min_x + b.max_x) / 2, (b.min_y + b.max_y) / 2};
    const double usable_w = viewport_width * (1.0 - 2 * margin);
    const double usable_h = viewport_height * (1.0 - 2 * margin);
    metres_per_pixel = std::max(b.width() / std::max(usable_w, 1.0), b.height() / std::max(usable_h, 1.0));
    if (!(metres_per_pixel > 0)) metres_per_pixel = 1e4;
}

geo::Bounds Camera::visible() const {
    const double hw = viewport_width * metres_per_pixel / 2, hh = viewport_height * metres_per_pixel / 2;
    return {center.x - hw, center.y - hh, center.x + hw, center.y + hh};
}

geo::XY Camera::screen_to_map(double px, double py) const {
    return {center.x + (px - viewport_width / 2.0) * metres_per_pixel,
            center.y - (py - viewport_height / 2.0) * metres_per_pixel};
}

geo::XY Camera::map_to_screen(geo::XY p) const {
    return {(p.x - center.x) / metres_per_pixel + viewport_width / 2.0,
            viewport_height / 2.0 - (p.y - center.y) / metres_per_pixel};
}

void Camera::pan_pixels(double dx, double dy) {
    center.x -= dx * metres_per_pixel;
    center.y += dy * metres_per_pixel;
}

void Camera::zoom_at(double px, double py, double factor) {
    const geo::XY before = screen_to_map(px, py);
    metres_per_pixel /= factor;
    const geo::XY after = screen_to_map(px, py);
    center.x += before.x - after.x;
    center.y += before.y - after.y;
}

void Camera::clamp_to(const geo::Bounds& world) {
    const double extent = std::max(world.width(), world.height());
    // From the whole world at 1/4 of the screen to ~1 m per pixel.
    const double max_mpp = extent / std::max(1, std::min(viewport_width, viewport_height)) * 4.0;
    metres_per_pixel = std::clamp(metres_per_pixel, 1.0, std::max(max_mpp, 1.0));
    center.x = std::clamp(center.x, world.min_x, world.max_x);
    center.y = std::clamp(center.y, world.min_y, world.max_y);
}

Camera pixel_camera(int viewport_width, int viewport_height) {
    Camera camera;
    camera.viewport_width = viewport_width;
    camera.viewport_height = viewport_height;
    camera.metres_per_pixel = 1;
    camera.center = {viewport_width / 2.0, -viewport_height / 2.0};
    return camera;
}

} // namespace render
