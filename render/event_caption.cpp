// EventCaption: layout (wrapping, the twelve spots around the place) and drawing.
#include "render/event_caption.hpp"

#include "geo/calendar.hpp"
#include "render/camera.hpp"
#include "render/text_wrap.hpp"

#include <algorithm>
#include <cmath>

namespace render {
namespace {

// `text` wrapped into two lines at most, the second ending in "…" when the title is longer still.
std::vector<std::string> wrap_title(const FontAtlas& font, const std::string& text, float size_px,
                                    float width) {
    std::vector<std::string> lines = wrap_text(font, text, size_px, width);
    if (lines.size() > 2) lines.resize(2), lines[1] += " …";
    if (lines.empty()) lines.emplace_back();
    return lines;
}

} // namespace

std::string EventCaption::characters() {
    // Dates, places and notes (why playback stopped) in plain ASCII, and the caption's own marks.
    std::string text = "· … –";
    for (char c = ' '; c <= '~'; ++c)
        text += c;
    return text;
}

CaptionLayout EventCaption::layout(const geo::Event& event, const std::string& place_name,
                                   std::optional<geo::XY> anchor, const std::string& note, int viewport_width,
                                   int viewport_height, float pixel_scale, float text_scale,
                                   const FontAtlas& font,
                                   const std::function<double(const geo::LabelBox&)>& cost, float alpha) {
    CaptionLayout l;
    l.viewport_width = viewport_width, l.viewport_height = viewport_height;
    l.pixel_scale = pixel_scale, l.alpha = alpha, l.anchor = anchor, l.note = note;
    l.title_px = 26.0f * pixel_scale * text_scale;
    l.when_px = 20.0f * pixel_scale * text_scale;
    l.inset = l.when_px * 0.8f;
    l.title_lines = wrap_title(font, event.title, l.title_px, 0.32f * viewport_width);
    l.when = event.to > event.from ? geo::long_date(event.from) + " – " + geo::long_date(event.to)
                                   : geo::long_date(event.from);
    if (!place_name.empty()) l.when += " · " + place_name;
    float width = font.measure(l.when, l.when_px);
    for (const std::string& line : l.title_lines)
        width = std::max(width, font.measure(line, l.title_px));
    if (!note.empty()) width = std::max(width, font.measure(note, l.when_px));
    const float w = width + 2 * l.inset;
    const float h = l.title_lines.size() * l.title_px * 1.2f + l.when_px * 1.5f +
                    (note.empty() ? 0.0f : l.when_px * 1.5f) + 1.6f * l.inset;
    const float margin = 0.025f * viewport_height;
    auto on_screen = [&](float x, float y) {
        return geo::LabelBox{std::clamp(x, margin, std::max(margin, viewport_width - margin - w)),
                             std::clamp(y, margin, std::max(margin, viewport_height - margin - h)), 0, 0};
    };
    // Spots around the place (above, beside, below; near, then farther), or at the top centre.
    std::vector<geo::LabelBox> spots;
    if (anchor) {
        const float ax = float(anchor->x), ay = float(anchor->y);
        for (const float d : {56.0f * pixel_scale, 140.0f * pixel_scale})
            for (const auto& [x, y] : {std::pair{ax + d, ay - d - h},
                                       {ax - d - w, ay - d - h},
                                       {ax + d, ay - h / 2},
                                       {ax - d - w, ay - h / 2},
                                       {ax + d, ay + d},
                                       {ax - d - w, ay + d}})
                spots.push_back(on_screen(x, y));
    } else { // no place on screen: top centre, lower if the title is there
        spots.push_back(on_screen((viewport_width - w) / 2, margin));
        spots.push_back(on_screen((viewport_width - w) / 2, viewport_height * 0.16f));
    }
    double best = 0;
    for (size_t i = 0; i < spots.size(); ++i) {
        geo::LabelBox spot = spots[i];
        spot.x1 = spot.x0 + w, spot.y1 = spot.y0 + h;
        double covered = cost(spot) + 0.01 * double(i);
        if (anchor && spot.x0 <= anchor->x && anchor->x <= spot.x1 && spot.y0 <= anchor->y &&
            anchor->y <= spot.y1)
            covered += 1e12; // never on the place it names
        if (i == 0 || covered < best) {
            best = covered;
            l.x0 = float(spot.x0), l.y0 = float(spot.y0), l.x1 = float(spot.x1), l.y1 = float(spot.y1);
        }
    }
    return l;
}

void EventCaption::draw(const MapPrograms& programs, const CaptionLayout& l, const Theme& theme,
                        const FontAtlas& font, TextBatch& text) const {
    if (l.title_lines.empty() || l.alpha <= 0) return;
    const geo::XY anchor = l.anchor.value_or(geo::XY{l.x0, l.y0});
    const std::array<float, 6> key{l.x0, l.y0, l.x1, l.y1, float(anchor.x), float(anchor.y)};
    if (key != drawn_ || backing_.vertex_count() == 0) {
        // Pixel camera: (x, -y) is pixel (x, y).
        const geo::Vec2f a{l.x0, -l.y0}, b{l.x1, -l.y0}, c{l.x1, -l.y1}, d{l.x0, -l.y1};
        backing_ = TriangleMesh({a, b, c, a, c, d});
        // The leader: a thin quad from the place to the nearest point of the box.
        const double ex = std::clamp(anchor.x, double(l.x0), double(l.x1));
        const double ey = std::clamp(anchor.y, double(l.y0), double(l.y1));
        const double dx = ex - anchor.x, dy = ey - anchor.y, length = std::hypot(dx, dy);
        std::vector<geo::Vec2f> leader;
        if (l.anchor && length > 1) {
            const double half = 1.2 * l.pixel_scale, nx = -dy / length * half, ny = dx / length * half;
            auto v = [](double x, double y) { return geo::Vec2f{float(x), float(-y)}; };
            const geo::Vec2f p0 = v(anchor.x + nx, anchor.y + ny), p1 = v(ex + nx, ey + ny);
            const geo::Vec2f p2 = v(ex - nx, ey - ny), p3 = v(anchor.x - nx, anchor.y - ny);
            leader = {p0, p1, p2, p0, p2, p3};
        }
        leader_ = TriangleMesh(leader);
        drawn_ = key;
    }
    const Camera camera = pixel_camera(l.viewport_width, l.viewport_height);
    Rgba label = theme.label;
    label.a = l.alpha;
    if (leader_.vertex_count() > 0) {
        programs.use_fill(camera, label);
        leader_.draw();
    }
    Rgba panel = theme.background;
    panel.a = 0.86f * l.alpha;
    programs.use_fill(camera, panel);
    backing_.draw();

    Rgba halo = theme.label_halo;
    halo.a *= l.alpha;
    float y = l.y0 + l.inset + l.title_px * 0.85f;
    text.clear();
    for (const std::string& line : l.title_lines) {
        text.add(font, line, l.x0 + l.inset, y, l.title_px);
        y += l.title_px * 1.2f;
    }
    text.draw(font, l.viewport_width, l.viewport_height, label, halo, 2.0f * l.pixel_scale, l.title_px);
    Rgba soft = label;
    soft.a = 0.8f * l.alpha;
    y += l.when_px * 0.35f;
    text.clear();
    text.add(font, l.when, l.x0 + l.inset, y, l.when_px);
    if (!l.note.empty()) text.add(font, l.note, l.x0 + l.inset, y + l.when_px * 1.5f, l.when_px);
    text.draw(font, l.viewport_width, l.viewport_height, soft, halo, 2.0f * l.pixel_scale, l.when_px);
}

} // namespace render
