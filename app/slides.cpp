// Slide lookup, framing and camera flights.
#include "app/slides.hpp"

#include "geo/flow_geometry.hpp"
#include "geo/visibility.hpp"
#include "render/briefing_layer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <strings.h>

namespace app {

geo::Result<geo::Day> briefing_day(const std::string& text, const geo::Briefing& briefing) {
    if (text.empty()) return geo::busiest_day(briefing);
    return parse_briefing_day(text, briefing, "--time");
}

geo::Result<geo::Day> parse_briefing_day(const std::string& text, const geo::Briefing& briefing,
                                         const char* option) {
    auto day = geo::parse_day(text);
    if (!day)
        return geo::Error{
            fmt::format("bad {} '{}'; expected a date YYYY-MM-DD such as 2024-06-19", option, text)};
    if (*day < briefing.info.start || *day > briefing.info.end)
        return geo::Error{fmt::format("{} {} is outside the briefing ({} to {})", option, text,
                                      geo::format_day(briefing.info.start),
                                      geo::format_day(briefing.info.end))};
    return *day;
}

geo::Result<const geo::Slide*> find_slide(const std::string& key, const geo::Briefing& briefing) {
    int number = 0;
    if (std::from_chars(key.data(), key.data() + key.size(), number).ptr == key.data() + key.size() &&
        number >= 1 && size_t(number) <= briefing.slides.size())
        return &briefing.slides[size_t(number - 1)];
    for (const geo::Slide& s : briefing.slides)
        if (strcasecmp(s.title.c_str(), key.c_str()) == 0) return &s;
    std::string list;
    for (size_t i = 0; i < briefing.slides.size() && i < 12; ++i)
        list += fmt::format("{}{} '{}'", i ? ", " : "", i + 1, briefing.slides[i].title);
    return geo::Error{
        fmt::format("unknown slide '{}'; the briefing has {} slides: {}", key, briefing.slides.size(), list)};
}

geo::Bounds slide_view(const geo::Slide& slide, const geo::Briefing& briefing,
                       const geo::Projection& projection, geo::XY origin) {
    geo::Bounds b{1e300, 1e300, -1e300, -1e300};
    auto include = [&](geo::LonLat p) {
        if (auto q = projection.forward(p)) {
            b.min_x = std::min(b.min_x, q->x - origin.x), b.max_x = std::max(b.max_x, q->x - origin.x);
            b.min_y = std::min(b.min_y, q->y - origin.y), b.max_y = std::max(b.max_y, q->y - origin.y);
        }
    };
    for (int p : slide.fit)
        include(briefing.places[size_t(p)].lonlat);
    if (slide.center) {
        include(*slide.center);
        const double half = std::max(slide.zoom_km, 200.0) * 500.0; // metres
        b = {b.min_x - half, b.min_y - half, b.max_x + half, b.max_y + half};
    }
    // Room around the places for labels and arrows: 25 % on each side, at least 300 km across.
    const double pad_x = std::max(b.width() * 0.25, 150e3), pad_y = std::max(b.height() * 0.25, 150e3);
    return {b.min_x - pad_x, b.min_y - pad_y, b.max_x + pad_x, b.max_y + pad_y};
}

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

void apply_slide(const geo::Slide& slide, render::BriefingLayer& layer) {
    layer.set_focus(slide.focus);
    layer.set_slide_title(slide.title);
    layer.set_visibility(geo::visibility_for_show(layer.briefing(), slide.show));
}

} // namespace app
