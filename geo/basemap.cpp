// Basemap loading through the GDAL C API (GDALOpenEx, vector only).
#include "geo/basemap.hpp"

#include "geo/gdal_handle.hpp"
#include "geo/seam_cut.hpp"
#include "geo/triangulate.hpp"

#include <fmt/format.h>

#include <ogr_srs_api.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <strings.h>
#include <thread>

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

// Rings with fewer than three points or no area are dropped on reading, and everywhere else we
// make rings (repair), so a baked file reads back exactly as it was written.
bool is_drawable(const LonLatRing& ring) {
    return ring.size() >= 3 && ring_area_deg2(ring) > 0;
}

void append_polygon(OGRGeometryH poly, std::vector<LonLatPolygon>& out) {
    LonLatPolygon polygon;
    const int rings = OGR_G_GetGeometryCount(poly);
    for (int r = 0; r < rings; ++r) {
        LonLatRing ring;
        read_ring(OGR_G_GetGeometryRef(poly, r), ring);
        if (is_drawable(ring))
            polygon.rings.push_back(std::move(ring));
        else if (r == 0)
            return; // no shell (or a zero-area sliver of one), no polygon
    }
    make_continuous(polygon);
    // Long straight edges (the 49th parallel) must curve once projected: split them to 1 degree.
    for (LonLatRing& ring : polygon.rings)
        densify(ring, 1.0, true);
    if (!polygon.rings.empty()) out.push_back(std::move(polygon));
}

