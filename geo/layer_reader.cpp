// Reading [[layer]] datasets with GDAL/OGR: open under the input policy, pick the layer, transform
// to WGS84, read each feature's geometry and time window, repair or skip what is broken.
#include "geo/layer_data.hpp"

#include "geo/gdal_handle.hpp"
#include "geo/geos_handle.hpp"
#include "geo/suggest.hpp"
#include "geo/xml_features.hpp"

#include <fmt/format.h>

#include <cpl_conv.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <memory>

namespace geo {
namespace {

using Clock = std::chrono::steady_clock;

struct SrsDeleter {
    void operator()(OGRSpatialReferenceH s) const { OSRDestroySpatialReference(s); }
};
struct TransformDeleter {
    void operator()(OGRCoordinateTransformationH t) const { OCTDestroyCoordinateTransformation(t); }
};
struct GeometryDeleter {
    void operator()(OGRGeometryH g) const { OGR_G_DestroyGeometry(g); }
};
using GeometryPtr = std::unique_ptr<std::remove_pointer_t<OGRGeometryH>, GeometryDeleter>;

constexpr int kMaxGeometryDepth = 32;      // nested collections deeper than this are refused
constexpr size_t kMaxWarningsPerLayer = 8; // then one line counting the rest
constexpr double kMaxAbsCoordinate = 1e6;  // degrees (geographic) before transforming
// Projected units (metres, feet) beyond this are not on Earth; GDAL 3.6's transform from Web
// Mercator wraps longitudes in a loop that never ends for 1e30 (found by the malformed corpus).
constexpr double kMaxAbsProjected = 1e9;

// The CRS's WKT without its authority IDs (ID[...] / AUTHORITY[...]). A file's WKT may carry an ID
// that contradicts its contents (ID["EPSG",4362] on a renamed WGS84), and PROJ 9.1.1 then
// dereferences null looking the authority up while building any transform (createOperations,
// and exportToProj4 too): found by the layer fuzzer, kept as tests/fuzz/corpus/layer/crash-*.fgb.
// Without IDs PROJ uses what the WKT says.
std::string wkt_without_ids(std::string wkt) {
    for (const char* node : {",ID[", ",AUTHORITY["}) {
        for (size_t at = wkt.find(node); at != std::string::npos; at = wkt.find(node, at)) {
            size_t end = at + std::strlen(node), depth = 1;
            bool quoted = false;
            for (; end < wkt.size() && depth > 0; ++end) {
                if (wkt[end] == '"') quoted = !quoted;
                if (!quoted && wkt[end] == '[') ++depth;
                if (!quoted && wkt[end] == ']') --depth;
            }
            wkt.erase(at, end - at);
        }
    }
    return wkt;
}

// The longest a single polygon's repair (GEOS MakeValid) may take before it is drawn as it is.
constexpr auto kMaxRepair = std::chrono::seconds(2);

// Reads one layer; every problem goes to `diags` with the [[layer]] entry's location.
class LayerReader {
  public:
    // What the briefing's layers read so far have used of its budget (LoadLimits' totals).
    struct Used {
        uint64_t bytes = 0, vertices = 0;
    };
    LayerReader(const Layer& layer, const BriefingInfo& info, const LoadLimits& limits,
                Clock::time_point deadline, Used& used, std::vector<Diagnostic>& diags)
        : layer_(layer), info_(info), limits_(limits), deadline_(deadline), used_(used), diags_(diags) {}

    bool read(LayerFeatures& out);

  private:
    // A local file: its size against the limits, GeoPackage views, sidecars and PROJ references
    // vetted; fills `siblings` (null-terminated) with the sidecar names GDAL may open.
    bool vet_file(std::vector<const char*>& siblings);
    bool read_dataset(std::vector<const char*>& siblings, LayerFeatures& out);
    // KML and GPX: read by our own reader, with TimeSpan/TimeStamp and track times (xml_features).
    bool read_xml(const std::string& driver, LayerFeatures& out);
    // One KML/GPX feature's geometry as OGR geometry, through add_geometry's checks; a drawn layer's
    // timed track becomes one feature per segment, shown from one vertex's time to the next's.
    bool add_xml_feature(const XmlFeature& x, int64_t fid, double from, double to,
                         const std::vector<std::string>& values, LayerFeatures& out);
    // The end of reading: limit errors, "no drawable features", the count of unshown warnings.
    bool finish(const LayerFeatures& out, bool csv);
    base::Result<std::vector<std::string>> sidecars_ = std::vector<std::string>{};
    void error(std::string message) {
        diags_.push_back({Diagnostic::Severity::Error, layer_.where,
                          fmt::format("layer '{}' ({}): {}", layer_.id, layer_.written_path, message)});
    }
    void feature_warning(int64_t fid, std::string message) {
        if (++warnings_ > kMaxWarningsPerLayer) return;
        diags_.push_back({Diagnostic::Severity::Warning, layer_.where,
                          fmt::format("layer '{}': feature {}: {}", layer_.id, fid, message)});
    }
    bool out_of_time() const { return Clock::now() > deadline_; }
    std::string over_total_vertices() const {
        return fmt::format(
            "the briefing's layers come to more than {} vertices together; simplify them (e.g. "
            "ogr2ogr -simplify) or use fewer",
            limits_.max_total_vertices);
    }

