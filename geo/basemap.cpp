// Basemap loading through the GDAL C API (GDALOpenEx, vector only).
#include "geo/basemap.hpp"

#include "geo/gdal_handle.hpp"
#include "geo/seam_cut.hpp"
#include "geo/triangulate.hpp"

#include <fmt/format.h>

#include <cmath>
#include <strings.h>

namespace geo {
namespace {

void read_ring(OGRGeometryH ring, LonLatRing& out) {
    const int n = OGR_G_GetPointCount(ring);
    out.resize(n);
    if (n == 0) return;
    OGR_G_GetPoints(ring, &out[0].lon, sizeof(LonLat), &out[0].lat, sizeof(LonLat), nullptr, 0);
    if (n > 1 && out.front().lon == out.back().lon && out.front().lat == out.back().lat) out.pop_back();
}

// Planar area in square degrees: zero for degenerate rings (all points on a line).
double ring_area_deg2(const LonLatRing& ring) {
    double sum = 0;
    for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        sum += ring[j].lon * ring[i].lat - ring[i].lon * ring[j].lat;
    return std::abs(sum) / 2;
}

void append_polygon(OGRGeometryH poly, std::vector<LonLatPolygon>& out) {
    LonLatPolygon polygon;
    const int rings = OGR_G_GetGeometryCount(poly);
    for (int r = 0; r < rings; ++r) {
        LonLatRing ring;
        read_ring(OGR_G_GetGeometryRef(poly, r), ring);
        if (ring.size() >= 3 && ring_area_deg2(ring) > 0) polygon.rings.push_back(std::move(ring));
        else if (r == 0) return; // no shell (or a zero-area sliver of one), no polygon
    }
    make_continuous(polygon);
    // Long straight edges (the 49th parallel) must curve once projected: split them to 1 degree.
    for (LonLatRing& ring : polygon.rings) densify(ring, 1.0, true);
    if (!polygon.rings.empty()) out.push_back(std::move(polygon));
}

OGRLayerH require_layer(GDALDatasetH ds, const char* name, const std::string& path, std::string& error) {
    OGRLayerH layer = GDALDatasetGetLayerByName(ds, name);
    if (!layer) error = fmt::format("{}: basemap has no layer '{}'; expected a GeoPackage made by "
                                    "scripts/make_basemap.sh",
                                    path, name);
    return layer;
}

// Polygons GEOS could not triangulate in lon/lat are invalid (self-intersecting rings, as
// Natural Earth's Russia and Fiji have); replace each by its repaired parts and triangulate those.
void repair_untriangulated(std::vector<LonLatPolygon>& polygons) {
    GeosContext ctx;
    std::vector<LonLatPolygon> repaired;
    for (LonLatPolygon& polygon : polygons) {
        if (!polygon.triangles.empty()) {
            repaired.push_back(std::move(polygon));
            continue;
        }
        XYPolygon plane;
        for (const LonLatRing& ring : polygon.rings) {
            XYRing r(ring.size());
            for (size_t i = 0; i < ring.size(); ++i) r[i] = {ring[i].lon, ring[i].lat};
            plane.rings.push_back(std::move(r));
        }
        std::vector<XYPolygon> parts;
        collect_polygons(ctx, make_valid(ctx, make_geos_polygon(ctx, plane)).get(), parts);
        if (parts.empty()) {
            repaired.push_back(std::move(polygon)); // left for the projected-space fallback
            continue;
        }
        for (const XYPolygon& part : parts) {
            LonLatPolygon fixed;
            for (const XYRing& ring : part.rings) {
                LonLatRing r(ring.size());
                for (size_t i = 0; i < ring.size(); ++i) r[i] = {ring[i].x, ring[i].y};
                fixed.rings.push_back(std::move(r));
            }
            triangulate_geographic(ctx, fixed);
            repaired.push_back(std::move(fixed));
        }
    }
    polygons.swap(repaired);
}

} // namespace

void append_ogr_polygons(void* geometry, std::vector<LonLatPolygon>& out) {
    auto g = static_cast<OGRGeometryH>(geometry);
    if (!g) return;
    switch (wkbFlatten(OGR_G_GetGeometryType(g))) {
    case wkbPolygon: append_polygon(g, out); break;
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i) append_ogr_polygons(OGR_G_GetGeometryRef(g, i), out);
        break;
    default: break;
    }
}

