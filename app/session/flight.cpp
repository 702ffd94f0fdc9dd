// Eased camera flights.
#include "app/session/flight.hpp"

#include <algorithm>
#include <cmath>

namespace app {

double ease_in_out(double u) {
    u = std::clamp(u, 0.0, 1.0);
    return u < 0.5 ? 4 * u * u * u : 1 - std::pow(-2 * u + 2, 3) / 2;
}

geo::Bounds fly_between(const geo::Bounds& from, const geo::Bounds& to, double u) {
    const double e = ease_in_out(u);
    auto mix_log = [e](double a, double b) {
        return std::exp(std::log(a) + (std::log(b) - std::log(a)) * e);
    };
    const double w0 = std::max(from.width(), 1.0), w1 = std::max(to.width(), 1.0);
    const double w = mix_log(w0, w1);
    const double h = mix_log(std::max(from.height(), 1.0), std::max(to.height(), 1.0));
    // The centre moves in step with the size, not with time: zooming in, it covers most of the way
    // while the view is still wide, so the destination stays on screen all along instead of
    // sliding in from the edge at the end (and zooming out keeps the start on screen likewise).
    const double progress = std::abs(std::log(w1 / w0)) < 0.05 ? e : (w - w0) / (w1 - w0);
    auto move = [progress](double a, double b) { return a + (b - a) * progress; };
    const double cx = move((from.min_x + from.max_x) / 2, (to.min_x + to.max_x) / 2);
    const double cy = move((from.min_y + from.max_y) / 2, (to.min_y + to.max_y) / 2);
    return {cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2};
}

double flight_seconds(const geo::Bounds& from, const geo::Bounds& to) {
    // Distance in units of the larger view's size, plus the zoom change in factors of two.
    const double size = std::max({from.width(), from.height(), to.width(), to.height(), 1.0});
    const double dx = (from.min_x + from.max_x - to.min_x - to.max_x) / 2;
    const double dy = (from.min_y + from.max_y - to.min_y - to.max_y) / 2;
    const double zoom = std::abs(std::log2(std::max(from.width(), 1.0) / std::max(to.width(), 1.0)));
    const double effort = std::hypot(dx, dy) / size + zoom / 3;
    return std::clamp(0.5 + effort, 0.0, 1.5) * (effort > 1e-6 ? 1.0 : 0.0);
}

} // namespace app