    // Appends the geometry's parts; false when the feature must be skipped (warned already).
    bool add_geometry(OGRGeometryH g, int64_t fid, int depth, LayerFeatures& out, uint32_t feature);
    // Reads a point sequence, transformed to lon/lat; false (and warns) on a bad coordinate.
    bool read_points(OGRGeometryH g, int64_t fid, std::vector<LonLat>& points);
    std::optional<double> field_day(OGRFeatureH f, int field, int64_t fid);

    // A database layer's rows outside the briefing's span are filtered out by the server (SQL WHERE).
    bool filter_to_span(OGRLayerH layer, OGRFeatureDefnH defn);

    const Layer& layer_;
    const BriefingInfo& info_;
    const LoadLimits& limits_;
    Clock::time_point deadline_;
    Used& used_;
    std::vector<Diagnostic>& diags_;
    std::unique_ptr<std::remove_pointer_t<OGRCoordinateTransformationH>, TransformDeleter> transform_;
    bool geographic_ = true;
    size_t warnings_ = 0;
    uint64_t vertices_ = 0;
    bool over_vertex_limit_ = false, over_total_vertices_ = false;
};

bool LayerReader::read(LayerFeatures& out) {
    const GeosDeadline geos_deadline(deadline_); // a pathological polygon cannot outlast the load's time
    // A database or network source (only under --trust) has no file to size or vet.
    const bool remote = is_network_or_virtual_path(layer_.path);
    std::vector<const char*> siblings;
    if (!remote && !vet_file(siblings)) return false;
    if (siblings.empty()) siblings.push_back(nullptr);
    return read_dataset(siblings, out);
}

bool LayerReader::vet_file(std::vector<const char*>& siblings) {
    std::error_code ec;
    const auto bytes = std::filesystem::file_size(layer_.path, ec);
    if (ec) return error(fmt::format("cannot read: {}", ec.message())), false;
    if (bytes > limits_.max_layer_bytes)
        return error(fmt::format("file is {} MB; a layer may be at most {} MB (simplify it, or split it "
                                 "into several layers)",
                                 bytes >> 20, limits_.max_layer_bytes >> 20)),
               false;
    if (used_.vertices > limits_.max_total_vertices) // the layers before used the whole budget: not opened
        return error(over_total_vertices()), false;
    used_.bytes += bytes;
    if (used_.bytes > limits_.max_total_bytes)
        return error(fmt::format("the briefing's layer files come to more than {} MB together; use fewer or "
                                 "smaller layers",
                                 limits_.max_total_bytes >> 20)),
               false;
    if (auto vetted = vet_geopackage(layer_.path); !vetted) return error(vetted.error().message), false;
    sidecars_ = vetted_sidecars(layer_.path);
    if (!sidecars_) return error(sidecars_.error().message), false;
    std::vector<std::string> files;
    for (const std::string& name : *sidecars_) {
        siblings.push_back(name.c_str());
        files.push_back((std::filesystem::path(layer_.path).parent_path() / name).string());
    }
    if (auto clean = refuse_proj_file_references(files); !clean) return error(clean.error().message), false;
    siblings.push_back(nullptr);
    return true;
}

bool LayerReader::read_dataset(std::vector<const char*>& siblings, LayerFeatures& out) {
    std::string open_error;
    // CSV: points from X/Y columns under their usual names (a WKT column is read by default).
    static const char* const kCsvOptions[] = {"X_POSSIBLE_NAMES=x,lon,lng,long,longitude",
                                              "Y_POSSIBLE_NAMES=y,lat,latitude", nullptr};
    const bool csv = std::filesystem::path(layer_.path).extension() == ".csv";
    GdalDatasetPtr ds =
        open_vector_dataset(layer_.path, open_error, csv ? kCsvOptions : nullptr, siblings.data());
    if (!ds) {
        const std::string driver = identify_driver(layer_.path);
        // LIBKML recognises the KML that the allowed KML driver just failed on: report that failure.
        if (!driver.empty() && driver != "LIBKML" && !is_allowed_driver(driver))
            return error(
                       fmt::format("is a {} file; layers may only use GPKG, GeoJSON, TopoJSON, ESRI "
                                   "Shapefile, KML, GPX, CSV and FlatGeobuf (run with --trust to allow other "
                                   "drivers)",
                                   driver)),
                   false;
        const auto colon = open_error.find(": ");
        return error(colon == std::string::npos ? open_error : open_error.substr(colon + 2)), false;
    }
    if (GDALDatasetGetLayerCount(ds.get()) == 0) return error("has no vector layer"), false;
    if (GDALDriverH d = GDALGetDatasetDriver(ds.get())) {
        const std::string driver = GDALGetDriverShortName(d);
        if (driver == "KML" || driver == "GPX") return read_xml(driver, out);
    }
    OGRLayerH layer = nullptr;
    if (!layer_.layer.empty()) {
        layer = GDALDatasetGetLayerByName(ds.get(), layer_.layer.c_str());
        if (!layer) {
            std::vector<std::string> names;
            for (int i = 0; i < GDALDatasetGetLayerCount(ds.get()); ++i)
                names.emplace_back(OGR_L_GetName(GDALDatasetGetLayer(ds.get(), i)));
            return error(fmt::format("has no layer '{}'{}", layer_.layer, did_you_mean(layer_.layer, names))),
                   false;
        }
    } else if (GDALDatasetGetLayerCount(ds.get()) > 0) {
        layer = GDALDatasetGetLayer(ds.get(), 0);
    }
    if (!layer) return error("has no vector layer"), false;

    if (OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer)) {
        std::unique_ptr<std::remove_pointer_t<OGRSpatialReferenceH>, SrsDeleter> wgs84(
            OSRNewSpatialReference(nullptr));
        OSRSetWellKnownGeogCS(wgs84.get(), "WGS84");
        OSRSetAxisMappingStrategy(wgs84.get(), OAMS_TRADITIONAL_GIS_ORDER);
        char* wkt = nullptr;
        const char* const wkt2[] = {"FORMAT=WKT2_2019", nullptr};
        CPLPushErrorHandler(CPLQuietErrorHandler);
        OSRExportToWktEx(srs, &wkt, wkt2);
        std::string plain_wkt = wkt_without_ids(wkt ? wkt : "");
        CPLFree(wkt);
        std::unique_ptr<std::remove_pointer_t<OGRSpatialReferenceH>, SrsDeleter> source(
            OSRNewSpatialReference(nullptr));
        const bool imported = OSRSetFromUserInput(source.get(), plain_wkt.c_str()) == OGRERR_NONE;
        CPLPopErrorHandler();
        if (!imported) return error("its coordinate system cannot be read"), false;
        OSRSetAxisMappingStrategy(source.get(), OAMS_TRADITIONAL_GIS_ORDER);
        geographic_ = OSRIsGeographic(source.get());
        if (!OSRIsSame(source.get(), wgs84.get())) {
            CPLPushErrorHandler(CPLQuietErrorHandler);
            transform_.reset(OCTNewCoordinateTransformation(source.get(), wgs84.get()));
            CPLPopErrorHandler();
            if (!transform_) return error("its coordinate system cannot be transformed to WGS84"), false;
        }
    }

    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    auto field_index = [&](const std::string& name, const char* role) -> std::optional<int> {
        if (name.empty()) return -1;
        const int i = OGR_FD_GetFieldIndex(defn, name.c_str());
        if (i >= 0) return i;
        std::vector<std::string> names;
        for (int k = 0; k < OGR_FD_GetFieldCount(defn); ++k)
            names.emplace_back(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, k)));
        error(fmt::format("has no field '{}' for the {} time{}", name, role, did_you_mean(name, names)));
        return std::nullopt;
    };
    const auto start_field = field_index(layer_.time_start, "start");
    const auto end_field = field_index(layer_.time_end, "end");
    if (!start_field || !end_field) return false;
    // The columns a mapped layer reads, in the order of its fields.
    const bool mapped = layer_.role != LayerRole::Drawn;
    std::vector<int> columns;
    for (const LayerField& field : layer_.fields) {
        const int i = OGR_FD_GetFieldIndex(defn, field.column.c_str());
        if (i < 0) {
            std::vector<std::string> names;
            std::string list;
            for (int k = 0; k < OGR_FD_GetFieldCount(defn); ++k) {
                names.emplace_back(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, k)));
                list += (list.empty() ? "" : ", ") + names.back();
            }
            return error(fmt::format("has no column '{}' for fields.{}{}; its columns: {}", field.column,
                                     field.key, did_you_mean(field.column, names),
                                     list.empty() ? "none" : list)),
                   false;
        }
        columns.push_back(i);
    }
    if (mapped && is_database_connection(layer_.path) && !filter_to_span(layer, defn)) return false;
    // A plain database layer in lon/lat is cut to the briefing's home view (widened by half its size
    // each way, so a pan still finds data) on the server: only what the briefing shows travels.
    if (!mapped && is_database_connection(layer_.path) && info_.home && geographic_ && !transform_) {
        const auto [west, south, east, north] = *info_.home;
        const double dx = (east - west) / 2, dy = (north - south) / 2;
        OGR_L_SetSpatialFilterRect(layer, west - dx, std::max(south - dy, -90.0), east + dx,
                                   std::min(north + dy, 90.0));
    }

    OGR_L_ResetReading(layer);
    size_t features = 0;
    CPLPushErrorHandler(CPLQuietErrorHandler);
    CPLErrorReset();
    for (OgrFeaturePtr f(OGR_L_GetNextFeature(layer)); f; f.reset(OGR_L_GetNextFeature(layer))) {
        if (++features % 256 == 0 && out_of_time()) {
            CPLPopErrorHandler();
            return error(
                       fmt::format("reading took more than {:g} s; the layer is too big or broken (simplify "
                                   "it)",
                                   limits_.max_seconds)),
                   false;
        }
        const int64_t fid = OGR_F_GetFID(f.get());
        OGRGeometryH g = OGR_F_GetGeometryRef(f.get());
        const bool no_geometry = !g || OGR_G_IsEmpty(g);
        if (no_geometry && !mapped) continue; // attribute-only rows draw nothing
        const uint32_t feature = uint32_t(out.fids.size());
        const size_t lines = out.lines.size(), points = out.points.size();
        if (!no_geometry && !add_geometry(g, fid, 0, out, feature)) {
            out.lines.resize(lines), out.line_feature.resize(lines);
            out.points.resize(points), out.point_feature.resize(points);
            if (over_vertex_limit_) break;
            continue;
        }
        double from = -kAlways, to = kAlways;
        if (*start_field >= 0) from = field_day(f.get(), *start_field, fid).value_or(-kAlways);
        if (*end_field >= 0) to = field_day(f.get(), *end_field, fid).value_or(kAlways) + 0.999;
        out.fids.push_back(fid);
        out.from.push_back(from);
        out.to.push_back(to);
        for (int column : columns)
            out.values.emplace_back(
                OGR_F_IsFieldSetAndNotNull(f.get(), column) ? OGR_F_GetFieldAsString(f.get(), column) : "");
    }
    // A database that goes away mid-read ends the feature loop like the last row does; GDAL's error
    // tells them apart. Half a table is not shown as if it were the whole.
    const bool failed = CPLGetLastErrorType() >= CE_Failure;
    const std::string why = CPLGetLastErrorMsg();
    CPLPopErrorHandler();
    if (failed && is_database_connection(layer_.path))
        return error(
                   fmt::format("reading stopped after {} rows: {}", features, why.substr(0, why.find('\n')))),
               false;
    return finish(out, csv);
}

