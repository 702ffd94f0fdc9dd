// Extra layers and the untrusted-input policy: reading the fixture layer (lines, points, polygon
// outlines, time windows), confining paths, refusing network paths and disallowed drivers,
// limits, and repairing or skipping bad features with warnings naming layer and feature.
#include "geo/layer_data.hpp"
#include "geo/layer_scene.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>

namespace {

namespace fs = std::filesystem;
const std::string kBriefing = SUPPLYLINE_TEST_FIXTURES "/briefings/with_layer/briefing.toml";

std::string all_text(const std::vector<geo::Diagnostic>& diags) {
    std::string out;
    for (const auto& d : diags)
        out += d.text() + "\n";
    return out;
}

// A scratch folder with a briefing whose one layer is `layer_file` (written with `contents`).
struct Scratch {
    fs::path dir;
    explicit Scratch(const std::string& name) : dir(fs::path(testing::TempDir()) / ("layer_test_" + name)) {
        fs::remove_all(dir);
        fs::create_directories(dir);
    }
    ~Scratch() { fs::remove_all(dir); }
    void write(const std::string& file, const std::string& contents) const {
        std::ofstream(dir / file, std::ios::binary) << contents;
    }
    std::string briefing(const std::string& layer_path, const std::string& extra = "") const {
        write("briefing.toml", "[briefing]\ntitle = \"t\"\nstart = 2024-01-01\nend = 2024-12-31\n\n"
                               "[[layer]]\nid = \"l\"\npath = \"" +
                                   layer_path + "\"\n" + extra);
        return (dir / "briefing.toml").string();
    }
};

std::string geojson_points(int n) {
    std::string s = "{\"type\":\"FeatureCollection\",\"features\":[";
    for (int i = 0; i < n; ++i)
        s += std::string(i ? "," : "") + "{\"type\":\"Feature\",\"id\":" + std::to_string(i) +
             ",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[" +
             std::to_string(i % 170) + ",10]}}";
    return s + "]}";
}

} // namespace

TEST(Layers, ReadsTheFixtureLayerWithTimes) {
    const auto load = geo::load_briefing(kBriefing);
    ASSERT_TRUE(load.briefing) << all_text(load.diagnostics);
    const geo::LayerLoad layers = geo::read_layers(*load.briefing);
    EXPECT_EQ(layers.diagnostics.size(), 0u) << all_text(layers.diagnostics);
    ASSERT_EQ(layers.layers.size(), 1u);
    const geo::LayerFeatures& rail = layers.layers[0];
    EXPECT_EQ(rail.fids.size(), 5u);
    EXPECT_EQ(rail.lines.size(), 4u); // three lines and the yard's outline
    EXPECT_EQ(rail.points.size(), 1u);
    // The yard's outline comes back closed.
    const geo::LonLatLine& yard = rail.lines[3];
    EXPECT_EQ(yard.front().lon, yard.back().lon);
    EXPECT_NEAR(rail.lines[0][0].lon, 130.3, 1e-12);
    // Old spur: 1930-01-01 .. 1990-12-31; the depot has no times.
    EXPECT_EQ(rail.from[2], *geo::parse_day("1930-01-01"));
    EXPECT_GT(rail.to[2], *geo::parse_day("1990-12-31"));
    EXPECT_LT(rail.to[2], *geo::parse_day("1991-01-01"));
    EXPECT_TRUE(std::isinf(rail.from[3]) && std::isinf(rail.to[3]));
}

