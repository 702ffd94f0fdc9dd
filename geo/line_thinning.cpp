// Radial-distance thinning: one pass per line, O(n). Written by hand because GEOS simplification
// would need a geometry per line and topology work a pixel-level tolerance does not need.
#include "geo/line_thinning.hpp"

namespace geo {

LineSet thin_lines(const LineSet& lines, double tolerance) {
    LineSet out;
    const float t2 = float(tolerance * tolerance);
    for (size_t l = 0; l < lines.line_count(); ++l) {
        const uint32_t first = lines.starts[l], last = lines.starts[l + 1] - 1;
        if (last <= first) continue;
        const size_t begin = out.points.size();
        out.points.push_back(lines.points[first]);
        for (uint32_t i = first + 1; i < last; ++i) {
            const Vec2f p = lines.points[i], q = out.points.back();
            const float dx = p.x - q.x, dy = p.y - q.y;
            if (dx * dx + dy * dy >= t2) out.points.push_back(p);
        }
        out.points.push_back(lines.points[last]);
        if (out.points.size() - begin < 2) {
            out.points.resize(begin);
            continue;
        }
        out.starts.push_back(uint32_t(out.points.size()));
    }
    return out;
}

} // namespace geo