OGRLayerH require_layer(GDALDatasetH ds, const char* name, const std::string& path, std::string& error) {
    OGRLayerH layer = GDALDatasetGetLayerByName(ds, name);
    if (!layer)
        error = fmt::format("{}: basemap has no layer '{}'; expected a GeoPackage made by "
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
        const auto plane = map_points<XYPolygon>(polygon, [](LonLat p) { return XY{p.lon, p.lat}; });
        std::vector<XYPolygon> parts;
        collect_polygons(ctx, make_valid(ctx, make_geos_polygon(ctx, plane)).get(), parts);
        if (parts.empty()) {
            repaired.push_back(std::move(polygon)); // left for the projected-space fallback
            continue;
        }
        for (const XYPolygon& part : parts) {
            LonLatPolygon fixed;
            for (LonLatRing& r : map_points<LonLatPolygon>(part, [](XY q) {
                                     return LonLat{q.x, q.y};
                                 }).rings) {
                if (is_drawable(r))
                    fixed.rings.push_back(std::move(r));
                else if (fixed.rings.empty())
                    break; // no shell
            }
            if (fixed.rings.empty()) continue;
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
    case wkbPolygon:
        append_polygon(g, out);
        break;
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
            append_ogr_polygons(OGR_G_GetGeometryRef(g, i), out);
        break;
    default:
        break;
    }
}

const Country* Basemap::find_country(std::string_view key) const {
    for (const Country& c : countries) {
        if (c.iso_a3.size() == key.size() && strncasecmp(c.iso_a3.data(), key.data(), key.size()) == 0)
            return &c;
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
            for (const auto& r : p.rings)
                n += r.size();
    };
    for (const Country& c : countries)
        add(c.polygons);
    add(land);
    return n;
}

std::string_view to_string(BasemapScale scale) {
    switch (scale) {
    case BasemapScale::k110m:
        return "110m";
    case BasemapScale::k50m:
        return "50m";
    case BasemapScale::k10m:
        return "10m";
    }
    return "50m";
}

base::Result<BasemapScale> parse_basemap_scale(std::string_view text) {
    for (BasemapScale s : {BasemapScale::k110m, BasemapScale::k50m, BasemapScale::k10m})
        if (text == to_string(s)) return s;
    return base::Error{fmt::format("unknown basemap scale '{}'; expected 110m, 50m or 10m", text)};
}

std::filesystem::path basemap_file(const std::filesystem::path& asset_dir, BasemapScale scale) {
    return asset_dir / "basemap" / fmt::format("naturalearth-{}.gpkg", to_string(scale));
}

namespace {

// The `triangles` field: uint32 words, [polygon count, then per polygon: vertex count, index
// count, indices...]. Vertex counts let a reader refuse a triangulation that no longer matches.
std::vector<uint32_t> encode_triangles(const Country& c) {
    std::vector<uint32_t> words{uint32_t(c.polygons.size())};
    for (const LonLatPolygon& p : c.polygons) {
        size_t vertices = 0;
        for (const auto& r : p.rings)
            vertices += r.size();
        words.push_back(uint32_t(vertices));
        words.push_back(uint32_t(p.triangles.size()));
        words.insert(words.end(), p.triangles.begin(), p.triangles.end());
    }
    return words;
}

void decode_triangles(const GByte* bytes, int size, Country& c) {
    if (!bytes || size < 4 || size % 4) return;
    std::vector<uint32_t> words(size / 4);
    std::memcpy(words.data(), bytes, size);
    if (words[0] != c.polygons.size()) return;
    size_t at = 1;
    for (LonLatPolygon& p : c.polygons) {
        if (at + 2 > words.size()) return;
        size_t vertices = 0;
        for (const auto& r : p.rings)
            vertices += r.size();
        const uint32_t stored_vertices = words[at], count = words[at + 1];
        at += 2;
        if (at + count > words.size()) return;
        const bool valid = stored_vertices == vertices && count % 3 == 0 &&
                           std::all_of(words.begin() + at, words.begin() + at + count,
                                       [&](uint32_t i) { return i < vertices; });
        if (valid) p.triangles.assign(words.begin() + at, words.begin() + at + count);
        at += count;
    }
}

// Opens `gpkg` and finds layer `name`; `ds` keeps the dataset open while the layer is read.
base::Result<OGRLayerH> open_layer(const std::filesystem::path& gpkg, const char* name, GdalDatasetPtr& ds) {
    std::string error;
    ds = open_vector_dataset(gpkg.string(), error);
    if (!ds) return base::Error{error};
    OGRLayerH layer = require_layer(ds.get(), name, gpkg.string(), error);
    if (!layer) return base::Error{error};
    return layer;
}

base::Result<std::vector<Country>> read_countries(const std::filesystem::path& gpkg) {
    GdalDatasetPtr ds;
    auto opened = open_layer(gpkg, "countries", ds);
    if (!opened) return opened.error();
    OGRLayerH layer = *opened;
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    const int name_field = OGR_FD_GetFieldIndex(defn, "name");
    const int iso_field = OGR_FD_GetFieldIndex(defn, "iso_a3");
    const int triangles_field = OGR_FD_GetFieldIndex(defn, "triangles");
    if (name_field < 0 || iso_field < 0)
        return base::Error{
            fmt::format("{}: layer 'countries' lacks the 'name' or 'iso_a3' field", gpkg.string())};
    std::vector<Country> countries;
    OGR_L_ResetReading(layer);
    while (OgrFeaturePtr f{OGR_L_GetNextFeature(layer)}) {
        Country c;
        if (OGR_F_IsFieldSetAndNotNull(f.get(), iso_field))
            c.iso_a3 = OGR_F_GetFieldAsString(f.get(), iso_field);
        c.name = OGR_F_GetFieldAsString(f.get(), name_field);
        append_ogr_polygons(OGR_F_GetGeometryRef(f.get()), c.polygons);
        if (triangles_field >= 0 && OGR_F_IsFieldSetAndNotNull(f.get(), triangles_field)) {
            int size = 0;
            const GByte* bytes = OGR_F_GetFieldAsBinary(f.get(), triangles_field, &size);
            decode_triangles(bytes, size, c);
        }
        if (!c.polygons.empty()) countries.push_back(std::move(c));
    }
    if (countries.empty())
        return base::Error{fmt::format("{}: layer 'countries' has no polygons", gpkg.string())};
    return countries;
}

base::Result<std::vector<LonLatPolygon>> read_land(const std::filesystem::path& gpkg) {
    GdalDatasetPtr ds;
    auto opened = open_layer(gpkg, "land", ds);
    if (!opened) return opened.error();
    OGRLayerH layer = *opened;
    std::vector<LonLatPolygon> land;
    OGR_L_ResetReading(layer);
    while (OgrFeaturePtr f{OGR_L_GetNextFeature(layer)})
        append_ogr_polygons(OGR_F_GetGeometryRef(f.get()), land);
    return land;
}

} // namespace

base::Result<std::vector<LonLatPolygon>> load_land(const std::filesystem::path& gpkg) {
    return read_land(gpkg);
}

base::Result<Basemap> load_basemap(const std::filesystem::path& gpkg) {
    if (!std::filesystem::is_regular_file(gpkg))
        return base::Error{fmt::format(
            "{}: basemap file not found; expected a GeoPackage from scripts/make_basemap.sh", gpkg.string())};
    // The two layers are independent: read land on a second thread with its own dataset handle.
    base::Result<std::vector<LonLatPolygon>> land = base::Error{""};
    std::thread land_reader([&] { land = read_land(gpkg); });
    auto countries = read_countries(gpkg);
    land_reader.join();
    if (!countries) return countries.error();
    if (!land) return land.error();

    Basemap basemap;
    basemap.path = gpkg;
    basemap.countries = std::move(countries.value());
    basemap.land = std::move(land.value());

    // Countries are filled: triangulate once, in lon/lat, what the file did not bring ready-made.
    std::vector<LonLatPolygon*> fills;
    for (Country& c : basemap.countries)
        for (LonLatPolygon& p : c.polygons)
            if (p.triangles.empty()) fills.push_back(&p);
    triangulate_geographic_all(fills);
    for (Country& c : basemap.countries)
        repair_untriangulated(c.polygons);
    return basemap;
}

std::vector<std::string> basemap_country_codes(const std::filesystem::path& gpkg) {
    std::vector<std::string> codes;
    GdalDatasetPtr ds;
    auto layer = open_layer(gpkg, "countries", ds);
    if (!layer) return codes;
    const char* skip[] = {"OGR_GEOMETRY", "triangles", nullptr};
    OGR_L_SetIgnoredFields(*layer, skip);
    const int iso = OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(*layer), "iso_a3");
    if (iso < 0) return codes;
    OGR_L_ResetReading(*layer);
    while (OgrFeaturePtr f{OGR_L_GetNextFeature(*layer)})
        if (OGR_F_IsFieldSetAndNotNull(f.get(), iso))
            codes.emplace_back(OGR_F_GetFieldAsString(f.get(), iso));
    return codes;
}