bool LayerReader::finish(const LayerFeatures& out, bool csv) {
    if (over_vertex_limit_)
        return error(fmt::format("has more than {} vertices; simplify it (e.g. ogr2ogr -simplify) or split "
                                 "it",
                                 limits_.max_layer_vertices)),
               false;
    if (over_total_vertices_) return error(over_total_vertices()), false;
    if (out.fids.empty() && layer_.role == LayerRole::Drawn)
        diags_.push_back(
            {Diagnostic::Severity::Warning, layer_.where,
             fmt::format("layer '{}' ({}): no drawable features{}", layer_.id, layer_.written_path,
                         csv ? " (a CSV needs x/y, lon/lat or WKT columns)" : "")});
    if (warnings_ > kMaxWarningsPerLayer)
        diags_.push_back({Diagnostic::Severity::Warning, layer_.where,
                          fmt::format("layer '{}': {} more feature warnings not shown", layer_.id,
                                      warnings_ - kMaxWarningsPerLayer)});
    return true;
}

bool LayerReader::read_xml(const std::string& driver, LayerFeatures& out) {
    auto read = driver == "KML" ? read_kml_features(layer_.path, deadline_, limits_.max_layer_vertices)
                                : read_gpx_features(layer_.path, deadline_, limits_.max_layer_vertices);
    if (!read) return error(read.error().message), false;
    XmlFeatures& xml = *read;
    for (const std::string& w : xml.warnings)
        if (++warnings_ <= kMaxWarningsPerLayer)
            diags_.push_back({Diagnostic::Severity::Warning, layer_.where,
                              fmt::format("layer '{}' ({}): {}", layer_.id, layer_.written_path, w)});
    warnings_ += xml.more_warnings; // counted in the "more feature warnings not shown" line
    if (!layer_.layer.empty()) {    // a KML Folder/Document, or GPX's waypoints/routes/tracks
        std::vector<std::string> names;
        for (const XmlFeature& f : xml.features)
            if (std::find(names.begin(), names.end(), f.container) == names.end())
                names.push_back(f.container);
        if (driver == "GPX") names = {"waypoints", "routes", "tracks"};
        if (std::find(names.begin(), names.end(), layer_.layer) == names.end())
            return error(fmt::format("has no layer '{}'{}", layer_.layer, did_you_mean(layer_.layer, names))),
                   false;
    }
    // Standard columns exist even when no feature fills them.
    std::vector<std::string> columns =
        driver == "KML" ? std::vector<std::string>{"name", "description", "when", "begin", "end"}
                        : std::vector<std::string>{"name", "desc", "cmt", "type", "time"};
    for (const std::string& c : xml.columns)
        if (std::find(columns.begin(), columns.end(), c) == columns.end()) columns.push_back(c);
    auto known = [&](const std::string& column, std::string_view what) {
        if (column.empty() || std::find(columns.begin(), columns.end(), column) != columns.end()) return true;
        std::string list;
        for (const std::string& c : columns)
            list += (list.empty() ? "" : ", ") + c;
        error(fmt::format("has no column '{}' for {}{}; its columns: {}", column, what,
                          did_you_mean(column, columns), list));
        return false;
    };
    if (!known(layer_.time_start, "the start time") || !known(layer_.time_end, "the end time")) return false;
    for (const LayerField& field : layer_.fields)
        if (!known(field.column, "fields." + field.key)) return false;

    const auto field_time = [&](const XmlFeature& f, const std::string& column, bool is_end, int64_t fid,
                                double fallback) {
        const std::string* text = f.field(column);
        if (!text || text->empty()) return fallback;
        if (auto t = xml_time(*text, is_end)) return *t;
        feature_warning(
            fid, fmt::format("'{}' = '{}' is not a date (YYYY-MM-DD); treated as unbounded", column, *text));
        return is_end ? kAlways : -kAlways;
    };
    CPLPushErrorHandler(CPLQuietErrorHandler);
    for (size_t i = 0; i < xml.features.size(); ++i) {
        if (i % 256 == 255 && out_of_time()) {
            CPLPopErrorHandler();
            return error(fmt::format(
                       "reading took more than {:g} s; the layer is too big or broken (simplify it)",
                       limits_.max_seconds)),
                   false;
        }
        const XmlFeature& f = xml.features[i];
        if (!layer_.layer.empty() && f.container != layer_.layer) continue;
        const int64_t fid = int64_t(i) + 1;
        double from = f.begin, to = f.end;
        if (!layer_.time_start.empty()) from = field_time(f, layer_.time_start, false, fid, -kAlways);
        if (!layer_.time_end.empty()) to = field_time(f, layer_.time_end, true, fid, kAlways);
        std::vector<std::string> values;
        for (const LayerField& field : layer_.fields) {
            const std::string* v = f.field(field.column);
            values.push_back(v ? *v : "");
        }
        if (out.color.empty() && !f.color.empty()) out.color = f.color, out.width = f.width;
        if (!add_xml_feature(f, fid, from, to, values, out) && over_vertex_limit_) break;
    }
    CPLPopErrorHandler();
    return finish(out, false);
}

