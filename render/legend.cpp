// Legend rows and swatches.
#include "render/legend.hpp"

#include "render/gpu_layout.hpp"

#include <algorithm>

namespace render {
namespace {

constexpr size_t kCategories = kCategoryCount, kGrades = 4, kWidths = 3;
constexpr float kSwatchPoints = 44; // swatch length
constexpr float kWidthSamples[kWidths] = {0.08f, 0.5f, 1.0f};

size_t grade_swatch(size_t grade) {
    return kCategories + grade;
}
size_t width_swatch(size_t k) {
    return kCategories + kGrades + k;
}

const char* grade_name(size_t grade) {
    static const char* const kNames[] = {"confirmed", "probable", "possible", "alleged"};
    return kNames[grade];
}

// A camera whose map units are points and which puts the map origin at screen pixel (x, y).
Camera swatch_camera(int width, int height, float pixel_scale, double x, double y) {
    Camera c;
    c.viewport_width = width;
    c.viewport_height = height;
    c.metres_per_pixel = 1.0 / pixel_scale;
    const geo::XY origin_at = c.screen_to_map(x, y);
    c.center = {-origin_at.x, -origin_at.y};
    return c;
}

} // namespace

base::Result<std::unique_ptr<Legend>> Legend::create() {
    auto legend = std::unique_ptr<Legend>(new Legend);
    geo::Briefing& b = legend->swatches_;
    geo::FlowGeometry geometry;
    auto add = [&](geo::FlowCategory category, geo::Confidence confidence) {
        geo::Flow f;
        f.category = category;
        f.confidence = confidence;
        const float index = float(b.flows.size());
        geometry.first.push_back(uint32_t(geometry.segments.size()));
        geometry.segments.push_back({{0, 0}, {kSwatchPoints, 0}, 0, kSwatchPoints, index, 0});
        geometry.count.push_back(1);
        geometry.length.push_back(kSwatchPoints);
        b.flows.push_back(f);
    };
    for (size_t c = 0; c < kCategories; ++c)
        add(geo::FlowCategory(c), geo::Confidence::Confirmed);
    for (size_t g = 0; g < kGrades; ++g)
        add(geo::FlowCategory::Equipment, geo::Confidence(g));
    for (size_t k = 0; k < kWidths; ++k)
        add(geo::FlowCategory::Equipment, geo::Confidence::Confirmed);
    auto flows_made = FlowLayer::create(b, geometry);
    if (!flows_made) return flows_made.error();
    legend->flows_ = std::move(*flows_made);
    std::vector<geo::FlowState> states(b.flows.size(), {0.4f, 1.0f});
    for (size_t k = 0; k < kWidths; ++k)
        states[width_swatch(k)].intensity = kWidthSamples[k];
    legend->flows_->update(states);
    return legend;
}

std::string Legend::characters() {
    std::string chars = "volume, low to peak";
    for (auto name : geo::flow_category_names())
        chars += name;
    for (size_t g = 0; g < kGrades; ++g)
        chars += grade_name(g);
    return chars;
}

LegendLayout Legend::layout(const LegendContent& content, int viewport_width, int viewport_height, float pad,
                            float pixel_scale, const FontAtlas& font, LegendCorner corner) {
    LegendLayout l;
    l.viewport_width = viewport_width;
    l.viewport_height = viewport_height;
    l.pixel_scale = pixel_scale;
    for (size_t c = 0; c < kCategories && c < content.categories.size(); ++c)
        if (content.categories[c]) l.rows.push_back({std::string(geo::flow_category_names()[c]), {c}});
    if (l.rows.empty()) return l;
    const size_t line_styles = l.rows.size();
    for (size_t g = 0; g < kGrades && g < content.confidences.size(); ++g)
        if (content.confidences[g]) l.rows.push_back({grade_name(g), {grade_swatch(g)}});
    l.rows.push_back({"volume, low to peak", {width_swatch(0), width_swatch(1), width_swatch(2)}});
    l.rows[line_styles].gap = true;

    l.text_px = 19.0f * pixel_scale;
    l.row_px = l.text_px * 1.45f;
    l.swatch_px = kSwatchPoints * pixel_scale;
    float label_width = 0;
    for (const LegendLayout::Row& row : l.rows)
        label_width = std::max(label_width, font.measure(row.label, l.text_px));
    l.swatch_x = viewport_width - pad - label_width - l.text_px * 0.6f - l.swatch_px;
    float height = (l.rows.size() - 1) * l.row_px + l.row_px * 0.5f; // rows, and the gap between blocks
    const float inset = l.text_px * 0.7f;                            // backing beyond the content
    l.first_row_y = corner == LegendCorner::BottomRight ? viewport_height - pad - height - l.text_px * 0.35f
                                                        : pad + inset + l.text_px * 0.5f;
    const float widths_left = l.swatch_x + l.swatch_px - kWidths * l.swatch_px * 0.62f; // the width scale
    l.x0 = std::min(l.swatch_x, widths_left) - inset;
    l.x1 = float(viewport_width) - pad + inset * 0.5f;
    l.y0 = l.first_row_y - l.text_px * 0.5f - inset;
    l.y1 = l.first_row_y + height + l.text_px * 0.5f + inset * 0.6f;
    return l;
}

void Legend::draw_backing(const MapPrograms& programs, const LegendLayout& l, const Theme& theme) const {
    const std::array<float, 4> rect{l.x0, l.y0, l.x1, l.y1};
    if (rect != backing_rect_ || backing_.vertex_count() == 0) {
        // A pixel camera below maps (x, -y) to screen pixel (x, y).
        const geo::Vec2f a{l.x0, -l.y0}, b{l.x1, -l.y0}, c{l.x1, -l.y1}, d{l.x0, -l.y1};
        backing_ = TriangleMesh({a, b, c, a, c, d});
        backing_rect_ = rect;
    }
    const Camera camera = pixel_camera(l.viewport_width, l.viewport_height);
    Rgba panel = theme.background;
    panel.a = 0.78f; // the map shows through, faintly; the swatches and names read on it
    programs.use_fill(camera, panel);
    backing_.draw();
}

void Legend::draw(const MapPrograms& programs, const LegendLayout& l, double anim_seconds, const Theme& theme,
                  const FontAtlas& font, TextBatch& text) const {
    if (l.rows.empty()) return;
    draw_backing(programs, l, theme);
    const float pixel_scale = l.pixel_scale, swatch_px = l.swatch_px, text_px = l.text_px, row_px = l.row_px;
    const float widths_px = kWidths * swatch_px * 0.62f;
    float y = l.first_row_y;
    text.clear();
    for (const LegendLayout::Row& row : l.rows) {
        y += row.gap ? row_px * 0.5f : 0.0f;
        if (row.swatches.size() == 1) {
            const Camera camera =
                swatch_camera(l.viewport_width, l.viewport_height, pixel_scale, l.swatch_x, y);
            const bool neutral = row.swatches[0] >= kCategories; // line styles: in the text's colour
            flows_->draw_range(camera, pixel_scale, anim_seconds, row.swatches[0], 1,
                               neutral ? theme.label : Rgba{0, 0, 0, 0});
        } else { // the width scale: short samples, thin to thick
            for (size_t k = 0; k < row.swatches.size(); ++k) {
                const double x = l.swatch_x + swatch_px - widths_px + k * swatch_px * 0.62f;
                const Camera camera =
                    swatch_camera(l.viewport_width, l.viewport_height, pixel_scale * 0.38f, x, y);
                flows_->draw_range(camera, pixel_scale, anim_seconds, row.swatches[k], 1, theme.label);
            }
        }
        text.add(font, row.label, l.swatch_x + swatch_px + text_px * 0.6f, y + text_px * 0.36f, text_px);
        y += row_px;
    }
    text.draw(font, l.viewport_width, l.viewport_height, theme.label, theme.label_halo, 2.5f * pixel_scale,
              text_px);
}

} // namespace render
