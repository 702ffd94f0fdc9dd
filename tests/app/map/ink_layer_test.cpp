// Saving the presenter's ink (Ctrl+S): the strokes come back from the briefing as its new layer,
// in the ink's amber, at the longitudes and latitudes they were drawn on; the briefing keeps its
// comments and says the layer is an annotation; a second save takes the next free name.
#include "app/map/ink_layer.hpp"
#include "geo/input_policy.hpp"
#include "geo/layer_data.hpp"
#include "geo/projection.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

namespace fs = std::filesystem;

TEST(InkLayer, SavedInkComesBackAsALayerWhereItWasDrawn) {
    geo::set_input_policy(geo::InputPolicy{});
    const fs::path dir = fs::temp_directory_path() / "supplyline-ink-test";
    fs::remove_all(dir);
    fs::create_directories(dir);
    fs::copy_file(SUPPLYLINE_TEST_FIXTURES "/briefings/minimal.toml", dir / "briefing.toml");
    auto projection = geo::Projection::create(geo::kDefaultProjection);
    ASSERT_TRUE(projection);
    const geo::XY origin = *projection->forward({60, 45});
    // Two strokes, drawn at known places: Almaty to Tashkent, and a dot (one point: not a line).
    geo::LineSet ink;
    std::vector<geo::XY> stroke;
    for (geo::LonLat p : {geo::LonLat{76.9, 43.2}, geo::LonLat{72.0, 42.0}, geo::LonLat{69.3, 41.3}})
        stroke.push_back(*projection->forward(p));
    ink.add(stroke, origin);
    ink.points.push_back({0, 0});
    ink.starts.push_back(uint32_t(ink.points.size()));

    auto saved = app::save_ink_layer(ink, origin, std::string(geo::kDefaultProjection),
                                     (dir / "briefing.toml").string(), "on slide 2");
    ASSERT_TRUE(saved) << saved.error().text();
    EXPECT_EQ(saved->id, "ink-1");
    EXPECT_EQ(fs::path(saved->path).filename(), "briefing-ink-1.geojson");

    std::ifstream in(dir / "briefing.toml");
    std::stringstream text;
    text << in.rdbuf();
    EXPECT_EQ(text.str().rfind("# A small, complete, valid briefing", 0), 0u) << "the first comment is gone";
    EXPECT_NE(text.str().find("# Ink the presenter drew on slide 2 (an annotation, not a sourced fact)"),
              std::string::npos);

    auto load = geo::load_briefing((dir / "briefing.toml").string());
    ASSERT_TRUE(load.briefing) << load.diagnostics[0].text();
    EXPECT_TRUE(load.diagnostics.empty()) << load.diagnostics[0].text();
    ASSERT_EQ(load.briefing->layers.size(), 1u);
    EXPECT_EQ(load.briefing->layers[0].id, "ink-1");
    EXPECT_EQ(load.briefing->layers[0].color, "#FFCC26");
    const geo::LayerLoad layers = geo::read_layers(*load.briefing);
    ASSERT_EQ(layers.layers.size(), 1u);
    ASSERT_EQ(layers.layers[0].lines.size(), 1u) << "the one-point dot is not a line";
    const geo::LonLatLine& line = layers.layers[0].lines[0];
    ASSERT_EQ(line.size(), 3u);
    EXPECT_NEAR(line[0].lon, 76.9, 1e-4);
    EXPECT_NEAR(line[0].lat, 43.2, 1e-4);
    EXPECT_NEAR(line[2].lon, 69.3, 1e-4);

    auto again = app::save_ink_layer(ink, origin, std::string(geo::kDefaultProjection),
                                     (dir / "briefing.toml").string(), "on 3 May 2024");
    ASSERT_TRUE(again) << again.error().text();
    EXPECT_EQ(again->id, "ink-2");
}

} // namespace
