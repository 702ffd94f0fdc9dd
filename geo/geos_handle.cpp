// GeosContext and conversions between plain rings and GEOS geometries.
#include "geo/geos_handle.hpp"

#include <mutex>

namespace geo {
namespace {

void ignore_message(const char*, void*) {}

GEOSGeometry* make_ring(GEOSContextHandle_t h, const XYRing& ring) {
    if (ring.size() < 3) return nullptr;
    const bool closed = ring.front().x == ring.back().x && ring.front().y == ring.back().y;
    const unsigned n = static_cast<unsigned>(ring.size() + (closed ? 0 : 1));
    if (n < 4) return nullptr;
    GEOSCoordSequence* seq = GEOSCoordSeq_copyFromBuffer_r(h, &ring[0].x, ring.size(), 0, 0);
    if (!seq) return nullptr;
    if (!closed) {
        // copyFromBuffer cannot append, so rebuild with room for the closing point.
        GEOSCoordSeq_destroy_r(h, seq);
        seq = GEOSCoordSeq_create_r(h, n, 2);
        for (unsigned i = 0; i < ring.size(); ++i)
            GEOSCoordSeq_setXY_r(h, seq, i, ring[i].x, ring[i].y);
        GEOSCoordSeq_setXY_r(h, seq, n - 1, ring[0].x, ring[0].y);
    }
    return GEOSGeom_createLinearRing_r(h, seq);
}

} // namespace

namespace {

thread_local std::optional<std::chrono::steady_clock::time_point> geos_deadline;

void interrupt_when_late() {
    if (geos_deadline && std::chrono::steady_clock::now() > *geos_deadline) GEOS_interruptRequest();
}

} // namespace

GeosDeadline::GeosDeadline(std::chrono::steady_clock::time_point deadline) : previous_(geos_deadline) {
    static std::once_flag installed;
    std::call_once(installed, [] { GEOS_interruptRegisterCallback(interrupt_when_late); });
    geos_deadline = deadline;
}

GeosDeadline::~GeosDeadline() {
    geos_deadline = previous_;
}

GeosContext::GeosContext() : handle_(GEOS_init_r()) {
    GEOSContext_setNoticeMessageHandler_r(handle_, ignore_message, nullptr);
    GEOSContext_setErrorMessageHandler_r(handle_, ignore_message, nullptr);
}

GeosContext::~GeosContext() {
    GEOS_finish_r(handle_);
}

GeosGeometryPtr make_geos_polygon(const GeosContext& ctx, const XYPolygon& polygon) {
    GEOSContextHandle_t h = ctx.get();
    GeosGeometryPtr none(nullptr, GeosGeometryDeleter{h});
    if (polygon.rings.empty()) return none;
    GEOSGeometry* shell = make_ring(h, polygon.rings[0]);
    if (!shell) return none;
    std::vector<GEOSGeometry*> holes;
    for (size_t i = 1; i < polygon.rings.size(); ++i) {
        if (GEOSGeometry* hole = make_ring(h, polygon.rings[i])) holes.push_back(hole);
    }
    return GeosGeometryPtr(
        GEOSGeom_createPolygon_r(h, shell, holes.data(), static_cast<unsigned>(holes.size())),
        GeosGeometryDeleter{h});
}

GeosGeometryPtr make_geos_box(const GeosContext& ctx, const Bounds& b) {
    return make_geos_polygon(
        ctx, XYPolygon{{{{b.min_x, b.min_y}, {b.max_x, b.min_y}, {b.max_x, b.max_y}, {b.min_x, b.max_y}}}});
}

GeosGeometryPtr make_valid(const GeosContext& ctx, GeosGeometryPtr g) {
    if (!g || GEOSisValid_r(ctx.get(), g.get()) == 1) return g;
    return GeosGeometryPtr(GEOSMakeValid_r(ctx.get(), g.get()), GeosGeometryDeleter{ctx.get()});
}

void read_coords(const GeosContext& ctx, const GEOSGeometry* g, std::vector<XY>& out) {
    GEOSContextHandle_t h = ctx.get();
    const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(h, g);
    unsigned n = 0;
    if (!seq || !GEOSCoordSeq_getSize_r(h, seq, &n)) {
        out.clear();
        return;
    }
    out.resize(n);
    if (n) GEOSCoordSeq_copyToBuffer_r(h, seq, &out[0].x, 0, 0);
}

void collect_polygons(const GeosContext& ctx, const GEOSGeometry* g, std::vector<XYPolygon>& out) {
    GEOSContextHandle_t h = ctx.get();
    if (!g) return;
    const int type = GEOSGeomTypeId_r(h, g);
    if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        const int n = GEOSGetNumGeometries_r(h, g);
        for (int i = 0; i < n; ++i)
            collect_polygons(ctx, GEOSGetGeometryN_r(h, g, i), out);
        return;
    }
    if (type != GEOS_POLYGON || GEOSisEmpty_r(h, g)) return;
    XYPolygon polygon;
    auto add_ring = [&](const GEOSGeometry* ring) {
        XYRing coords;
        read_coords(ctx, ring, coords);
        if (coords.size() > 1) coords.pop_back(); // our rings are implicitly closed
        if (coords.size() >= 3) polygon.rings.push_back(std::move(coords));
    };
    add_ring(GEOSGetExteriorRing_r(h, g));
    if (polygon.rings.empty()) return;
    const int holes = GEOSGetNumInteriorRings_r(h, g);
    for (int i = 0; i < holes; ++i)
        add_ring(GEOSGetInteriorRingN_r(h, g, i));
    out.push_back(std::move(polygon));
}

} // namespace geo
