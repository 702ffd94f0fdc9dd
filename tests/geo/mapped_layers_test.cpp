// Layers that become briefing objects: the mapped fixture's CSVs turn into flows (grouped per
// from/to/category, per-day sums, routed over the corridors or along a direct line), places and
// events; bad rows are skipped with warnings naming the layer, the feature and the field.
#include "geo/briefing.hpp"
#include "geo/corridor_graph.hpp"
#include "geo/input_policy.hpp"
#include "geo/layer_data.hpp"
#include "geo/mapped_layers.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace {

const std::string kMapped = SUPPLYLINE_TEST_FIXTURES "/briefings/mapped/briefing.toml";

struct Applied {
    geo::Briefing briefing;
    std::vector<geo::LayerFeatures> layers;
    std::vector<geo::Diagnostic> diagnostics;
    geo::MappedCounts counts;
};

Applied apply(const std::string& path) {
    auto load = geo::load_briefing(path);
    EXPECT_TRUE(load.briefing) << (load.diagnostics.empty() ? "" : load.diagnostics[0].text());
    Applied a{*load.briefing, {}, {}, {}};
    geo::LayerLoad layers = geo::read_layers(a.briefing);
    EXPECT_EQ(layers.errors(), 0u) << (layers.diagnostics.empty() ? "" : layers.diagnostics[0].text());
    a.layers = std::move(layers.layers);
    a.counts = geo::apply_mapped_layers(a.briefing, a.layers, a.diagnostics);
    return a;
}

const geo::Flow* flow(const geo::Briefing& b, std::string_view id) {
    auto it = std::find_if(b.flows.begin(), b.flows.end(), [&](const geo::Flow& f) { return f.id == id; });
    return it == b.flows.end() ? nullptr : &*it;
}

bool warned(const Applied& a, std::string_view text) {
    return std::any_of(a.diagnostics.begin(), a.diagnostics.end(),
                       [&](const geo::Diagnostic& d) { return d.message.find(text) != std::string::npos; });
}

TEST(MappedLayers, ShipmentRowsBecomeFlowsWithPerDaySums) {
    const Applied a = apply(kMapped);
    EXPECT_EQ(a.counts.flows, 3u); // Rajin–Dunai munitions, Rajin–Hub fuel, Dunai–Rajin food
    const geo::Flow* shells = flow(a.briefing, "shipments:rajin-dunai:munitions");
    ASSERT_TRUE(shells);
    // Two rows on 10 January (names matched case-insensitively) sum to 150; 300 on 10 February.
    ASSERT_EQ(shells->volume.points.size(), 2u);
    EXPECT_DOUBLE_EQ(shells->volume.at(geo::day_from_ymd(2024, 1, 10)), 150.0);
    EXPECT_DOUBLE_EQ(shells->volume.at(geo::day_from_ymd(2024, 2, 10)), 300.0);
    EXPECT_EQ(shells->unit, "t");
    EXPECT_EQ(shells->confidence, geo::Confidence::Probable);
    EXPECT_EQ(a.briefing.actors[size_t(shells->from)].id, "BBB"); // Rajin's holder
    EXPECT_EQ(a.briefing.actors[size_t(shells->to)].id, "AAA");
    // It follows the briefing's sea corridor.
    ASSERT_EQ(shells->route.size(), 1u);
    EXPECT_EQ(a.briefing.corridors[size_t(shells->route[0])].id, "sea-leg");
}

TEST(MappedLayers, UnconnectedPlacesGetADirectLineMarkedAsSuch) {
    const Applied a = apply(kMapped);
    const geo::Flow* fuel = flow(a.briefing, "shipments:rajin-hub:fuel");
    ASSERT_TRUE(fuel);
    ASSERT_EQ(fuel->route.size(), 1u);
    const geo::Corridor& line = a.briefing.corridors[size_t(fuel->route[0])];
    EXPECT_EQ(line.path.size(), 2u);
    EXPECT_EQ(line.mode, geo::CorridorMode::Air);
    EXPECT_NE(line.general_knowledge.find("do not connect Rajin and Hub"), std::string::npos);
    // A date-time is read as its day.
    EXPECT_DOUBLE_EQ(fuel->volume.at(geo::day_from_ymd(2024, 3, 1)), 40.0);
}

TEST(MappedLayers, BadRowsAreSkippedNamingLayerFeatureAndField) {
    const Applied a = apply(kMapped);
    EXPECT_TRUE(warned(a, "layer 'shipments' feature 6: field 'from' ('origin' = 'Rajn'): unknown place "
                          "(did you mean 'Rajin'?); row skipped"));
    EXPECT_TRUE(warned(a, "feature 7: field 'date' ('date' = 'next week'): not a date"));
    EXPECT_TRUE(warned(a, "feature 8: field 'volume' ('tons' = 'heavy'): not a number"));
    EXPECT_TRUE(warned(a, "feature 9: field 'category' ('cargo' = 'bananas'): unknown category"));
    EXPECT_TRUE(
        warned(a, "feature 10: field 'date' ('date' = '2030-01-01'): 2030-01-01 is outside the briefing"));
    EXPECT_TRUE(warned(a, "layer 'depots' feature 3"));
    EXPECT_TRUE(warned(a, "layer 'sightings' feature 3: field 'date' ('when' = '2024-13-01'): not a date"));
    for (const geo::Diagnostic& d : a.diagnostics)
        EXPECT_EQ(d.where.file, kMapped) << d.message;
}