bool LayerReader::add_xml_feature(const XmlFeature& x, int64_t fid, double from, double to,
                                  const std::vector<std::string>& values, LayerFeatures& out) {
    auto line_geometry = [](const LonLat* p, size_t n, OGRwkbGeometryType type) {
        OGRGeometryH g = OGR_G_CreateGeometry(type);
        OGR_G_SetPointCount(g, int(n));
        for (size_t i = 0; i < n; ++i)
            OGR_G_SetPoint_2D(g, int(i), p[i].lon, p[i].lat);
        return g;
    };
    auto push = [&](GeometryPtr geometry, double a, double b) {
        const uint32_t feature = uint32_t(out.fids.size());
        const size_t lines = out.lines.size(), points = out.points.size();
        if (!add_geometry(geometry.get(), fid, 0, out, feature)) {
            out.lines.resize(lines), out.line_feature.resize(lines);
            out.points.resize(points), out.point_feature.resize(points);
            return false;
        }
        out.fids.push_back(fid), out.from.push_back(a), out.to.push_back(b);
        out.values.insert(out.values.end(), values.begin(), values.end());
        return true;
    };
    const bool mapped = layer_.role != LayerRole::Drawn;
    GeometryPtr all(OGR_G_CreateGeometry(wkbGeometryCollection));
    for (const LonLat& p : x.points) {
        OGRGeometryH g = OGR_G_CreateGeometry(wkbPoint);
        OGR_G_SetPoint_2D(g, 0, p.lon, p.lat);
        OGR_G_AddGeometryDirectly(all.get(), g);
    }
    for (size_t l = 0; l < x.lines.size(); ++l) {
        const LonLatLine& line = x.lines[l];
        const std::vector<double>& times = x.line_times[l];
        if (mapped || times.size() != line.size() || line.size() < 2) {
            OGR_G_AddGeometryDirectly(all.get(), line_geometry(line.data(), line.size(), wkbLineString));
            continue;
        }
        // A drawn track moves: each segment with a point at its head shows from one time to the next,
        // so "active" shows where it is, "window" a trail and "cumulative" the path so far.
        for (size_t i = 0; i + 1 < line.size(); ++i) {
            GeometryPtr segment(OGR_G_CreateGeometry(wkbGeometryCollection));
            OGR_G_AddGeometryDirectly(segment.get(), line_geometry(&line[i], 2, wkbLineString));
            OGRGeometryH head = OGR_G_CreateGeometry(wkbPoint);
            OGR_G_SetPoint_2D(head, 0, line[i + 1].lon, line[i + 1].lat);
            OGR_G_AddGeometryDirectly(segment.get(), head);
            if (!push(std::move(segment), times[i], std::max(times[i + 1], times[i])) && over_vertex_limit_)
                return false;
        }
    }
    for (const std::vector<LonLatLine>& rings : x.polygons) {
        OGRGeometryH polygon = OGR_G_CreateGeometry(wkbPolygon);
        for (const LonLatLine& ring : rings)
            OGR_G_AddGeometryDirectly(polygon, line_geometry(ring.data(), ring.size(), wkbLinearRing));
        OGR_G_AddGeometryDirectly(all.get(), polygon);
    }
    const bool any = OGR_G_GetGeometryCount(all.get()) > 0;
    if (!any && !mapped) return true; // only timed track segments (added above), or nothing to draw
    // One geometry: a single part as itself, so a mapped layer's point or line reads as before.
    GeometryPtr one = OGR_G_GetGeometryCount(all.get()) == 1
                          ? GeometryPtr(OGR_G_Clone(OGR_G_GetGeometryRef(all.get(), 0)))
                          : std::move(all);
    if (!any) {
        out.fids.push_back(fid), out.from.push_back(from), out.to.push_back(to);
        out.values.insert(out.values.end(), values.begin(), values.end());
        return true;
    }
    return push(std::move(one), from, to);
}

