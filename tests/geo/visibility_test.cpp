// Visibility: which flows and corridors show for toggles, slides' `show` lists and number keys.
#include "geo/briefing.hpp"
#include "geo/flow_geometry.hpp"
#include "geo/visibility.hpp"

#include <gtest/gtest.h>

namespace {

const geo::Briefing& eurasia() {
    static const geo::Briefing b =
        *geo::load_briefing(SUPPLYLINE_ASSET_DIR "/briefings/eurasia-2024/briefing.toml").briefing;
    return b;
}

bool uses_mode(const geo::Briefing& b, const geo::Flow& f, geo::CorridorMode mode) {
    for (int c : f.route)
        if (b.corridors[size_t(c)].mode == mode) return true;
    return false;
}

} // namespace

TEST(Visibility, EverythingShowsByDefault) {
    const geo::Briefing& b = eurasia();
    const geo::Visibility v = geo::Visibility::all(b);
    for (size_t i = 0; i < b.flows.size(); ++i)
        EXPECT_TRUE(v.flow(b, i)) << b.flows[i].id;
}

TEST(Visibility, HidingAModeHidesItsCorridorsAndTheFlowsOnlyOnIt) {
    const geo::Briefing& b = eurasia();
    geo::Visibility v = geo::Visibility::all(b);
    v.modes[size_t(geo::CorridorMode::Sea)] = false;
    size_t hidden = 0, mixed = 0;
    for (size_t i = 0; i < b.flows.size(); ++i) {
        const geo::Flow& f = b.flows[i];
        bool only_sea = !f.route.empty(), some_sea = false;
        for (int c : f.route) {
            only_sea = only_sea && b.corridors[size_t(c)].mode == geo::CorridorMode::Sea;
            some_sea = some_sea || b.corridors[size_t(c)].mode == geo::CorridorMode::Sea;
        }
        EXPECT_EQ(v.flow(b, i), !only_sea) << f.id;
        hidden += only_sea;
        mixed += some_sea && !only_sea;
    }
    EXPECT_GT(hidden + mixed, 0u) << "the default briefing has sea routes";
    for (size_t c = 0; c < b.corridors.size(); ++c)
        EXPECT_EQ(v.corridor(b, c), b.corridors[c].mode != geo::CorridorMode::Sea);
}

TEST(Visibility, ActorsAndGradesFilterFlows) {
    const geo::Briefing& b = eurasia();
    geo::Visibility v = geo::Visibility::all(b);
    const int actor = b.flows[0].from;
    v.actors[size_t(actor)] = false;
    v.confidences[size_t(geo::Confidence::Possible)] = false;
    for (size_t i = 0; i < b.flows.size(); ++i) {
        const geo::Flow& f = b.flows[i];
        const bool expected = f.from != actor && f.to != actor && f.confidence != geo::Confidence::Possible;
        EXPECT_EQ(v.flow(b, i), expected) << f.id;
    }
}

TEST(Visibility, SlideShowListsNameCategoriesAndModes) {
    const geo::Briefing& b = eurasia();
    const geo::Visibility v = geo::visibility_for_show(b, {"munitions", "rail"});
    for (size_t i = 0; i < b.flows.size(); ++i) {
        const geo::Flow& f = b.flows[i];
        EXPECT_EQ(v.flow(b, i),
                  f.category == geo::FlowCategory::Munitions && uses_mode(b, f, geo::CorridorMode::Rail))
            << f.id;
    }
    // Naming only categories keeps every mode.
    const geo::Visibility categories_only = geo::visibility_for_show(b, {"fuel"});
    for (bool on : categories_only.modes)
        EXPECT_TRUE(on);
    EXPECT_TRUE(categories_only.categories[size_t(geo::FlowCategory::Fuel)]);
    EXPECT_FALSE(categories_only.categories[size_t(geo::FlowCategory::Munitions)]);
}

TEST(Visibility, NumberKeysToggleGroups) {
    const geo::Briefing& b = eurasia();
    geo::Visibility v = geo::Visibility::all(b);
    ASSERT_GE(geo::toggle_groups().size(), 8u);
    ASSERT_LE(geo::toggle_groups().size(), 9u);
    EXPECT_EQ(geo::toggle_groups()[0].mode, geo::CorridorMode::Sea);
    EXPECT_TRUE(geo::group_on(v, 1));
    ASSERT_TRUE(geo::toggle_group(v, 1));
    EXPECT_FALSE(v.modes[size_t(geo::CorridorMode::Sea)]);
    EXPECT_FALSE(geo::group_on(v, 1));
    ASSERT_TRUE(geo::toggle_group(v, 1));
    EXPECT_TRUE(v.modes[size_t(geo::CorridorMode::Sea)]);
    for (int n = 1; n <= int(geo::toggle_groups().size()); ++n)
        if (geo::toggle_groups()[size_t(n - 1)].kind == geo::ToggleGroup::Kind::Theaters) {
            geo::toggle_group(v, n);
            EXPECT_FALSE(v.theaters);
        }
    EXPECT_FALSE(geo::toggle_group(v, 0));
    EXPECT_FALSE(geo::toggle_group(v, 10));
}

TEST(FlowsSince, EarlierFlowsStayFaint) {
    geo::Briefing b = eurasia();
    // One flow stops a month before the end of the briefing.
    b.flows[0].volume.points = {{b.info.start, 0.5}, {b.info.end - 60, 0.5}, {b.info.end - 30, 0.0}};
    const std::vector<double> peaks = geo::unit_peaks(b);
    std::vector<geo::FlowState> at, since;
    const double t = b.info.end;
    geo::evaluate_flows(b, peaks, t, at);
    geo::evaluate_flows_since(b, peaks, b.info.start, t, since);
    size_t earlier = 0;
    for (size_t i = 0; i < at.size(); ++i) {
        if (at[i].intensity > 0) {
            EXPECT_EQ(since[i].intensity, at[i].intensity); // moving now: as at t
            EXPECT_EQ(since[i].opacity, at[i].opacity);
        } else if (since[i].intensity > 0) {
            EXPECT_LT(since[i].opacity, 0.5f); // moved earlier: faint
            ++earlier;
        }
    }
    EXPECT_EQ(earlier, 1u) << "the flow that stopped a month ago stays faint";
}