TEST(MappedLayers, PlacesAndEventsJoinTheBriefing) {
    const Applied a = apply(kMapped);
    EXPECT_EQ(a.counts.places, 2u);
    EXPECT_EQ(a.counts.events, 2u);
    auto place = std::find_if(a.briefing.places.begin(), a.briefing.places.end(),
                              [](const geo::Place& p) { return p.name == "Depot North"; });
    ASSERT_NE(place, a.briefing.places.end());
    EXPECT_EQ(place->kind, geo::PlaceKind::Base);
    EXPECT_DOUBLE_EQ(place->lonlat.lon, 132.6);
    // An event may name a place the places layer added.
    auto convoy = std::find_if(a.briefing.events.begin(), a.briefing.events.end(),
                               [](const geo::Event& e) { return e.title == "Convoy seen"; });
    ASSERT_NE(convoy, a.briefing.events.end());
    EXPECT_EQ(a.briefing.places[size_t(convoy->place)].name, "Depot North");
    EXPECT_EQ(convoy->from, geo::day_from_ymd(2024, 2, 1));
    ASSERT_EQ(convoy->sources.size(), 1u);
    // Mapped layers draw nothing of their own.
    for (const geo::LayerFeatures& l : a.layers)
        EXPECT_TRUE(l.fids.empty());
}

TEST(MappedLayers, SlidesMayNameWhatTheLayersAdd) {
    const Applied a = apply(kMapped);
    ASSERT_EQ(a.briefing.slides.size(), 2u);
    const geo::Slide& depot = a.briefing.slides[0];
    ASSERT_EQ(depot.fit.size(), 2u); // "rajin" from the TOML, "Depot North" from depots.csv
    std::vector<std::string> framed;
    for (int p : depot.fit)
        framed.push_back(a.briefing.places[size_t(p)].name);
    EXPECT_NE(std::find(framed.begin(), framed.end(), "Depot North"), framed.end());
    EXPECT_EQ(depot.focus, std::vector<std::string>{"shipments:rajin-dunai:munitions"});
    // Names that neither the TOML nor a layer defines: warnings naming the slide.
    const geo::Slide& nowhere = a.briefing.slides[1];
    EXPECT_EQ(nowhere.fit.size(), 1u);
    EXPECT_TRUE(nowhere.focus.empty());
    EXPECT_TRUE(
        warned(a, "slide 2 'A depot no layer adds': fit on unknown place 'Depot Nowhere', neither in the "
                  "briefing nor from its layers"));
    EXPECT_TRUE(warned(a, "slide 2 'A depot no layer adds': focus on unknown id 'shipments:nowhere'"));
}

TEST(MappedLayers, DatesInDataFiles) {
    EXPECT_EQ(geo::parse_data_day("2024-06-19"), geo::day_from_ymd(2024, 6, 19));
    EXPECT_EQ(geo::parse_data_day("2024/06/19"), geo::day_from_ymd(2024, 6, 19));
    EXPECT_EQ(geo::parse_data_day(" 2024-06-19T23:59:00+09:00 "), geo::day_from_ymd(2024, 6, 19));
    EXPECT_EQ(geo::parse_data_day("2024"), geo::day_from_ymd(2024, 1, 1));
    EXPECT_FALSE(geo::parse_data_day("2024-02-30"));
    EXPECT_FALSE(geo::parse_data_day("19/06/2024"));
    EXPECT_FALSE(geo::parse_data_day("2024-06-19x"));
}

TEST(CorridorGraph, ShortestRouteChainsCorridors) {
    auto load = geo::load_briefing(SUPPLYLINE_ASSET_DIR "/briefings/eurasia-2024/briefing.toml");
    ASSERT_TRUE(load.briefing);
    const geo::Briefing& b = *load.briefing;
    auto place = [&](std::string_view id) {
        return int(
            std::find_if(b.places.begin(), b.places.end(), [&](const geo::Place& p) { return p.id == id; }) -
            b.places.begin());
    };
    const geo::CorridorGraph graph(b);
    auto route = graph.shortest_route(place("rajin"), place("moscow"));
    ASSERT_TRUE(route);
    // The rail line over the Tumen is shorter than the sea leg to Dunai, then the Trans-Siberian.
    std::vector<std::string> ids;
    for (int c : *route)
        ids.push_back(b.corridors[size_t(c)].id);
    EXPECT_EQ(ids.front(), "rajin-khasan");
    EXPECT_EQ(ids.back(), "transsib-urals");
    EXPECT_FALSE(graph.shortest_route(place("moscow"), place("hanoi")));
}

} // namespace

