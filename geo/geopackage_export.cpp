// Writing GeoPackage with GDAL's C API, one transaction per layer.
#include "geo/geopackage_export.hpp"

#include "geo/corridor_line.hpp"
#include "geo/gdal_handle.hpp"
#include "geo/seam_cut.hpp"

#include <fmt/format.h>

#include <ogr_srs_api.h>

#include <memory>

namespace geo {
namespace {

struct SrsDeleter {
    void operator()(OGRSpatialReferenceH s) const { OSRDestroySpatialReference(s); }
};
struct GeometryDeleter {
    void operator()(OGRGeometryH g) const { OGR_G_DestroyGeometry(g); }
};
using GeometryPtr = std::unique_ptr<std::remove_pointer_t<OGRGeometryH>, GeometryDeleter>;

std::string join_sources(const Briefing& b, const std::vector<int>& sources) {
    std::string out;
    for (int s : sources)
        out += (out.empty() ? "" : ",") + b.sources[size_t(s)].id;
    return out;
}

std::string actor_id(const Briefing& b, int actor) {
    return actor >= 0 ? b.actors[size_t(actor)].id : "";
}

// One layer being written: its fields by name, and features added inside a transaction.
class LayerWriter {
  public:
    LayerWriter(GDALDatasetH ds, const char* name, OGRwkbGeometryType type, OGRSpatialReferenceH srs,
                std::vector<std::pair<const char*, OGRFieldType>> fields, std::string& error) {
        const char* options[] = {"SPATIAL_INDEX=NO", nullptr};
        layer_ = GDALDatasetCreateLayer(ds, name, type == wkbNone ? nullptr : srs, type,
                                        const_cast<char**>(options));
        if (!layer_) {
            error = fmt::format("cannot create layer '{}': {}", name, CPLGetLastErrorMsg());
            return;
        }
        for (const auto& [field, kind] : fields) {
            OGRFieldDefnH defn = OGR_Fld_Create(field, kind);
            if (OGR_L_CreateField(layer_, defn, TRUE) != OGRERR_NONE)
                error = fmt::format("cannot create field '{}.{}': {}", name, field, CPLGetLastErrorMsg());
            OGR_Fld_Destroy(defn);
        }
    }
    bool ok() const { return layer_ != nullptr; }

    // Starts a feature; set its fields, then add().
    OGRFeatureH feature() {
        feature_.reset(OGR_F_Create(OGR_L_GetLayerDefn(layer_)));
        return static_cast<OGRFeatureH>(feature_.get());
    }
    void set(const char* field, const std::string& value) {
        OGR_F_SetFieldString(static_cast<OGRFeatureH>(feature_.get()), field_index(field), value.c_str());
    }
    void set(const char* field, double value) {
        OGR_F_SetFieldDouble(static_cast<OGRFeatureH>(feature_.get()), field_index(field), value);
    }
    void set(const char* field, int value) {
        OGR_F_SetFieldInteger(static_cast<OGRFeatureH>(feature_.get()), field_index(field), value);
    }
    void set_date(const char* field, Day day) { set(field, format_day(day)); }
    bool add(GeometryPtr geometry, std::string& error) {
        OGRFeatureH f = static_cast<OGRFeatureH>(feature_.get());
        if (geometry) OGR_F_SetGeometryDirectly(f, geometry.release());
        if (OGR_L_CreateFeature(layer_, f) != OGRERR_NONE) {
            error = fmt::format("cannot write a feature: {}", CPLGetLastErrorMsg());
            return false;
        }
        return true;
    }

  private:
    int field_index(const char* name) const { return OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(layer_), name); }
    OGRLayerH layer_ = nullptr;
    OgrFeaturePtr feature_;
};

// Inserts go in one transaction per block of layers (GeoPackage transactions are per dataset).
class Transaction {
  public:
    explicit Transaction(GDALDatasetH ds) : ds_(ds) { GDALDatasetStartTransaction(ds_, FALSE); }
    ~Transaction() { GDALDatasetCommitTransaction(ds_); }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

  private:
    GDALDatasetH ds_;
};

GeometryPtr point(LonLat p) {
    GeometryPtr g(OGR_G_CreateGeometry(wkbPoint));
    OGR_G_SetPoint_2D(g.get(), 0, p.lon, p.lat);
    return g;
}

GeometryPtr line(const LonLatLine& points) {
    GeometryPtr g(OGR_G_CreateGeometry(wkbLineString));
    for (const LonLat& p : points)
        OGR_G_AddPoint_2D(g.get(), p.lon, p.lat);
    return g;
}

GeometryPtr polygons(const std::vector<LonLatPolygon>& parts) {
    GeometryPtr g(OGR_G_CreateGeometry(wkbMultiPolygon));
    for (const LonLatPolygon& part : parts) {
        OGRGeometryH polygon = OGR_G_CreateGeometry(wkbPolygon);
        for (const LonLatRing& ring : part.rings) {
            OGRGeometryH r = OGR_G_CreateGeometry(wkbLinearRing);
            for (const LonLat& p : ring)
                OGR_G_AddPoint_2D(r, p.lon, p.lat);
            if (!ring.empty()) OGR_G_AddPoint_2D(r, ring.front().lon, ring.front().lat);
            OGR_G_AddGeometryDirectly(polygon, r);
        }
        OGR_G_AddGeometryDirectly(g.get(), polygon);
    }
    return g;
}

} // namespace