bool LayerReader::read_points(OGRGeometryH g, int64_t fid, std::vector<LonLat>& points) {
    const int n = OGR_G_GetPointCount(g);
    vertices_ += uint64_t(std::max(n, 0));
    used_.vertices += uint64_t(std::max(n, 0));
    if (vertices_ > limits_.max_layer_vertices) {
        over_vertex_limit_ = true;
        return false;
    }
    if (used_.vertices > limits_.max_total_vertices) {
        over_total_vertices_ = true;
        return false;
    }
    points.resize(size_t(std::max(n, 0)));
    if (n <= 0) return true;
    OGR_G_GetPoints(g, &points[0].lon, sizeof(LonLat), &points[0].lat, sizeof(LonLat), nullptr, 0);
    for (const LonLat& p : points) {
        const double limit = geographic_ ? kMaxAbsCoordinate : kMaxAbsProjected;
        if (!std::isfinite(p.lon) || !std::isfinite(p.lat) || std::abs(p.lon) > limit ||
            std::abs(p.lat) > limit) {
            feature_warning(fid, fmt::format("coordinate ({}, {}) is not a usable number; feature skipped",
                                             p.lon, p.lat));
            return false;
        }
    }
    if (transform_) {
        std::vector<int> ok(points.size(), 0);
        std::vector<double> x(points.size()), y(points.size());
        for (size_t i = 0; i < points.size(); ++i)
            x[i] = points[i].lon, y[i] = points[i].lat;
        OCTTransformEx(transform_.get(), int(points.size()), x.data(), y.data(), nullptr, ok.data());
        for (size_t i = 0; i < points.size(); ++i) {
            if (!ok[i] || !std::isfinite(x[i]) || !std::isfinite(y[i])) {
                feature_warning(fid,
                                "a coordinate cannot be transformed to longitude/latitude; feature skipped");
                return false;
            }
            points[i] = {x[i], y[i]};
        }
    }
    for (const LonLat& p : points) {
        if (std::abs(p.lat) > 90 || std::abs(p.lon) > 540) {
            feature_warning(fid, fmt::format("coordinate ({}, {}) is outside longitude -180..180, latitude "
                                             "-90..90 (swapped?); feature skipped",
                                             p.lon, p.lat));
            return false;
        }
    }
    return true;
}