TEST(Layers, SceneIsProjectedAndGroupedByLayer) {
    const auto load = geo::load_briefing(kBriefing);
    ASSERT_TRUE(load.briefing);
    const geo::LayerLoad layers = geo::read_layers(*load.briefing);
    auto projection = geo::Projection::create(geo::kDefaultProjection);
    ASSERT_TRUE(projection.ok());
    const geo::LayerScene scene = geo::build_layer_scene(layers.layers, *projection, {0, 0});
    ASSERT_EQ(scene.layer_lines.size(), 1u);
    EXPECT_EQ(scene.layer_lines[0].second, scene.lines.line_count());
    EXPECT_GE(scene.lines.line_count(), 4u);
    EXPECT_EQ(scene.line_from.size(), scene.lines.line_count());
    EXPECT_EQ(scene.points.size(), 1u);
    for (const geo::Vec2f& p : scene.lines.points)
        ASSERT_TRUE(std::isfinite(p.x) && std::isfinite(p.y));
    // A globe facing away from the layer shows none of it.
    auto far_side = geo::Projection::create("+proj=ortho +lat_0=0 +lon_0=-60");
    ASSERT_TRUE(far_side.ok());
    const geo::LayerScene hidden = geo::build_layer_scene(layers.layers, *far_side, {0, 0});
    EXPECT_EQ(hidden.lines.line_count(), 0u);
    EXPECT_EQ(hidden.points.size(), 0u);
}

TEST(InputPolicy, RefusesNetworkPathsEscapesAndSymlinksOut) {
    Scratch s("policy");
    s.write("ok.geojson", geojson_points(2));
    const std::string briefing = (s.dir / "briefing.toml").string();
    EXPECT_TRUE(geo::resolve_data_path("ok.geojson", briefing).ok());
    for (const char* bad : {"/vsicurl/https://example.com/x.geojson", "https://example.com/x.geojson",
                            "/vsizip//vsicurl/http://example.com/a.zip/x.shp", "/vsis3/bucket/x.gpkg"}) {
        auto r = geo::resolve_data_path(bad, briefing);
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_NE(r.error().message.find("network or virtual file system path"), std::string::npos);
        EXPECT_NE(r.error().message.find("--trust"), std::string::npos);
    }
    for (const char* bad : {"../../etc/passwd", "/etc/passwd", "sub/../../x.geojson"}) {
        auto r = geo::resolve_data_path(bad, briefing);
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_NE(r.error().message.find("outside the briefing's folder"), std::string::npos)
            << r.error().message;
    }
    fs::create_symlink("/etc/passwd", s.dir / "link.geojson");
    auto link = geo::resolve_data_path("link.geojson", briefing);
    ASSERT_FALSE(link.ok());
    EXPECT_NE(link.error().message.find("resolves to '/etc/passwd'"), std::string::npos)
        << link.error().message;
    // A symlink that stays inside is fine.
    fs::create_symlink(s.dir / "ok.geojson", s.dir / "inside.geojson");
    EXPECT_TRUE(geo::resolve_data_path("inside.geojson", briefing).ok());
    auto missing = geo::resolve_data_path("nope.geojson", briefing);
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().message.find("not found"), std::string::npos);
}

TEST(InputPolicy, BriefingErrorsAtThePathWithLineAndColumn) {
    Scratch s("briefing_refusal");
    const auto load = geo::load_briefing(s.briefing("/vsicurl/https://example.com/rail.gpkg"));
    ASSERT_EQ(load.errors(), 1u);
    EXPECT_EQ(load.diagnostics[0].where.line, 8);
    EXPECT_GT(load.diagnostics[0].where.column, 0);
    EXPECT_NE(load.diagnostics[0].message.find("layer 'l'"), std::string::npos);
}

TEST(InputPolicy, ATifNamedVrtIsRefusedNamingItsDriver) {
    Scratch s("vrt");
    s.write("elevation.tif",
            "<VRTDataset rasterXSize=\"1\" rasterYSize=\"1\"><VRTRasterBand dataType=\"Byte\" "
            "band=\"1\"><SimpleSource><SourceFilename>/etc/passwd</SourceFilename>"
            "</SimpleSource></VRTRasterBand></VRTDataset>");
    s.write("layers.vrt", "<OGRVRTDataSource><OGRVRTLayer name=\"x\"><SrcDataSource>/etc/passwd"
                          "</SrcDataSource></OGRVRTLayer></OGRVRTDataSource>");
    for (const char* file : {"elevation.tif", "layers.vrt"}) {
        const auto load = geo::load_briefing(s.briefing(file));
        ASSERT_TRUE(load.briefing);
        const geo::LayerLoad layers = geo::read_layers(*load.briefing);
        ASSERT_EQ(layers.errors(), 1u) << file;
        const std::string text = layers.diagnostics[0].text();
        EXPECT_NE(text.find("VRT file"), std::string::npos) << text;
        EXPECT_NE(text.find("--trust"), std::string::npos) << text;
        EXPECT_NE(text.find(file), std::string::npos) << text;
    }
}

