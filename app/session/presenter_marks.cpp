// apply_presenter_marks: fractions of the audience's view to scene metres; copy-on-write ink.
#include "app/session/presenter_marks.hpp"

#include <cmath>
#include <memory>

namespace app {

void apply_presenter_marks(Session& session, const PresenterMarks& marks) {
    const render::Camera& camera = session.camera;
    auto on_map = [&](std::pair<double, double> at) {
        const geo::XY p =
            camera.screen_to_map(at.first * camera.viewport_width, at.second * camera.viewport_height);
        return geo::Vec2f{float(p.x), float(p.y)};
    };
    session.pointer.reset();
    if (marks.laser) session.pointer = on_map(*marks.laser);
    if (!marks.ink) return;
    const geo::Vec2f p = on_map(*marks.ink);
    // A new set each change (frames hold the old one while it is drawn).
    auto ink = session.ink ? std::make_shared<geo::LineSet>(*session.ink) : std::make_shared<geo::LineSet>();
    if (marks.new_stroke || ink->line_count() == 0) {
        ink->points.push_back(p);
        ink->starts.push_back(uint32_t(ink->points.size()));
    } else {
        const geo::Vec2f last = ink->points.back();
        if (std::hypot(p.x - last.x, p.y - last.y) < 3 * camera.metres_per_pixel) return;
        ink->points.push_back(p);
        ink->starts.back() = uint32_t(ink->points.size());
    }
    session.ink = std::move(ink);
}

} // namespace app