bool LayerReader::add_geometry(OGRGeometryH g, int64_t fid, int depth, LayerFeatures& out, uint32_t feature) {
    if (depth > kMaxGeometryDepth) {
        feature_warning(fid, "geometry collections nested too deeply; feature skipped");
        return false;
    }
    GeometryPtr linear;
    if (OGR_GT_IsNonLinear(OGR_G_GetGeometryType(g))) {
        linear.reset(OGR_G_GetLinearGeometry(g, 0, nullptr));
        if (!linear)
            return feature_warning(fid, "curved geometry cannot be linearised; feature skipped"), false;
        g = linear.get();
    }
    switch (wkbFlatten(OGR_G_GetGeometryType(g))) {
    case wkbPoint: {
        std::vector<LonLat> p;
        if (!read_points(g, fid, p)) return false;
        for (const LonLat& q : p)
            out.points.push_back(q), out.point_feature.push_back(feature);
        return true;
    }
    case wkbLineString: {
        LonLatLine line;
        if (!read_points(g, fid, line)) return false;
        if (line.size() < 2) {
            feature_warning(
                fid, fmt::format("line with {} point{} skipped", line.size(), line.size() == 1 ? "" : "s"));
            return true;
        }
        out.lines.push_back(std::move(line)), out.line_feature.push_back(feature);
        return true;
    }
    case wkbPolygon: {
        GeometryPtr repaired;
        if (OGR_G_GetGeometryCount(g) > 0 && !OGR_G_IsValid(g)) {
            { // one repair gets a few seconds at most: a 5 KB star polygon can keep GEOS busy for minutes
                const GeosDeadline repair(std::min(deadline_, Clock::now() + kMaxRepair));
                repaired.reset(OGR_G_MakeValid(g));
            }
            if (repaired && wkbFlatten(OGR_G_GetGeometryType(repaired.get())) != wkbPolygon) {
                feature_warning(fid, "invalid polygon (self-intersecting?) repaired");
                return add_geometry(repaired.get(), fid, depth + 1, out, feature);
            }
            feature_warning(fid, repaired ? "invalid polygon (self-intersecting?) repaired"
                                          : "invalid polygon (self-intersecting?) drawn as it is");
            if (repaired) g = repaired.get();
        }
        for (int r = 0; r < OGR_G_GetGeometryCount(g); ++r) {
            LonLatLine ring;
            if (!read_points(OGR_G_GetGeometryRef(g, r), fid, ring)) return false;
            if (ring.size() < 3) {
                feature_warning(fid, fmt::format("ring {} has {} point{}; skipped", r, ring.size(),
                                                 ring.size() == 1 ? "" : "s"));
                continue;
            }
            if (ring.front().lon != ring.back().lon || ring.front().lat != ring.back().lat) {
                feature_warning(fid, fmt::format("ring {} is not closed; closed it", r));
                ring.push_back(ring.front());
            }
            out.lines.push_back(std::move(ring)), out.line_feature.push_back(feature);
        }
        return true;
    }
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
            if (!add_geometry(OGR_G_GetGeometryRef(g, i), fid, depth + 1, out, feature)) return false;
        return true;
    default:
        feature_warning(fid, fmt::format("geometry type {} is not drawn; feature skipped",
                                         OGRGeometryTypeToName(OGR_G_GetGeometryType(g))));
        return false;
    }
}