base::Status write_geopackage(const Briefing& b, const Basemap* basemap, const std::filesystem::path& path) {
    GDALAllRegister();
    GDALDriverH driver = GDALGetDriverByName("GPKG");
    if (!driver) return base::Error{"GDAL has no GeoPackage driver"};
    GdalDatasetPtr ds(GDALCreate(driver, path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds) return base::Error{fmt::format("{}: cannot create: {}", path.string(), CPLGetLastErrorMsg())};
    std::unique_ptr<std::remove_pointer_t<OGRSpatialReferenceH>, SrsDeleter> wgs84(
        OSRNewSpatialReference(nullptr));
    OSRSetWellKnownGeogCS(wgs84.get(), "WGS84");
    OSRSetAxisMappingStrategy(wgs84.get(), OAMS_TRADITIONAL_GIS_ORDER);
    GDALDatasetH h = static_cast<GDALDatasetH>(ds.get());
    std::string error;
    auto failed = [&] { return base::Error{fmt::format("{}: {}", path.string(), error)}; };

    {
        LayerWriter w(h, "places", wkbPoint, wgs84.get(),
                      {{"id", OFTString},
                       {"name", OFTString},
                       {"local_name", OFTString},
                       {"kind", OFTString},
                       {"actor", OFTString},
                       {"priority", OFTInteger}},
                      error);
        if (!w.ok()) return failed();
        const Transaction transaction(h);
        for (const Place& p : b.places) {
            w.feature();
            w.set("id", p.id), w.set("name", p.name), w.set("local_name", p.local_name);
            w.set("kind", std::string(name_of(p.kind))), w.set("actor", actor_id(b, p.actor));
            w.set("priority", p.priority);
            if (!w.add(point(p.lonlat), error)) return failed();
        }
    }
    {
        LayerWriter w(h, "corridors", wkbLineString, wgs84.get(),
                      {{"id", OFTString},
                       {"name", OFTString},
                       {"mode", OFTString},
                       {"sources", OFTString},
                       {"general_knowledge", OFTString}},
                      error);
        if (!w.ok()) return failed();
        const Transaction transaction(h);
        for (const Corridor& c : b.corridors) {
            w.feature();
            w.set("id", c.id), w.set("name", c.name), w.set("mode", std::string(name_of(c.mode)));
            w.set("sources", join_sources(b, c.sources)), w.set("general_knowledge", c.general_knowledge);
            if (!w.add(line(corridor_line(c)), error)) return failed();
        }
    }
    {
        LayerWriter w(h, "theaters", wkbMultiPolygon, wgs84.get(),
                      {{"id", OFTString},
                       {"name", OFTString},
                       {"kind", OFTString},
                       {"country", OFTString},
                       {"around", OFTString},
                       {"radius_km", OFTReal},
                       {"sources", OFTString},
                       {"general_knowledge", OFTString}},
                      error);
        LayerWriter status(
            h, "theater_status", wkbNone, nullptr,
            {{"theater_id", OFTString}, {"from", OFTDate}, {"to", OFTDate}, {"state", OFTString}}, error);
        if (!w.ok() || !status.ok()) return failed();
        const Transaction transaction(h);
        for (const Theater& th : b.theaters) {
            w.feature();
            w.set("id", th.id), w.set("name", th.name), w.set("kind", std::string(name_of(th.kind)));
            w.set("country", th.country), w.set("sources", join_sources(b, th.sources));
            w.set("general_knowledge", th.general_knowledge);
            GeometryPtr shape;
            if (th.around >= 0) {
                w.set("around", b.places[size_t(th.around)].id), w.set("radius_km", th.radius_km);
                shape = polygons({geodesic_circle(b.places[size_t(th.around)].lonlat, th.radius_km)});
            } else if (const Country* country = basemap ? basemap->find_country(th.country) : nullptr) {
                shape = polygons(country->polygons);
            }
            if (!w.add(std::move(shape), error)) return failed();
            for (const StatusInterval& s : th.status) {
                status.feature();
                status.set("theater_id", th.id), status.set_date("from", s.from), status.set_date("to", s.to);
                status.set("state", std::string(name_of(s.state)));
                if (!status.add(nullptr, error)) return failed();
            }
        }
    }
    {
        LayerWriter w(h, "flows", wkbMultiLineString, wgs84.get(),
                      {{"id", OFTString},
                       {"name", OFTString},
                       {"from_actor", OFTString},
                       {"to_actor", OFTString},
                       {"category", OFTString},
                       {"confidence", OFTString},
                       {"unit", OFTString},
                       {"route", OFTString},
                       {"sources", OFTString},
                       {"note", OFTString},
                       {"general_knowledge", OFTString}},
                      error);
        LayerWriter volume(h, "flow_volume", wkbNone, nullptr,
                           {{"flow_id", OFTString},
                            {"date", OFTDate},
                            {"value", OFTReal},
                            {"from_place", OFTString},
                            {"to_place", OFTString},
                            {"from_actor", OFTString},
                            {"to_actor", OFTString},
                            {"category", OFTString},
                            {"unit", OFTString}},
                           error);
        if (!w.ok() || !volume.ok()) return failed();
        const Transaction transaction(h);
        for (const Flow& f : b.flows) {
            w.feature();
            const std::string category(name_of(f.category));
            w.set("id", f.id), w.set("name", f.name), w.set("from_actor", actor_id(b, f.from));
            w.set("to_actor", actor_id(b, f.to)), w.set("category", category);
            w.set("confidence", std::string(name_of(f.confidence))), w.set("unit", f.unit);
            std::string route;
            GeometryPtr lines(OGR_G_CreateGeometry(wkbMultiLineString));
            for (int c : f.route) {
                route += (route.empty() ? "" : ",") + b.corridors[size_t(c)].id;
                OGR_G_AddGeometryDirectly(lines.get(), line(corridor_line(b.corridors[size_t(c)])).release());
            }
            w.set("route", route), w.set("sources", join_sources(b, f.sources)), w.set("note", f.note);
            w.set("general_knowledge", f.general_knowledge);
            if (!w.add(std::move(lines), error)) return failed();
            // The route's end places, so a layer can map the series back (as = "flows").
            auto end_place = [&](bool first) -> std::string {
                if (f.route.empty()) return "";
                const Corridor& c = b.corridors[size_t(first ? f.route.front() : f.route.back())];
                const Waypoint& wp = first ? c.path.front() : c.path.back();
                return wp.place >= 0 ? b.places[size_t(wp.place)].id : "";
            };
            const std::string from = end_place(true), to = end_place(false);
            for (const VolumePoint& p : f.volume.points) {
                volume.feature();
                volume.set("flow_id", f.id), volume.set_date("date", p.day), volume.set("value", p.value);
                volume.set("from_place", from), volume.set("to_place", to), volume.set("category", category);
                volume.set("from_actor", actor_id(b, f.from)), volume.set("to_actor", actor_id(b, f.to));
                volume.set("unit", f.unit);
                if (!volume.add(nullptr, error)) return failed();
            }
        }
    }
    {
        LayerWriter w(h, "events", wkbPoint, wgs84.get(),
                      {{"id", OFTString},
                       {"title", OFTString},
                       {"detail", OFTString},
                       {"date_from", OFTDate},
                       {"date_to", OFTDate},
                       {"place", OFTString},
                       {"pause", OFTInteger},
                       {"sources", OFTString},
                       {"general_knowledge", OFTString}},
                      error);
        if (!w.ok()) return failed();
        const Transaction transaction(h);
        for (const Event& e : b.events) {
            w.feature();
            w.set("id", e.id), w.set("title", e.title), w.set("detail", e.detail);
            w.set_date("date_from", e.from), w.set_date("date_to", e.to);
            w.set("place", e.place >= 0 ? b.places[size_t(e.place)].id : ""), w.set("pause", e.pause ? 1 : 0);
            w.set("sources", join_sources(b, e.sources)), w.set("general_knowledge", e.general_knowledge);
            if (!w.add(e.place >= 0 ? point(b.places[size_t(e.place)].lonlat) : nullptr, error))
                return failed();
        }
    }
    {
        LayerWriter w(h, "sources", wkbNone, nullptr,
                      {{"id", OFTString},
                       {"title", OFTString},
                       {"publisher", OFTString},
                       {"date", OFTDate},
                       {"url", OFTString},
                       {"reliability", OFTString},
                       {"credibility", OFTInteger},
                       {"summary", OFTString}},
                      error);
        if (!w.ok()) return failed();
        const Transaction transaction(h);
        for (const Source& s : b.sources) {
            w.feature();
            w.set("id", s.id), w.set("title", s.title), w.set("publisher", s.publisher),
                w.set_date("date", s.date);
            w.set("url", s.url), w.set("reliability", std::string(1, s.reliability)),
                w.set("credibility", s.credibility);
            w.set("summary", s.summary);
            if (!w.add(nullptr, error)) return failed();
        }
    }
    if (!error.empty()) return failed();
    ds.reset(); // closing writes the file
    return base::Ok{};
}

} // namespace geo
