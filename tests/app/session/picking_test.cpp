// Picking and search on the default briefing: a click on a marker selects the place, a click on a
// moving flow selects it (not a stopped one), empty sea selects nothing; search ranks prefixes first.
#include "app/session/picking.hpp"
#include "app/session/search.hpp"
#include "geo/flow_geometry.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace {

struct Fixture {
    geo::Briefing briefing =
        *geo::load_briefing(SUPPLYLINE_ASSET_DIR "/briefings/eurasia-2024/briefing.toml").briefing;
    geo::BriefingScene scene;
    render::Camera camera;
    std::vector<geo::FlowState> states;
    geo::Visibility visibility = geo::Visibility::all(briefing);

    Fixture() {
        auto projection = geo::Projection::create(geo::kDefaultProjection);
        scene = geo::build_briefing_scene(briefing, *projection, {0, 0});
        camera.viewport_width = 1920;
        camera.viewport_height = 1080;
        camera.fit(scene.home);
        geo::evaluate_flows(briefing, *geo::parse_day("2024-06-19"), states);
    }
    int place_index(const std::string& id) const {
        for (size_t i = 0; i < briefing.places.size(); ++i)
            if (briefing.places[i].id == id) return int(i);
        return -1;
    }
};

} // namespace

TEST(Picking, ClickOnAMarkerSelectsThePlace) {
    Fixture f;
    const int pyongyang = f.place_index("pyongyang");
    ASSERT_GE(pyongyang, 0);
    for (const geo::PlaceMarker& m : f.scene.places)
        if (m.place == pyongyang) {
            const geo::XY at = f.camera.map_to_screen({m.position.x, m.position.y});
            const app::Selection s =
                app::pick(f.briefing, f.scene, f.visibility, f.states, f.camera, at.x + 3, at.y - 2, 12);
            EXPECT_EQ(s, (app::Selection{app::Selection::Kind::Place, pyongyang}));
            f.visibility.places = false; // hidden places cannot be picked
            EXPECT_NE(app::pick(f.briefing, f.scene, f.visibility, f.states, f.camera, at.x, at.y, 12).kind,
                      app::Selection::Kind::Place);
        }
}

TEST(Picking, ClickOnAMovingFlowSelectsItAndStoppedFlowsAreNotPickable) {
    Fixture f;
    // The middle of the first moving flow's middle segment.
    size_t flow = 0;
    while (flow < f.states.size() && f.states[flow].intensity * f.states[flow].opacity <= 0)
        ++flow;
    ASSERT_LT(flow, f.states.size());
    const auto& seg = f.scene.flows.segments[f.scene.flows.first[flow] + f.scene.flows.count[flow] / 2];
    const geo::XY at = f.camera.map_to_screen({(seg.p0.x + seg.p1.x) / 2.0, (seg.p0.y + seg.p1.y) / 2.0});
    const app::Selection s = app::pick(f.briefing, f.scene, f.visibility, f.states, f.camera, at.x, at.y, 6);
    ASSERT_TRUE(s.kind == app::Selection::Kind::Flow || s.kind == app::Selection::Kind::Place);
    if (s.kind == app::Selection::Kind::Flow) {
        // Possibly a flow sharing the corridor: it must at least be a moving one.
        EXPECT_GT(f.states[size_t(s.index)].intensity, 0.0f);
    }
    std::vector<geo::FlowState> stopped(f.states.size());
    const app::Selection none =
        app::pick(f.briefing, f.scene, f.visibility, stopped, f.camera, at.x, at.y, 6);
    EXPECT_NE(none.kind, app::Selection::Kind::Flow);
}

// Clicking the Moscow marker picks Moscow, not one of the routes that end under it (issue 17).
TEST(Picking, AMarkerWinsOverTheRoutesEndingUnderIt) {
    Fixture f;
    const int moscow = f.place_index("moscow");
    for (const geo::PlaceMarker& m : f.scene.places)
        if (m.place == moscow) {
            const geo::XY at = f.camera.map_to_screen({m.position.x, m.position.y});
            EXPECT_EQ(app::pick(f.briefing, f.scene, f.visibility, f.states, f.camera, at.x, at.y, 12),
                      (app::Selection{app::Selection::Kind::Place, moscow}));
        }
}

namespace {
double screen_distance(const render::Camera& c, geo::XY p, const geo::FlowSegment& s) {
    const geo::XY a = c.map_to_screen({s.p0.x, s.p0.y}), b = c.map_to_screen({s.p1.x, s.p1.y});
    const double dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
    const double u = len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
    return std::hypot(a.x + u * dx - p.x, a.y + u * dy - p.y);
}
} // namespace