bool LayerReader::filter_to_span(OGRLayerH layer, OGRFeatureDefnH defn) {
    auto field = [&](std::string_view key) -> const LayerField* {
        for (const LayerField& f : layer_.fields)
            if (f.key == key) return &f;
        return nullptr;
    };
    // Only date and date-time columns are filtered on the server: text dates such as "2024/06/19"
    // or a year, which the rows may use, would compare as text there and be lost.
    auto comparable = [&](const LayerField* f) {
        if (!f) return false;
        const OGRFieldType t =
            OGR_Fld_GetType(OGR_FD_GetFieldDefn(defn, OGR_FD_GetFieldIndex(defn, f->column.c_str())));
        return t == OFTDate || t == OFTDateTime;
    };
    auto quoted = [](const std::string& column) {
        std::string q = "\"";
        for (char c : column)
            q += c == '"' ? std::string("\"\"") : std::string(1, c);
        return q + "\"";
    };
    const std::string first = format_day(info_.start), after = format_day(info_.end + 1);
    std::string where;
    if (const LayerField* date = field("date"); comparable(date)) {
        where = fmt::format("{0} >= '{1}' AND {0} < '{2}'", quoted(date->column), first, after);
    } else if (const LayerField* start = field("start"); comparable(start)) {
        const LayerField* end = field("end");
        where = comparable(end)
                    ? fmt::format("{0} < '{2}' AND ({1} >= '{3}' OR {1} IS NULL)", quoted(start->column),
                                  quoted(end->column), after, first)
                    : fmt::format("{0} >= '{1}' AND {0} < '{2}'", quoted(start->column), first, after);
    }
    if (where.empty()) return true;
    CPLPushErrorHandler(CPLQuietErrorHandler);
    const OGRErr set = OGR_L_SetAttributeFilter(layer, where.c_str());
    CPLPopErrorHandler();
    if (set != OGRERR_NONE)
        return error(fmt::format("the server refused the time filter {}: {}", where, CPLGetLastErrorMsg())),
               false;
    return true;
}

