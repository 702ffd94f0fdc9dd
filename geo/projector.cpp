// Projector: seam/domain cut -> densify -> PROJ forward -> finite check.
#include "geo/projector.hpp"

#include "geo/triangle_clip.hpp"
#include "geo/triangle_refine.hpp"
#include "geo/triangulate.hpp"

#include <algorithm>
#include <cmath>

namespace geo {
namespace {

bool all_finite(const std::vector<XY>& points) {
    for (const XY& p : points)
        if (!std::isfinite(p.x) || !std::isfinite(p.y)) return false;
    return true;
}

// Splits a projected line at points PROJ could not project.
void append_finite_runs(const std::vector<XY>& points, std::vector<XYLine>& out) {
    XYLine run;
    for (const XY& p : points) {
        if (std::isfinite(p.x) && std::isfinite(p.y)) {
            run.push_back(p);
            continue;
        }
        if (run.size() >= 2) out.push_back(std::move(run));
        run.clear();
    }
    if (run.size() >= 2) out.push_back(std::move(run));
}

// Orientation of a triangle: +1 counter-clockwise, -1 clockwise, 0 for slivers whose smallest
// angle is under ~0.6 degree (their projected sign is noise and they cover next to nothing).
int orientation(XY a, XY b, XY c, double sliver) {
    const double cross = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
    auto squared = [](XY p, XY q) { return (q.x - p.x) * (q.x - p.x) + (q.y - p.y) * (q.y - p.y); };
    const double longest_sq = std::max({squared(a, b), squared(b, c), squared(c, a)});
    if (std::abs(cross) <= sliver * longest_sq) return 0;
    return cross > 0 ? 1 : -1;
}

// True when the projected triangle keeps the orientation it had in lon/lat (x east, y north):
// a projected triangle of real size must not face the other way than its source did. Triangles
// touching a pole are exempt: the pole is a line in lon/lat but a point on the map.
bool keeps_orientation(XY g0, XY g1, XY g2, XY p0, XY p1, XY p2) {
    const int after = orientation(p0, p1, p2, 1e-2);
    if (after == 0) return true;
    if (std::max({std::abs(g0.y), std::abs(g1.y), std::abs(g2.y)}) > 89.99) return true;
    const int before = orientation(g0, g1, g2, 1e-9);
    return before == 0 || before == after;
}

} // namespace

Projector::Projector(const Projection& projection) : projection_(projection) {
    domain_.lon_0 = projection.center_lon();
    domain_.lat_0 = projection.center_lat();
    domain_.max_lat = projection.max_abs_lat();
    domain_.cap_radius_deg = projection.cap_radius_deg();
}

std::vector<XYPolygon> Projector::polygon(const LonLatPolygon& polygon) const {
    std::vector<XYPolygon> out;
    for (const LonLatPolygon& part : cut_polygon(geos_, polygon, domain_)) {
        XYPolygon projected;
        for (const LonLatRing& ring : part.rings) {
            projection_.forward(ring, scratch_);
            if (!all_finite(scratch_)) {
                if (projected.rings.empty()) break; // a shell we cannot draw: skip the part
                continue;                           // a hole we cannot draw: keep the shell
            }
            projected.rings.push_back(scratch_);
        }
        if (!projected.rings.empty()) out.push_back(std::move(projected));
    }
    return out;
}

bool Projector::emit_triangles(const std::vector<LonLat>& vertices, const std::vector<uint32_t>& indices,
                               bool inside, bool drop_flipped, std::vector<XY>& triangles) const {
    const size_t first = triangles.size();
    const size_t dropped_before = flipped_dropped_;
    std::vector<XY>& projected = scratch_;
    std::vector<LonLat>& pieces = lonlat_scratch_;
    pieces.clear();
    if (inside) {
        // The common case: project every vertex once and read triangles through the indices.
        projection_.forward(vertices, projected);
    } else {
        // Straddles the seam or the latitude limit: clip each triangle there, project the pieces.
        for (size_t i = 0; i + 2 < indices.size(); i += 3) {
            const LonLat tri[3] = {vertices[indices[i]], vertices[indices[i + 1]], vertices[indices[i + 2]]};
            clip_triangle(tri, domain_.lon_0, domain_.max_lat, pieces);
        }
        projection_.forward(pieces, projected);
    }
    if (!all_finite(projected)) return false;
    const size_t corners = inside ? indices.size() : pieces.size();
    auto corner = [&](size_t k) { return inside ? indices[k] : static_cast<uint32_t>(k); };
    const std::vector<LonLat>& source = inside ? vertices : pieces;
    for (size_t i = 0; i + 2 < corners; i += 3) {
        const uint32_t ia = corner(i), ib = corner(i + 1), ic = corner(i + 2);
        const LonLat &a = source[ia], &b = source[ib], &c = source[ic];
        if (!keeps_orientation({a.lon, a.lat}, {b.lon, b.lat}, {c.lon, c.lat}, projected[ia], projected[ib],
                               projected[ic])) {
            if (drop_flipped) {
                ++flipped_dropped_;
                continue;
            }
            triangles.resize(first);
            flipped_dropped_ = dropped_before;
            return false;
        }
        triangles.insert(triangles.end(), {projected[ia], projected[ib], projected[ic]});
    }
    return true;
}

bool Projector::fill_from_triangulation(const LonLatPolygon& polygon, std::vector<XY>& triangles,
                                        std::vector<XYLine>& outlines) const {
    if (polygon.triangles.empty() || domain_.cap_radius_deg) return false;
    std::vector<LonLat> vertices;
    bool inside = true;
    for (const LonLatRing& ring : polygon.rings) {
        for (const LonLat& p : ring) {
            inside &= seam_window(p.lon, domain_.lon_0) == 0 &&
                      std::abs(p.lon - domain_.lon_0) < 180.0 - 1e-7 && std::abs(p.lat) <= domain_.max_lat;
            vertices.push_back(p);
        }
    }
    const size_t ring_vertices = vertices.size();
    bool drawn = emit_triangles(vertices, polygon.triangles, inside, false, triangles);
    if (!drawn) {
        // Big triangles can flip where the projection bends hard (far from its centre): refine
        // them to 4-degree edges so they bend with it. What still flips lies in the squeezed rim
        // next to the projection's singular point (an azimuthal map's antipode), where a
        // triangle spans less than a pixel at any sane zoom: drop those, and count them.
        std::vector<uint32_t> indices = polygon.triangles;
        refine_triangles(vertices, indices, 4.0);
        drawn = emit_triangles(vertices, indices, inside, true, triangles);
    }
    if (!drawn) return false;

    if (inside) {
        // Reuse the projected ring vertices (first in `vertices`) as outlines.
        std::vector<XY> projected;
        projection_.forward(std::span<const LonLat>(vertices.data(), ring_vertices), projected);
        size_t offset = 0;
        for (const LonLatRing& ring : polygon.rings) {
            XYLine line(projected.begin() + offset, projected.begin() + offset + ring.size());
            line.push_back(line.front());
            outlines.push_back(std::move(line));
            offset += ring.size();
        }
    } else {
        for (const LonLatRing& ring : polygon.rings)
            for (XYLine& piece : line(ring, true))
                outlines.push_back(std::move(piece));
    }
    return true;
}

bool Projector::fill_and_outline(const LonLatPolygon& polygon, std::vector<XY>& triangles,
                                 std::vector<XYLine>& outlines) const {
    if (fill_from_triangulation(polygon, triangles, outlines)) return true;
    bool all_drawn = true; // a polygon wholly outside the domain (far side of a globe) is not a failure
    for (const XYPolygon& part : this->polygon(polygon))
        all_drawn &= triangulate(geos_, part, triangles);
    for (const LonLatRing& ring : polygon.rings)
        for (XYLine& piece : line(ring, true))
            outlines.push_back(std::move(piece));
    return all_drawn;
}

std::vector<XYLine> Projector::line(const LonLatLine& line, bool closed) const {
    std::vector<XYLine> out;
    if (line.size() < 2) return out;
    // Pole corners added by close_polar_ring are not coast: a closed ring through them is drawn
    // as its open runs between them.
    std::vector<LonLatLine> runs(1);
    for (const LonLat& p : line) {
        if (closed && std::abs(p.lat) >= 90.0 - 1e-9) {
            if (!runs.back().empty()) runs.emplace_back();
            continue;
        }
        runs.back().push_back(p);
    }
    if (closed && runs.size() == 1) runs[0].push_back(line.front());
    for (const LonLatLine& run : runs) {
        for (const LonLatLine& piece : cut_line(run, domain_)) {
            projection_.forward(piece, scratch_);
            append_finite_runs(scratch_, out);
        }
    }
    return out;
}

LonLatRing Projector::sphere_ring() const {
    LonLatRing ring;
    const std::string& m = projection_.method();
    const bool azimuthal = m == "laea" || m == "aeqd" || m == "ortho" || m == "stere" || m == "sterea" ||
                           m == "gnom" || m == "nsper" || m == "tpers";
    if (azimuthal) {
        // A small circle at the edge of what the projection shows; 179 deg stops short of the antipode.
        const double radius = domain_.cap_radius_deg.value_or(179.0);
        for (int i = 0; i < 360; ++i)
            ring.push_back(destination_point({domain_.lon_0, domain_.lat_0}, radius, i));
        return ring;
    }
    const double w = domain_.lon_0 - 180.0 + 1e-6, e = domain_.lon_0 + 180.0 - 1e-6;
    const double s = -std::min(domain_.max_lat, 89.999), n = std::min(domain_.max_lat, 89.999);
    ring = {{w, s}, {e, s}, {e, n}, {w, n}};
    densify(ring, 1.0, true);
    return ring;
}

std::vector<XYPolygon> Projector::sphere() const {
    projection_.forward(sphere_ring(), scratch_);
    XYRing ring;
    for (const XY& p : scratch_)
        if (std::isfinite(p.x) && std::isfinite(p.y)) ring.push_back(p);
    if (ring.size() < 3) return {};
    return {XYPolygon{{std::move(ring)}}};
}

std::vector<XYLine> Projector::sphere_outline() const {
    std::vector<XYLine> out;
    for (XYPolygon& p : sphere()) {
        p.rings[0].push_back(p.rings[0].front());
        out.push_back(std::move(p.rings[0]));
    }
    return out;
}

} // namespace geo
