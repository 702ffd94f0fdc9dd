// Projecting extra layers: densify, cut at the seam and the domain, project, keep finite runs.
#include "geo/layer_scene.hpp"

#include "geo/projector.hpp"
#include "geo/seam_cut.hpp"

#include <cmath>

namespace geo {
namespace {

// Long straight edges must curve once projected; beyond this many inserted points a layer is drawn
// with its edges as they are, so a hostile file cannot blow densifying up.
constexpr size_t kMaxDensifiedPoints = 4'000'000;

bool visible_point(const Projection& projection, LonLat p) {
    return !projection.cap_radius_deg() ||
           angular_distance_deg(p, {projection.center_lon(), projection.center_lat()}) <=
               *projection.cap_radius_deg();
}

} // namespace

LayerScene build_layer_scene(const std::vector<LayerFeatures>& layers, const Projection& projection,
                             XY origin) {
    LayerScene scene;
    Projector projector(projection);
    size_t densified = 0;
    for (const LayerFeatures& layer : layers) {
        scene.file_colors.push_back(layer.color);
        scene.file_widths.push_back(layer.width);
        const uint32_t first_line = uint32_t(scene.lines.line_count());
        for (size_t i = 0; i < layer.lines.size(); ++i) {
            LonLatLine line = layer.lines[i];
            if (densified < kMaxDensifiedPoints) {
                const size_t before = line.size();
                densify(line, 1.0, false);
                densified += line.size() - before;
            }
            const uint32_t feature = layer.line_feature[i];
            for (const XYLine& piece : projector.line(line)) {
                const size_t lines_before = scene.lines.line_count();
                scene.lines.add(piece, origin); // may split at non-finite points: 0..n lines
                for (size_t l = lines_before; l < scene.lines.line_count(); ++l) {
                    scene.line_from.push_back(float(layer.from[feature]));
                    scene.line_to.push_back(float(layer.to[feature]));
                }
            }
        }
        scene.layer_lines.emplace_back(first_line, uint32_t(scene.lines.line_count()) - first_line);

        const uint32_t first_point = uint32_t(scene.points.size());
        for (size_t i = 0; i < layer.points.size(); ++i) {
            const LonLat p = layer.points[i];
            if (!visible_point(projection, p)) continue;
            const auto xy = projection.forward(p);
            if (!xy) continue;
            const Vec2f v{float(xy->x - origin.x), float(xy->y - origin.y)};
            if (!std::isfinite(v.x) || !std::isfinite(v.y)) continue;
            const uint32_t feature = layer.point_feature[i];
            scene.points.push_back(v);
            scene.point_from.push_back(float(layer.from[feature]));
            scene.point_to.push_back(float(layer.to[feature]));
        }
        scene.layer_points.emplace_back(first_point, uint32_t(scene.points.size()) - first_point);
    }
    return scene;
}

} // namespace geo
