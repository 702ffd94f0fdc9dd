// Slide lookup, command-line dates and slide framing.
#include "geo/slides.hpp"

#include "geo/flow_geometry.hpp"
#include "geo/projection.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <strings.h>

namespace geo {

base::Result<Day> briefing_day(const std::string& text, const Briefing& briefing) {
    if (text.empty()) return busiest_day(briefing);
    return parse_briefing_day(text, briefing, "--time");
}

base::Result<Day> parse_briefing_day(const std::string& text, const Briefing& briefing, const char* option) {
    auto day = parse_day(text);
    if (!day)
        return base::Error{
            fmt::format("bad {} '{}'; expected a date YYYY-MM-DD such as 2024-06-19", option, text)};
    if (*day < briefing.info.start || *day > briefing.info.end)
        return base::Error{fmt::format("{} {} is outside the briefing ({} to {})", option, text,
                                       format_day(briefing.info.start), format_day(briefing.info.end))};
    return *day;
}

base::Result<const Slide*> find_slide(const std::string& key, const Briefing& briefing) {
    int number = 0;
    if (std::from_chars(key.data(), key.data() + key.size(), number).ptr == key.data() + key.size() &&
        number >= 1 && size_t(number) <= briefing.slides.size())
        return &briefing.slides[size_t(number - 1)];
    for (const Slide& s : briefing.slides)
        if (strcasecmp(s.title.c_str(), key.c_str()) == 0) return &s;
    std::string list;
    for (size_t i = 0; i < briefing.slides.size() && i < 12; ++i)
        list += fmt::format("{}{} '{}'", i ? ", " : "", i + 1, briefing.slides[i].title);
    return base::Error{
        fmt::format("unknown slide '{}'; the briefing has {} slides: {}", key, briefing.slides.size(), list)};
}

Bounds slide_view(const Slide& slide, const Briefing& briefing, const Projection& projection, XY origin) {
    Bounds b{1e300, 1e300, -1e300, -1e300};
    auto include = [&](LonLat p) {
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

SlideLook slide_look(const Slide& slide, const Briefing& briefing) {
    int caption = -1;
    for (size_t e = 0; e < briefing.events.size(); ++e) {
        const Event& event = briefing.events[e];
        if (event.from != slide.from) continue;
        if (caption < 0 || (briefing.events[size_t(caption)].place < 0 && event.place >= 0)) caption = int(e);
    }
    return {visibility_for_show(briefing, slide.show), slide.focus, slide.title, caption};
}

} // namespace geo
