// LayerOverlay: one line batch and one marker batch for all layers; per frame, the runs of
// features alive at t are drawn with one instanced call each.
#include "render/layer_overlay.hpp"

#include <algorithm>
#include <cmath>

namespace render {
namespace {

// Calls draw(first, count) for each maximal run of items in [first, first + count) shown between
// `since` and t: alive at some moment of [since, t] (since == t: alive at t).
template <class Draw>
void for_each_run_at(const std::vector<float>& from, const std::vector<float>& to, uint32_t first,
                     uint32_t count, double since, double t, Draw draw) {
    uint32_t run = first;
    for (uint32_t i = first; i < first + count; ++i) {
        if (from[i] <= t && since <= to[i]) continue;
        if (i > run) draw(run, i - run);
        run = i + 1;
    }
    if (first + count > run) draw(run, first + count - run);
}

} // namespace

LayerStyle layer_style(const std::string& color, double width) {
    LayerStyle style;
    style.color = color.size() == 7 && color[0] == '#' ? hex_color(color) : hex_color("#c8a2c8");
    style.width_points = std::isfinite(width) && width > 0 ? float(std::min(width, 50.0)) : 1.0f;
    return style;
}

base::Result<std::unique_ptr<LayerOverlay>> LayerOverlay::create(const geo::LayerScene& scene,
                                                                 std::vector<LayerStyle> styles) {
    auto overlay = std::unique_ptr<LayerOverlay>(new LayerOverlay);
    std::vector<geo::PlaceMarker> markers;
    markers.reserve(scene.points.size());
    for (const geo::Vec2f& p : scene.points)
        markers.push_back({p, geo::PlaceKind::City, 3, -1});
    auto points_made = MarkerBatch::create(markers);
    if (!points_made) return points_made.error();
    overlay->points_ = std::move(*points_made);
    overlay->lines_ = LineBatch(scene.lines);
    overlay->styles_ = std::move(styles);
    overlay->styles_.resize(scene.layer_lines.size());
    overlay->layer_lines_ = scene.layer_lines;
    overlay->layer_points_ = scene.layer_points;
    overlay->line_from_ = scene.line_from;
    overlay->line_to_ = scene.line_to;
    overlay->point_from_ = scene.point_from;
    overlay->point_to_ = scene.point_to;
    return overlay;
}

void LayerOverlay::draw(const MapPrograms& programs, const Camera& camera, const Theme& theme,
                        float pixel_scale, double since, double t, const std::vector<bool>& visible) const {
    for (size_t l = 0; l < styles_.size(); ++l) {
        if (l < visible.size() && !visible[l]) continue;
        const LayerStyle& style = styles_[l];
        const auto [first_line, line_count] = layer_lines_[l];
        if (line_count) {
            programs.use_line(camera, style.color, style.width_points * pixel_scale);
            for_each_run_at(line_from_, line_to_, first_line, line_count, since, t,
                            [&](uint32_t first, uint32_t count) { lines_.draw_lines(first, count); });
        }
        const auto [first_point, point_count] = layer_points_[l];
        for_each_run_at(
            point_from_, point_to_, first_point, point_count, since, t, [&](uint32_t first, uint32_t count) {
                points_->draw(camera, style.color, theme.marker_outline, pixel_scale, first, count);
            });
    }
}

} // namespace render
