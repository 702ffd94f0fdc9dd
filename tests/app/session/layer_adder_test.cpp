// Adding layers at run time: a file read off the main thread comes back with its features, a
// missing one keeps its error, and writing the layer into the briefing keeps every comment and
// gives a briefing that loads with the layer.
#include "app/session/layer_adder.hpp"
#include "geo/input_policy.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

namespace {

namespace fs = std::filesystem;

std::vector<app::ReadyLayer> wait_for(app::LayerAdder& adder) {
    std::vector<app::ReadyLayer> ready;
    for (int i = 0; i < 1500 && (adder.busy() || ready.empty()); ++i) {
        for (auto& r : adder.take_ready())
            ready.push_back(std::move(r));
        if (!adder.busy()) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return ready;
}

TEST(LayerAdder, ReadsOffTheMainThreadAndKeepsErrors) {
    geo::set_input_policy(geo::InputPolicy{});
    auto load = geo::load_briefing(SUPPLYLINE_TEST_FIXTURES "/briefings/minimal.toml");
    ASSERT_TRUE(load.briefing);
    app::LayerAdder adder;
    adder.add(*load.briefing, SUPPLYLINE_TEST_FIXTURES "/layers/drop_lines.geojson");
    adder.add(*load.briefing, SUPPLYLINE_TEST_FIXTURES "/layers/drop_lines.geojson"); // a second id
    adder.add(*load.briefing, SUPPLYLINE_TEST_FIXTURES "/layers/no_such_file.geojson");
    const auto ready = wait_for(adder);
    ASSERT_EQ(ready.size(), 2u);
    EXPECT_EQ(ready[0].layer.id, "drop-lines");
    EXPECT_EQ(ready[1].layer.id, "drop-lines-2");
    EXPECT_EQ(ready[0].features.lines.size(), 2u);
    ASSERT_EQ(adder.layers().size(), 3u);
    EXPECT_EQ(adder.layers()[0].features, 2u);
    EXPECT_NE(adder.layers()[2].error.find("not found"), std::string::npos) << adder.layers()[2].error;
}

TEST(LayerAdder, WritingIntoTheBriefingKeepsCommentsAndLoads) {
    const fs::path dir = fs::temp_directory_path() / "supplyline-layer-adder-test";
    fs::remove_all(dir);
    fs::create_directories(dir);
    fs::copy_file(SUPPLYLINE_TEST_FIXTURES "/briefings/minimal.toml", dir / "briefing.toml");
    fs::copy_file(SUPPLYLINE_TEST_FIXTURES "/layers/drop_lines.geojson", dir / "lines.geojson");
    geo::Layer layer;
    layer.id = "lines";
    layer.path = (dir / "lines.geojson").string();
    ASSERT_TRUE(app::write_layer_into_briefing(layer, (dir / "briefing.toml").string()).ok());
    std::ifstream in(dir / "briefing.toml");
    std::stringstream text;
    text << in.rdbuf();
    EXPECT_EQ(text.str().rfind("# A small, complete, valid briefing", 0), 0u) << "the first comment is gone";
    EXPECT_NE(text.str().find("[[layer]]\nid = 'lines'\npath = 'lines.geojson'\n"), std::string::npos)
        << text.str();
    auto load = geo::load_briefing((dir / "briefing.toml").string());
    ASSERT_TRUE(load.briefing) << load.diagnostics[0].text();
    ASSERT_EQ(load.briefing->layers.size(), 1u);
    EXPECT_EQ(load.briefing->layers[0].id, "lines");
}

} // namespace