TEST(Limits, VertexSizeAndTimeLimitsFailClearly) {
    Scratch s("limits");
    s.write("many.geojson", geojson_points(600));
    const auto load = geo::load_briefing(s.briefing("many.geojson"));
    ASSERT_TRUE(load.briefing);
    geo::LoadLimits vertices;
    vertices.max_layer_vertices = 100;
    auto by_vertices = geo::read_layers(*load.briefing, vertices);
    ASSERT_EQ(by_vertices.errors(), 1u);
    EXPECT_NE(by_vertices.diagnostics[0].message.find("more than 100 vertices"), std::string::npos);
    EXPECT_TRUE(by_vertices.layers[0].points.empty());
    geo::LoadLimits bytes;
    bytes.max_layer_bytes = 1000;
    auto by_bytes = geo::read_layers(*load.briefing, bytes);
    ASSERT_EQ(by_bytes.errors(), 1u);
    EXPECT_NE(by_bytes.diagnostics[0].message.find("a layer may be at most"), std::string::npos);
    geo::LoadLimits time;
    time.max_seconds = 0;
    auto by_time = geo::read_layers(*load.briefing, time);
    ASSERT_EQ(by_time.errors(), 1u);
    EXPECT_NE(by_time.diagnostics[0].message.find("reading took more than 0 s"), std::string::npos);
    auto fine = geo::read_layers(*load.briefing);
    EXPECT_EQ(fine.errors(), 0u);
    EXPECT_EQ(fine.layers[0].points.size(), 600u);
}

TEST(Limits, BadFeaturesAreRepairedOrSkippedWithTheirId) {
    Scratch s("features");
    s.write("bad.geojson", R"({"type":"FeatureCollection","features":[
{"type":"Feature","id":7,"properties":{},"geometry":{"type":"LineString","coordinates":[[1,2],[1e300,3]]}},
{"type":"Feature","id":8,"properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[2,2],[2,0],[0,2],[0,0]]]}},
{"type":"Feature","id":9,"properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}},
{"type":"Feature","id":10,"properties":{},"geometry":{"type":"LineString","coordinates":[[10,95],[11,20]]}},
{"type":"Feature","id":11,"properties":{},"geometry":{"type":"LineString","coordinates":[[5,5],[6,6]]}}]})");
    const auto load = geo::load_briefing(s.briefing("bad.geojson"));
    ASSERT_TRUE(load.briefing);
    const geo::LayerLoad layers = geo::read_layers(*load.briefing);
    const std::string text = all_text(layers.diagnostics);
    EXPECT_EQ(layers.errors(), 0u) << text;
    EXPECT_NE(text.find("layer 'l': feature 7: coordinate (1e+300, 3) is not a usable number"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("feature 8: invalid polygon (self-intersecting?) repaired"), std::string::npos)
        << text;
    EXPECT_NE(text.find("feature 10: coordinate (10, 95) is outside"), std::string::npos) << text;
    // Every warning is located at the [[layer]] entry.
    for (const auto& d : layers.diagnostics)
        EXPECT_EQ(d.where.line, 6) << d.text();
    const geo::LayerFeatures& l = layers.layers[0];
    EXPECT_EQ(std::count(l.fids.begin(), l.fids.end(), 7), 0);
    EXPECT_EQ(std::count(l.fids.begin(), l.fids.end(), 11), 1);
    for (const auto& line : l.lines)
        for (const auto& p : line)
            ASSERT_TRUE(std::isfinite(p.lon) && std::abs(p.lat) <= 90);
}

TEST(Layers, ProjectedLayersAreTransformedToLonLat) {
    Scratch s("projected");
    // Web Mercator metres of (131.2 E, 43.0 N); an authority ID is read but never trusted (see
    // wkt_without_ids), the WKT's contents are.
    s.write("m.geojson",
            R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:3857"}},
"features":[{"type":"Feature","id":1,"properties":{},"geometry":{"type":"Point","coordinates":[14605117.2,5311971.8]}}]})");
    const auto load = geo::load_briefing(s.briefing("m.geojson"));
    ASSERT_TRUE(load.briefing);
    const geo::LayerLoad layers = geo::read_layers(*load.briefing);
    ASSERT_EQ(layers.errors(), 0u) << all_text(layers.diagnostics);
    ASSERT_EQ(layers.layers[0].points.size(), 1u);
    EXPECT_NEAR(layers.layers[0].points[0].lon, 131.2, 1e-4);
    EXPECT_NEAR(layers.layers[0].points[0].lat, 43.0, 1e-4);
}