std::optional<double> LayerReader::field_day(OGRFeatureH f, int field, int64_t fid) {
    if (!OGR_F_IsFieldSetAndNotNull(f, field)) return std::nullopt;
    OGRFieldDefnH defn = OGR_F_GetFieldDefnRef(f, field);
    const OGRFieldType type = OGR_Fld_GetType(defn);
    if (type == OFTDate || type == OFTDateTime) {
        int y = 0, m = 0, d = 0, hh = 0, mm = 0, tz = 0;
        float ss = 0;
        if (OGR_F_GetFieldAsDateTimeEx(f, field, &y, &m, &d, &hh, &mm, &ss, &tz) && y >= -9999 && y <= 9999 &&
            m >= 1 && m <= 12 && d >= 1 && d <= 31)
            return double(day_from_ymd(y, unsigned(m), unsigned(d)));
    } else if (type == OFTInteger || type == OFTInteger64) {
        const long long year = OGR_F_GetFieldAsInteger64(f, field);
        if (year >= -9999 && year <= 9999) return double(day_from_ymd(int(year), 1, 1));
    } else if (type == OFTString) {
        const std::string_view text = OGR_F_GetFieldAsString(f, field);
        if (auto day = parse_day(text.substr(0, 10))) return double(*day);
    }
    feature_warning(fid, fmt::format("'{}' = '{}' is not a date (YYYY-MM-DD); treated as unbounded",
                                     OGR_Fld_GetNameRef(defn), OGR_F_GetFieldAsString(f, field)));
    return std::nullopt;
}

} // namespace

size_t LayerFeatures::vertex_count() const {
    size_t n = points.size();
    for (const LonLatLine& l : lines)
        n += l.size();
    return n;
}

size_t LayerLoad::errors() const {
    size_t n = 0;
    for (const Diagnostic& d : diagnostics)
        n += d.severity == Diagnostic::Severity::Error;
    return n;
}

LayerLoad read_layers(const Briefing& briefing, const LoadLimits& limits) {
    LayerLoad out;
    out.layers.resize(briefing.layers.size());
    const auto deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                             std::chrono::duration<double>(limits.max_seconds));
    LayerReader::Used used;
    for (size_t i = 0; i < briefing.layers.size(); ++i) {
        LayerReader reader(briefing.layers[i], briefing.info, limits, deadline, used, out.diagnostics);
        if (!reader.read(out.layers[i])) out.layers[i] = LayerFeatures{};
    }
    return out;
}

} // namespace geo