base::Status bake_basemap(const std::filesystem::path& gpkg) {
    auto basemap = load_basemap(gpkg);
    if (!basemap) return basemap.error();
    // What cannot be triangulated even after repair covers nothing (slivers); keep the file clean.
    for (Country& c : basemap->countries)
        std::erase_if(c.polygons, [](const LonLatPolygon& p) { return p.triangles.empty(); });
    std::erase_if(basemap->countries, [](const Country& c) { return c.polygons.empty(); });
    const std::string path = gpkg.string();
    CPLPushErrorHandler(CPLQuietErrorHandler);
    GdalDatasetPtr ds(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr));
    CPLPopErrorHandler();
    if (!ds) return base::Error{fmt::format("{}: cannot open for writing", path)};
    for (int i = 0; i < GDALDatasetGetLayerCount(ds.get()); ++i) {
        if (std::string(OGR_L_GetName(GDALDatasetGetLayer(ds.get(), i))) == "countries") {
            GDALDatasetDeleteLayer(ds.get(), i);
            break;
        }
    }
    OGRSpatialReferenceH wgs84 = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(wgs84, 4326);
    const char* options[] = {"SPATIAL_INDEX=NO", nullptr};
    OGRLayerH layer =
        GDALDatasetCreateLayer(ds.get(), "countries", wgs84, wkbMultiPolygon, const_cast<char**>(options));
    OSRRelease(wgs84);
    if (!layer) return base::Error{fmt::format("{}: cannot create layer 'countries'", path)};
    for (const char* name : {"name", "iso_a3"}) {
        OGRFieldDefnH field = OGR_Fld_Create(name, OFTString);
        OGR_L_CreateField(layer, field, TRUE);
        OGR_Fld_Destroy(field);
    }
    OGRFieldDefnH blob = OGR_Fld_Create("triangles", OFTBinary);
    OGR_L_CreateField(layer, blob, TRUE);
    OGR_Fld_Destroy(blob);

    if (OGR_L_StartTransaction(layer) != OGRERR_NONE)
        return base::Error{fmt::format("{}: cannot start a transaction", path)};
    for (const Country& c : basemap->countries) {
        OgrFeaturePtr f{OGR_F_Create(OGR_L_GetLayerDefn(layer))};
        OGR_F_SetFieldString(f.get(), 0, c.name.c_str());
        if (!c.iso_a3.empty()) OGR_F_SetFieldString(f.get(), 1, c.iso_a3.c_str());
        const std::vector<uint32_t> words = encode_triangles(c);
        OGR_F_SetFieldBinary(f.get(), 2, int(words.size() * 4), words.data());
        OGRGeometryH multi = OGR_G_CreateGeometry(wkbMultiPolygon);
        for (const LonLatPolygon& p : c.polygons) {
            OGRGeometryH polygon = OGR_G_CreateGeometry(wkbPolygon);
            for (const LonLatRing& r : p.rings) {
                OGRGeometryH ring = OGR_G_CreateGeometry(wkbLinearRing);
                for (const LonLat& q : r)
                    OGR_G_AddPoint_2D(ring, q.lon, q.lat);
                OGR_G_AddPoint_2D(ring, r.front().lon, r.front().lat);
                OGR_G_AddGeometryDirectly(polygon, ring);
            }
            OGR_G_AddGeometryDirectly(multi, polygon);
        }
        OGR_F_SetGeometryDirectly(f.get(), multi);
        if (OGR_L_CreateFeature(layer, f.get()) != OGRERR_NONE)
            return base::Error{fmt::format("{}: cannot write country '{}'", path, c.name)};
    }
    if (OGR_L_CommitTransaction(layer) != OGRERR_NONE)
        return base::Error{fmt::format("{}: cannot commit", path)};
    return base::Ok{};
}

} // namespace geo