namespace {

TEST(MappedLayers, LinesAreTheirOwnRoutesAndSpansHoldTheirVolume) {
    const Applied a = apply(SUPPLYLINE_TEST_FIXTURES "/briefings/mapped/routes.toml");
    ASSERT_EQ(a.counts.flows, 2u);
    const geo::Flow* north = flow(a.briefing, "routes:1:fuel");
    ASSERT_TRUE(north);
    EXPECT_EQ(north->name, "Northern road");
    ASSERT_EQ(north->route.size(), 1u);
    const geo::Corridor& road = a.briefing.corridors[size_t(north->route[0])];
    EXPECT_EQ(road.mode, geo::CorridorMode::Road);
    ASSERT_EQ(road.path.size(), 3u);
    EXPECT_DOUBLE_EQ(road.path[2].lonlat.lat, 45.6);
    // 12 t from 1 March through 31 May, nothing after.
    EXPECT_DOUBLE_EQ(north->volume.at(geo::day_from_ymd(2024, 3, 1)), 12.0);
    EXPECT_DOUBLE_EQ(north->volume.at(geo::day_from_ymd(2024, 5, 31)), 12.0);
    EXPECT_DOUBLE_EQ(north->volume.at(geo::day_from_ymd(2024, 6, 1)), 0.0);
    EXPECT_EQ(north->volume.interpolation, geo::Interpolation::Step);
    EXPECT_TRUE(a.diagnostics.empty()) << a.diagnostics[0].text();
}

} // namespace

namespace {

// Rows built in memory: a flows layer mapping from, to, date, start, end and volume.
geo::Briefing two_places() {
    auto load = geo::load_briefing(kMapped);
    EXPECT_TRUE(load.briefing);
    geo::Briefing b = *load.briefing;
    b.layers.clear();
    geo::Layer l;
    l.id = "rows";
    l.role = geo::LayerRole::Flows;
    l.category = geo::FlowCategory::Fuel;
    for (const char* key : {"from", "to", "date", "start", "end", "volume"})
        l.fields.push_back({key, key});
    b.layers.push_back(l);
    return b;
}

void add_row(geo::LayerFeatures& f, std::vector<std::string> values) {
    f.fids.push_back(int64_t(f.fids.size() + 1));
    f.from.push_back(-geo::kAlways), f.to.push_back(geo::kAlways);
    for (std::string& v : values)
        f.values.push_back(std::move(v));
}

TEST(MappedLayers, DatedRowsAmongSpansCountForTheirDayOnly) {
    geo::Briefing b = two_places();
    std::vector<geo::LayerFeatures> layers(1);
    add_row(layers[0], {"rajin", "dunai", "", "2024-03-01", "2024-03-31", "10"}); // 10 all March
    add_row(layers[0], {"rajin", "dunai", "2024-03-10", "", "", "5"});            // 5 more on the 10th
    std::vector<geo::Diagnostic> diagnostics;
    ASSERT_EQ(geo::apply_mapped_layers(b, layers, diagnostics).flows, 1u);
    const geo::VolumeSeries& v = b.flows[0].volume;
    EXPECT_DOUBLE_EQ(v.at(geo::day_from_ymd(2024, 3, 9)), 10.0);
    EXPECT_DOUBLE_EQ(v.at(geo::day_from_ymd(2024, 3, 10)), 15.0);
    EXPECT_DOUBLE_EQ(v.at(geo::day_from_ymd(2024, 3, 11)), 10.0) << "the dated row became a permanent step";
    EXPECT_DOUBLE_EQ(v.at(geo::day_from_ymd(2024, 4, 1)), 0.0);
}

TEST(InputPolicy, PostgresSecretsNeverInABriefing) {
    geo::set_input_policy(geo::InputPolicy{true, {}});
    for (const char* path :
         {"PG:host=db dbname=ops password=hunter2", "PG:postgresql://analyst:hunter2@db/ops"}) {
        auto resolved = geo::resolve_data_path(path, "/tmp/briefing.toml");
        ASSERT_FALSE(resolved) << path;
        EXPECT_NE(resolved.error().message.find("holds a password"), std::string::npos);
        EXPECT_EQ(resolved.error().message.find("hunter2"), std::string::npos) << resolved.error().message;
    }
    EXPECT_TRUE(geo::resolve_data_path("PG:postgresql://analyst@db/ops", "/tmp/briefing.toml"));
    geo::set_input_policy(geo::InputPolicy{});
    auto untrusted = geo::resolve_data_path("PG:host=db dbname=ops", "/tmp/briefing.toml");
    ASSERT_FALSE(untrusted);
    EXPECT_NE(untrusted.error().message.find("--trust"), std::string::npos);
}

} // namespace