const Country* Basemap::find_country(std::string_view key) const {
    for (const Country& c : countries) {
        if (c.iso_a3.size() == key.size() && strncasecmp(c.iso_a3.data(), key.data(), key.size()) == 0) return &c;
    }
    for (const Country& c : countries) {
        if (c.name.size() == key.size() && strncasecmp(c.name.data(), key.data(), key.size()) == 0) return &c;
    }
    return nullptr;
}

size_t Basemap::vertex_count() const {
    size_t n = 0;
    auto add = [&n](const std::vector<LonLatPolygon>& polys) {
        for (const auto& p : polys)
            for (const auto& r : p.rings) n += r.size();
    };
    for (const Country& c : countries) add(c.polygons);
    add(land);
    return n;
}

std::string_view to_string(BasemapScale scale) {
    switch (scale) {
    case BasemapScale::k110m: return "110m";
    case BasemapScale::k50m: return "50m";
    case BasemapScale::k10m: return "10m";
    }
    return "50m";
}

Result<BasemapScale> parse_basemap_scale(std::string_view text) {
    for (BasemapScale s : {BasemapScale::k110m, BasemapScale::k50m, BasemapScale::k10m})
        if (text == to_string(s)) return s;
    return Error{fmt::format("unknown basemap scale '{}'; expected 110m, 50m or 10m", text)};
}

std::filesystem::path basemap_file(const std::filesystem::path& asset_dir, BasemapScale scale) {
    return asset_dir / "basemap" / fmt::format("naturalearth-{}.gpkg", to_string(scale));
}

Result<Basemap> load_basemap(const std::filesystem::path& gpkg) {
    std::string error;
    if (!std::filesystem::is_regular_file(gpkg))
        return Error{fmt::format("{}: basemap file not found; expected a GeoPackage from scripts/make_basemap.sh",
                                 gpkg.string())};
    GdalDatasetPtr ds = open_vector_dataset(gpkg.string(), error);
    if (!ds) return Error{error};

    Basemap basemap;
    basemap.path = gpkg;
    OGRLayerH countries = require_layer(ds.get(), "countries", gpkg.string(), error);
    OGRLayerH land = countries ? require_layer(ds.get(), "land", gpkg.string(), error) : nullptr;
    if (!land) return Error{error};

    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(countries);
    const int name_field = OGR_FD_GetFieldIndex(defn, "name");
    const int iso_field = OGR_FD_GetFieldIndex(defn, "iso_a3");
    if (name_field < 0 || iso_field < 0)
        return Error{fmt::format("{}: layer 'countries' lacks the 'name' or 'iso_a3' field", gpkg.string())};

    OGR_L_ResetReading(countries);
    while (OgrFeaturePtr f{OGR_L_GetNextFeature(countries)}) {
        Country c;
        if (OGR_F_IsFieldSetAndNotNull(f.get(), iso_field)) c.iso_a3 = OGR_F_GetFieldAsString(f.get(), iso_field);
        c.name = OGR_F_GetFieldAsString(f.get(), name_field);
        append_ogr_polygons(OGR_F_GetGeometryRef(f.get()), c.polygons);
        if (!c.polygons.empty()) basemap.countries.push_back(std::move(c));
    }
    OGR_L_ResetReading(land);
    while (OgrFeaturePtr f{OGR_L_GetNextFeature(land)}) append_ogr_polygons(OGR_F_GetGeometryRef(f.get()), basemap.land);

    if (basemap.countries.empty())
        return Error{fmt::format("{}: layer 'countries' has no polygons", gpkg.string())};

    // Countries are filled: triangulate them once here, in lon/lat, for every projection to reuse.
    std::vector<LonLatPolygon*> fills;
    for (Country& c : basemap.countries)
        for (LonLatPolygon& p : c.polygons) fills.push_back(&p);
    triangulate_geographic_all(fills);
    for (Country& c : basemap.countries) repair_untriangulated(c.polygons);
    return basemap;
}

} // namespace geo
