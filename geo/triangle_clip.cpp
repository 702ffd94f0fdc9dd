// Sutherland-Hodgman clipping of a triangle against axis-aligned lines in the lon/lat plane: a
// triangle is convex, so clipping by half-planes is exact and tiny; no library does this for us.
#include "geo/triangle_clip.hpp"

#include <algorithm>
#include <cmath>

namespace geo {
namespace {

constexpr double kInset = 1e-7;

// Keeps the part of `poly` where sign * (coordinate axis) <= sign * limit.
void clip_half_plane(std::vector<XY>& poly, bool x_axis, double limit, double sign) {
    std::vector<XY> out;
    auto value = [&](XY p) { return sign * ((x_axis ? p.x : p.y) - limit); };
    for (size_t i = 0; i < poly.size(); ++i) {
        const XY a = poly[i], b = poly[(i + 1) % poly.size()];
        const double va = value(a), vb = value(b);
        if (va <= 0) out.push_back(a);
        if ((va < 0 && vb > 0) || (va > 0 && vb < 0)) {
            const double t = va / (va - vb);
            out.push_back({a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t});
        }
    }
    poly.swap(out);
}

} // namespace

int seam_window(double lon, double lon_0) {
    return static_cast<int>(std::floor((lon - lon_0 + 180.0) / 360.0));
}

void clip_triangle(const LonLat (&t)[3], double lon_0, double max_lat, std::vector<LonLat>& out) {
    double min_x = t[0].lon, max_x = t[0].lon;
    for (const LonLat& p : t)
        min_x = std::min(min_x, p.lon), max_x = std::max(max_x, p.lon);
    const int first = seam_window(min_x, lon_0), last = seam_window(max_x, lon_0);
    for (int k = first; k <= last; ++k) {
        const double shift = 360.0 * k;
        std::vector<XY> poly{
            {t[0].lon - shift, t[0].lat}, {t[1].lon - shift, t[1].lat}, {t[2].lon - shift, t[2].lat}};
        clip_half_plane(poly, true, lon_0 - 180.0 + kInset, -1);
        clip_half_plane(poly, true, lon_0 + 180.0 - kInset, 1);
        clip_half_plane(poly, false, -max_lat, -1);
        clip_half_plane(poly, false, max_lat, 1);
        if (poly.size() < 3) continue;
        // Densify only the edges the clipping made (lying on a clip line): other edges are shared
        // with neighbouring triangles, and splitting them on one side only would open cracks.
        const double lines_x[] = {lon_0 - 180.0 + kInset, lon_0 + 180.0 - kInset};
        const double lines_y[] = {-max_lat, max_lat};
        auto on_clip_line = [&](XY a, XY b) {
            for (double x : lines_x)
                if (std::abs(a.x - x) < 1e-9 && std::abs(b.x - x) < 1e-9) return true;
            for (double y : lines_y)
                if (std::abs(a.y - y) < 1e-9 && std::abs(b.y - y) < 1e-9) return true;
            return false;
        };
        std::vector<LonLat> piece;
        for (size_t i = 0; i < poly.size(); ++i) {
            const XY a = poly[i], b = poly[(i + 1) % poly.size()];
            piece.push_back({a.x, a.y});
            if (!on_clip_line(a, b)) continue;
            const int steps =
                static_cast<int>(std::ceil(std::max(std::abs(b.x - a.x), std::abs(b.y - a.y)) - 1e-9));
            for (int s = 1; s < steps; ++s)
                piece.push_back({a.x + (b.x - a.x) * s / steps, a.y + (b.y - a.y) * s / steps});
        }
        // The piece is convex in lon/lat: a fan covers it.
        for (size_t i = 2; i < piece.size(); ++i) {
            out.push_back(piece[0]);
            out.push_back(piece[i - 1]);
            out.push_back(piece[i]);
        }
    }
}

} // namespace geo