// Two flows near the cursor: the one drawn strongly wins over a faint one even when the faint one
// is nearer; a flow barely drawn is never picked.
TEST(Picking, TheStrongerDrawnFlowWinsOverAFainterNearerOne) {
    Fixture f;
    const geo::FlowGeometry& g = f.scene.flows;
    // A point on flow `a` with flow `b` 3 to 8 pixels away (and no place near).
    size_t a = 0, b = 0;
    geo::XY at{};
    bool found = false;
    for (size_t i = 0; i < g.first.size() && !found; ++i)
        for (uint32_t k = g.first[i]; k < g.first[i] + g.count[i] && !found; ++k) {
            const geo::FlowSegment& s = g.segments[k];
            const geo::XY mid = f.camera.map_to_screen({(s.p0.x + s.p1.x) / 2.0, (s.p0.y + s.p1.y) / 2.0});
            bool near_place = false;
            for (const geo::PlaceMarker& m : f.scene.places) {
                const geo::XY p = f.camera.map_to_screen({m.position.x, m.position.y});
                near_place = near_place || std::hypot(p.x - mid.x, p.y - mid.y) < 40;
            }
            if (near_place) continue;
            for (size_t j = 0; j < g.first.size() && !found; ++j) {
                if (j == i) continue;
                double d = 1e9;
                for (uint32_t q = g.first[j]; q < g.first[j] + g.count[j]; ++q)
                    d = std::min(d, screen_distance(f.camera, mid, g.segments[q]));
                if (d >= 3 && d <= 8) a = i, b = j, at = mid, found = true;
            }
        }
    ASSERT_TRUE(found) << "no two flows run side by side in the home view";
    std::vector<geo::FlowState> states(f.states.size());
    states[a] = {0.15f, 1.0f}; // faint, under the cursor
    states[b] = {1.0f, 1.0f};  // bold, a few pixels off
    EXPECT_EQ(app::pick(f.briefing, f.scene, f.visibility, states, f.camera, at.x, at.y, 10),
              (app::Selection{app::Selection::Kind::Flow, int(b)}));
    states[a] = {1.0f, 1.0f};
    EXPECT_EQ(app::pick(f.briefing, f.scene, f.visibility, states, f.camera, at.x, at.y, 10),
              (app::Selection{app::Selection::Kind::Flow, int(a)}))
        << "equally strong: the nearer wins";
    states[b] = {0.0f, 0.0f};
    states[a] = {0.03f, 1.0f}; // barely drawn
    EXPECT_NE(app::pick(f.briefing, f.scene, f.visibility, states, f.camera, at.x, at.y, 10).kind,
              app::Selection::Kind::Flow);
}

TEST(Picking, EmptyMapSelectsNothingAndSelectionsHaveBounds) {
    Fixture f;
    // The top-left corner of the home view is far from everything (Arctic / Europe edge).
    EXPECT_FALSE(app::pick(f.briefing, f.scene, f.visibility, f.states, f.camera, 2, 2, 10));
    const int rajin = f.place_index("rajin");
    auto b = app::selection_bounds(f.briefing, f.scene, {app::Selection::Kind::Place, rajin});
    ASSERT_TRUE(b);
    EXPECT_NEAR(b->width(), 600e3, 1.0);
    auto flow_bounds = app::selection_bounds(f.briefing, f.scene, {app::Selection::Kind::Flow, 0});
    ASSERT_TRUE(flow_bounds);
    EXPECT_GT(flow_bounds->width(), 600e3);
}

TEST(Search, PrefixMatchesComeFirstAcrossKinds) {
    Fixture f;
    const auto hits = app::search_briefing(f.briefing, "py");
    ASSERT_FALSE(hits.empty());
    EXPECT_EQ(app::selection_name(f.briefing, hits[0]).substr(0, 2), "Py");
    EXPECT_TRUE(app::search_briefing(f.briefing, "").empty());
    EXPECT_TRUE(app::search_briefing(f.briefing, "zzzz-not-there").empty());
    // Case-insensitive, and ids count: a theater found by part of its name.
    const auto kaz = app::search_briefing(f.briefing, "KAZAKH");
    bool theater = false;
    for (const auto& h : kaz)
        theater = theater || h.kind == app::Selection::Kind::Theater;
    EXPECT_TRUE(theater);
}
