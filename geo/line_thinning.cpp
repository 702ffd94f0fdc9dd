// Douglas-Peucker per line on the flat arrays, with an explicit stack (no recursion depth to fear).
// Written by hand because GEOS simplification would need a geometry per line, and the topology
// work of its preserving variant is not needed at a sub-pixel tolerance.
#include "geo/line_thinning.hpp"

#include <utility>
#include <vector>

namespace geo {
namespace {

// Squared distance from p to the segment a-b.
float distance2_to_segment(Vec2f p, Vec2f a, Vec2f b) {
    const float vx = b.x - a.x, vy = b.y - a.y, wx = p.x - a.x, wy = p.y - a.y;
    const float len2 = vx * vx + vy * vy;
    float u = len2 > 0 ? (wx * vx + wy * vy) / len2 : 0.0f;
    u = u < 0 ? 0 : (u > 1 ? 1 : u);
    const float dx = wx - u * vx, dy = wy - u * vy;
    return dx * dx + dy * dy;
}

} // namespace

size_t line_detail_for(double metres_per_pixel) {
    size_t level = 0;
    for (size_t i = 1; i < kLineDetailLevels; ++i)
        if (kLineDetail[i] <= metres_per_pixel * 0.5) level = i;
    return level;
}

std::vector<LineSet> line_levels(const LineSet& lines) {
    std::vector<LineSet> levels;
    for (size_t k = 1; k < kLineDetailLevels; ++k)
        levels.push_back(thin_lines(k == 1 ? lines : levels.back(), kLineDetail[k] - kLineDetail[k - 1]));
    return levels;
}

LineSet thin_lines(const LineSet& lines, double tolerance) {
    LineSet out;
    const float t2 = float(tolerance * tolerance);
    std::vector<bool> keep;
    std::vector<std::pair<uint32_t, uint32_t>> stack;
    for (size_t l = 0; l < lines.line_count(); ++l) {
        const uint32_t first = lines.starts[l], last = lines.starts[l + 1] - 1;
        if (last <= first) continue;
        keep.assign(last - first + 1, false);
        keep.front() = keep.back() = true;
        stack.assign(1, {first, last});
        while (!stack.empty()) {
            const auto [a, b] = stack.back();
            stack.pop_back();
            float worst = t2;
            uint32_t at = 0;
            for (uint32_t i = a + 1; i < b; ++i) {
                const float d2 = distance2_to_segment(lines.points[i], lines.points[a], lines.points[b]);
                if (d2 > worst) worst = d2, at = i;
            }
            if (at == 0) continue; // every point within the tolerance of a-b
            keep[at - first] = true;
            stack.push_back({a, at});
            stack.push_back({at, b});
        }
        for (uint32_t i = first; i <= last; ++i)
            if (keep[i - first]) out.points.push_back(lines.points[i]);
        out.starts.push_back(uint32_t(out.points.size()));
    }
    return out;
}

} // namespace geo
