// Midpoint refinement with a shared-edge cache.
#include "geo/triangle_refine.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace geo {

void refine_triangles(std::vector<LonLat>& vertices, std::vector<uint32_t>& indices, double max_span_deg) {
    // Span on the sphere, roughly: longitude shrinks towards the poles, so an edge along a pole
    // (a single point on the sphere) is never split and polar caps are not refined needlessly.
    auto span = [&](uint32_t a, uint32_t b) {
        const LonLat p = vertices[a], q = vertices[b];
        const double shrink = std::cos((p.lat + q.lat) / 2 * M_PI / 180.0);
        return std::max(std::abs(p.lon - q.lon) * shrink, std::abs(p.lat - q.lat));
    };
    std::unordered_map<uint64_t, uint32_t> midpoints; // edge (low index, high index) -> midpoint
    auto midpoint = [&](uint32_t a, uint32_t b) {
        const uint64_t key = uint64_t(std::min(a, b)) << 32 | std::max(a, b);
        auto [it, added] = midpoints.try_emplace(key, uint32_t(vertices.size()));
        if (added)
            vertices.push_back(
                {(vertices[a].lon + vertices[b].lon) / 2, (vertices[a].lat + vertices[b].lat) / 2});
        return it->second;
    };
    // Each pass halves every edge that is still too long; 16 passes cover any edge on Earth.
    for (int pass = 0; pass < 16; ++pass) {
        std::vector<uint32_t> out;
        out.reserve(indices.size());
        bool changed = false;
        for (size_t i = 0; i + 2 < indices.size(); i += 3) {
            uint32_t v[3] = {indices[i], indices[i + 1], indices[i + 2]};
            bool split[3];
            int count = 0;
            for (int e = 0; e < 3; ++e)
                count += split[e] = span(v[e], v[(e + 1) % 3]) > max_span_deg;
            if (count == 0) {
                out.insert(out.end(), v, v + 3);
                continue;
            }
            changed = true;
            if (count == 3) {
                const uint32_t ab = midpoint(v[0], v[1]), bc = midpoint(v[1], v[2]),
                               ca = midpoint(v[2], v[0]);
                out.insert(out.end(), {v[0], ab, ca, ab, v[1], bc, ca, bc, v[2], ab, bc, ca});
                continue;
            }
            // Rotate so the (first) split edge is v0-v1, keeping the winding.
            int r = 0;
            if (count == 1)
                r = split[0] ? 0 : split[1] ? 1 : 2;
            else
                r = !split[2] ? 0 : !split[0] ? 1 : 2; // two splits: edges r and r+1
            const uint32_t a = v[r], b = v[(r + 1) % 3], c = v[(r + 2) % 3];
            const uint32_t ab = midpoint(a, b);
            if (count == 1) {
                out.insert(out.end(), {a, ab, c, ab, b, c});
            } else {
                const uint32_t bc = midpoint(b, c);
                out.insert(out.end(), {ab, b, bc, a, ab, bc, a, bc, c});
            }
        }
        indices.swap(out);
        if (!changed) return;
    }
}

} // namespace geo