TEST(Limits, TheBriefingsLayersShareOneBudget) {
    // One file named in three layers: each is under the per-layer limits, the three together are not.
    Scratch s("total");
    s.write("many.geojson", geojson_points(600));
    std::string layers;
    for (const char* id : {"b", "c"})
        layers += std::string("\n[[layer]]\nid = \"") + id + "\"\npath = \"many.geojson\"\n";
    const auto load = geo::load_briefing(s.briefing("many.geojson", layers));
    ASSERT_TRUE(load.briefing) << all_text(load.diagnostics);
    ASSERT_EQ(load.briefing->layers.size(), 3u);
    geo::LoadLimits vertices;
    vertices.max_total_vertices = 1500;
    auto by_vertices = geo::read_layers(*load.briefing, vertices);
    ASSERT_EQ(by_vertices.errors(), 1u) << all_text(by_vertices.diagnostics);
    EXPECT_NE(by_vertices.diagnostics[0].message.find("layer 'c'"), std::string::npos);
    EXPECT_NE(by_vertices.diagnostics[0].message.find("more than 1500 vertices together"), std::string::npos);
    EXPECT_EQ(by_vertices.layers[1].points.size(), 600u);
    EXPECT_TRUE(by_vertices.layers[2].points.empty());
    geo::LoadLimits bytes;
    bytes.max_total_bytes = fs::file_size(s.dir / "many.geojson") * 2;
    auto by_bytes = geo::read_layers(*load.briefing, bytes);
    ASSERT_EQ(by_bytes.errors(), 1u) << all_text(by_bytes.diagnostics);
    EXPECT_NE(by_bytes.diagnostics[0].message.find("layer files come to more than"), std::string::npos);
}

TEST(InputPolicy, SidecarsAreConfinedAndRegular) {
    // A Shapefile's sidecars are opened by the driver, not named in the briefing: each is checked.
    Scratch s("sidecars");
    s.write("rail.geojson", geojson_points(3));
    const auto load = geo::load_briefing(s.briefing("rail.geojson"));
    ASSERT_TRUE(load.briefing);
    EXPECT_EQ(geo::read_layers(*load.briefing).errors(), 0u);
    auto refused = [&](const char* why) {
        const auto layers = geo::read_layers(*load.briefing);
        const std::string text = all_text(layers.diagnostics);
        EXPECT_EQ(layers.errors(), 1u) << text;
        EXPECT_NE(text.find(why), std::string::npos) << text;
    };
    fs::create_symlink("/etc/passwd", s.dir / "rail.prj");
    refused("'rail.prj' beside the layer links to '/etc/passwd', outside the briefing's folder");
    fs::remove(s.dir / "rail.prj");
    fs::create_symlink("/dev/urandom", s.dir / "RAIL.cpg");
    refused("'RAIL.cpg' beside the layer is not a regular file");
    fs::remove(s.dir / "RAIL.cpg");
    ASSERT_EQ(mkfifo((s.dir / "rail.csvt").c_str(), 0600), 0);
    refused("'rail.csvt' beside the layer is not a regular file");
    fs::remove(s.dir / "rail.csvt");
    s.write("rail.prj", "GEOGCS[\"WGS 84\"]"); // a real sidecar inside the folder is fine
    EXPECT_EQ(geo::read_layers(*load.briefing).errors(), 0u);
}
