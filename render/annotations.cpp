// Annotations: ink as lines in scene metres, the pointer as a disc and a ring in pixels.
#include "render/annotations.hpp"

#include <cmath>
#include <vector>

namespace render {

base::Result<std::unique_ptr<Annotations>> Annotations::create() {
    auto a = std::unique_ptr<Annotations>(new Annotations);
    auto rings = RingBatch::create();
    if (!rings) return rings.error();
    a->rings_ = std::move(*rings);
    return a;
}

void Annotations::draw(const MapPrograms& programs, const Frame& frame) {
    const Camera& camera = frame.camera;
    const float ps = frame.pixel_scale;
    if (frame.ink && frame.ink->line_count() > 0) {
        if (frame.ink != ink_built_for_) {
            ink_ = LineBatch(*frame.ink);
            ink_built_for_ = frame.ink;
        }
        programs.use_line(camera, {1.0f, 0.80f, 0.15f, 0.95f}, 5.0f * ps); // a highlighter's amber
        ink_.draw();
    }
    if (!frame.pointer) return;
    // A red disc (a laser's spot) with a ring that pulses, in pixels around the pointed place.
    const geo::XY at = camera.map_to_screen({frame.pointer->x, frame.pointer->y});
    const float r = 9.0f * ps;
    std::vector<geo::Vec2f> disc;
    constexpr int kSides = 24;
    for (int i = 0; i < kSides; ++i) {
        const double a0 = 2 * M_PI * i / kSides, a1 = 2 * M_PI * (i + 1) / kSides;
        disc.push_back({float(at.x), float(-at.y)});
        disc.push_back({float(at.x + r * std::cos(a0)), float(-at.y - r * std::sin(a0))});
        disc.push_back({float(at.x + r * std::cos(a1)), float(-at.y - r * std::sin(a1))});
    }
    dot_ = TriangleMesh(disc);
    programs.use_fill(pixel_camera(camera.viewport_width, camera.viewport_height),
                      {1.0f, 0.12f, 0.08f, 0.95f});
    dot_.draw();
    rings_->clear();
    const double phase = std::fmod(frame.anim_seconds / 0.9, 1.0);
    rings_->add(*frame.pointer, float((12.0 + 18.0 * phase) * ps), float(1.0 - phase));
    rings_->draw(camera, {1.0f, 0.2f, 0.1f, 1.0f}, 3.0f * ps);
}

} // namespace render
