// GeoPackage out: the written file reads back through GDAL with the briefing's counts, and a
// briefing that maps its flow_volume table back (as = "flows") shows the same flow.
#include "geo/briefing.hpp"
#include "geo/geopackage_export.hpp"
#include "geo/layer_data.hpp"
#include "geo/mapped_layers.hpp"

#include <gdal.h>
#include <gtest/gtest.h>
#include <ogr_api.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

namespace {

const std::string kMinimal = SUPPLYLINE_TEST_FIXTURES "/briefings/minimal.toml";

std::filesystem::path scratch_folder(const char* name) {
    const auto dir = std::filesystem::temp_directory_path() / ("supplyline-gpkg-test-" + std::string(name));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

std::map<std::string, long long> feature_counts(const std::filesystem::path& gpkg) {
    std::map<std::string, long long> out;
    GDALDatasetH ds = GDALOpenEx(gpkg.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    EXPECT_TRUE(ds);
    if (!ds) return out;
    for (int i = 0; i < GDALDatasetGetLayerCount(ds); ++i) {
        OGRLayerH layer = GDALDatasetGetLayer(ds, i);
        out[OGR_L_GetName(layer)] = OGR_L_GetFeatureCount(layer, TRUE);
    }
    GDALClose(ds);
    return out;
}

TEST(GeoPackageExport, ReadsBackWithTheBriefingsCounts) {
    auto load = geo::load_briefing(kMinimal);
    ASSERT_TRUE(load.briefing);
    const geo::Briefing& b = *load.briefing;
    const auto gpkg = scratch_folder("counts") / "out.gpkg";
    ASSERT_TRUE(geo::write_geopackage(b, nullptr, gpkg).ok());
    const auto counts = feature_counts(gpkg);
    EXPECT_EQ(counts.size(), std::size(geo::kGeoPackageLayers));
    EXPECT_EQ(counts.at("places"), (long long)b.places.size());
    EXPECT_EQ(counts.at("corridors"), (long long)b.corridors.size());
    EXPECT_EQ(counts.at("theaters"), (long long)b.theaters.size());
    EXPECT_EQ(counts.at("theater_status"), 2);
    EXPECT_EQ(counts.at("flows"), (long long)b.flows.size());
    EXPECT_EQ(counts.at("flow_volume"), (long long)b.flows[0].volume.points.size());
    EXPECT_EQ(counts.at("events"), (long long)b.events.size());
    EXPECT_EQ(counts.at("sources"), (long long)b.sources.size());
    // Writing over an existing file is refused by GDAL's driver: the caller writes to a new path.
}

TEST(GeoPackageExport, FlowVolumeMapsBackToTheSameFlow) {
    auto load = geo::load_briefing(kMinimal);
    ASSERT_TRUE(load.briefing);
    const geo::Flow original = load.briefing->flows[0];
    const auto dir = scratch_folder("roundtrip");
    ASSERT_TRUE(geo::write_geopackage(*load.briefing, nullptr, dir / "out.gpkg").ok());

    // The same briefing without its [[flow]], reading the flow back from the GeoPackage.
    std::ifstream in(kMinimal);
    std::stringstream text;
    text << in.rdbuf();
    std::string toml = std::regex_replace(text.str(), std::regex(R"(\[\[flow\]\][\s\S]*?\n(?=\[\[))"), "");
    toml = std::regex_replace(toml, std::regex(R"(focus = \["shells"\]\n)"), "");
    toml += R"(
[[layer]]
id = "exported"
path = "out.gpkg"
layer = "flow_volume"
as = "flows"
fields = { from = "from_place", to = "to_place", from_actor = "from_actor", to_actor = "to_actor", date = "date", volume = "value", category = "category" }
confidence = "probable"
sources = ["s1"]
)";
    std::ofstream(dir / "briefing.toml") << toml;
    auto back = geo::load_briefing((dir / "briefing.toml").string());
    ASSERT_TRUE(back.briefing) << (back.diagnostics.empty() ? "" : back.diagnostics[0].text());
    geo::Briefing& b = *back.briefing;
    ASSERT_TRUE(b.flows.empty());
    geo::LayerLoad layers = geo::read_layers(b);
    ASSERT_EQ(layers.errors(), 0u) << layers.diagnostics[0].text();
    std::vector<geo::Diagnostic> diagnostics;
    const geo::MappedCounts counts = geo::apply_mapped_layers(b, layers.layers, diagnostics);
    EXPECT_TRUE(diagnostics.empty()) << diagnostics[0].text();
    ASSERT_EQ(counts.flows, 1u);
    const geo::Flow& again = b.flows[0];
    EXPECT_EQ(again.category, original.category);
    EXPECT_EQ(again.from, original.from);
    EXPECT_EQ(again.to, original.to);
    EXPECT_EQ(again.route, original.route); // found again over the corridor graph
    ASSERT_EQ(again.volume.points.size(), original.volume.points.size());
    for (size_t i = 0; i < original.volume.points.size(); ++i) {
        EXPECT_EQ(again.volume.points[i].day, original.volume.points[i].day);
        EXPECT_DOUBLE_EQ(again.volume.points[i].value, original.volume.points[i].value);
    }
}

} // namespace
