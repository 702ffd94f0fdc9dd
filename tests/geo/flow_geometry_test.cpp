// Flow geometry and evaluation: distances run from origin to destination, flows sharing a corridor
// get distinct, centred lanes, and the state at t follows the volume series with fades.
#include "geo/basemap_scene.hpp"
#include "geo/briefing_scene.hpp"
#include "geo/flow_geometry.hpp"
#include "geo/flow_time_index.hpp"
#include "geo/geodesic_path.hpp"
#include "geo/projector.hpp"
#include "geo/seam_cut.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>

namespace {

geo::Briefing two_flows_on_one_route() {
    auto load = geo::load_briefing(SUPPLYLINE_TEST_FIXTURES "/briefings/minimal.toml");
    geo::Briefing b = *load.briefing;
    geo::Flow second = b.flows[0];
    second.id = "fuel";
    second.category = geo::FlowCategory::Fuel;
    second.unit = "t/day"; // its own unit: widths compare within a unit only
    second.volume.points = {{*geo::parse_day("2024-05-01"), 2.0}, {*geo::parse_day("2024-05-31"), 2.0}};
    b.flows.push_back(second);
    return b;
}

} // namespace

TEST(FlowGeometry, DistancesGrowAlongTheRouteAndLanesAreCentred) {
    const geo::Briefing b = two_flows_on_one_route();
    auto projection = geo::Projection::create(geo::kDefaultProjection);
    const geo::BriefingScene scene = geo::build_briefing_scene(b, *projection, {0, 0});
    const geo::FlowGeometry& g = scene.flows;
    ASSERT_EQ(g.first.size(), 2u);
    std::set<float> lanes;
    for (size_t f = 0; f < 2; ++f) {
        ASSERT_GT(g.count[f], 5u);
        float previous = 0;
        for (uint32_t i = g.first[f]; i < g.first[f] + g.count[f]; ++i) {
            const geo::FlowSegment& s = g.segments[i];
            EXPECT_EQ(s.flow, float(f));
            EXPECT_NEAR(s.d0, previous, 1.0f);
            EXPECT_GE(s.d1, s.d0);
            previous = s.d1;
            lanes.insert(s.lane);
        }
        EXPECT_NEAR(previous, g.length[f], 1.0f);
    }
    // Two flows on the same corridors: lanes -0.5 and +0.5.
    EXPECT_EQ(lanes, (std::set<float>{-0.5f, 0.5f}));
    // Hundreds of kilometres from Rajin-like port to the hub, not metres or light years.
    EXPECT_GT(g.length[0], 300e3f);
    EXPECT_LT(g.length[0], 3000e3f);
}

TEST(FlowGeometry, StateFollowsVolumeWithFades) {
    const geo::Briefing b = two_flows_on_one_route();
    std::vector<geo::FlowState> s;
    geo::evaluate_flows(b, *geo::parse_day("2024-03-01"), s);
    ASSERT_EQ(s.size(), 2u);
    EXPECT_FLOAT_EQ(s[0].intensity, 1.0f); // its peak, in relative units
    EXPECT_FLOAT_EQ(s[0].opacity, 1.0f);
    EXPECT_FLOAT_EQ(s[1].intensity, 0.0f); // not started
    geo::evaluate_flows(b, *geo::parse_day("2024-05-02"), s);
    EXPECT_FLOAT_EQ(s[1].intensity, 1.0f);        // the largest value in its own unit
    EXPECT_NEAR(s[1].opacity, 2.0f / 7.0f, 1e-6); // fading in over a week
    geo::evaluate_flows(b, *geo::parse_day("2024-07-01"), s);
    EXPECT_FLOAT_EQ(s[0].intensity, 0.0f); // series ended
}

// The time index only skips flows that cannot move: at every day (and between days) of each
// shipped briefing, evaluating through it gives exactly the states of evaluating every flow, while
// it hands the frame fewer flows than the briefing has.
TEST(FlowTimeIndex, GivesTheSameStatesAsEvaluatingEveryFlow) {
    for (const char* name : {"eurasia-2024", "berlin-airlift"}) {
        auto load =
            geo::load_briefing(std::string(SUPPLYLINE_ASSET_DIR "/briefings/") + name + "/briefing.toml");
        ASSERT_TRUE(load.briefing) << name;
        const geo::Briefing& b = *load.briefing;
        const std::vector<double> peaks = geo::unit_peaks(b);
        const geo::FlowTimeIndex index(b);
        std::vector<geo::FlowState> all, indexed;
        size_t fewest = b.flows.size();
        for (double t = b.info.start - 10; t <= b.info.end + 10; t += 0.37) {
            geo::evaluate_flows(b, peaks, t, all);
            geo::evaluate_flows(b, peaks, index, t, indexed);
            ASSERT_EQ(all.size(), indexed.size());
            for (size_t i = 0; i < all.size(); ++i) {
                ASSERT_EQ(all[i].intensity, indexed[i].intensity) << name << " flow " << i << " at " << t;
                ASSERT_EQ(all[i].opacity, indexed[i].opacity) << name << " flow " << i << " at " << t;
            }
            fewest = std::min(fewest, index.candidates(t).size());
        }
        EXPECT_LT(fewest, b.flows.size()) << name << ": the index never leaves a flow out";
    }
}

// Flows spanning two centuries widen the buckets instead of filing each flow in 10,000 weeks.
TEST(FlowTimeIndex, CenturiesLongFlowsStaySmallAndCorrect) {
    auto load = geo::load_briefing(SUPPLYLINE_TEST_FIXTURES "/briefings/minimal.toml");
    ASSERT_TRUE(load.briefing);
    geo::Briefing b = *load.briefing;
    const geo::Flow model = b.flows.at(0);
    b.flows.clear();
    for (int i = 0; i < 2000; ++i) {
        geo::Flow f = model;
        const geo::Day from = geo::day_from_ymd(1900 + i % 50, 1, 1);
        f.volume.points = {{from, 1.0}, {from + 365 * (100 + i % 100), 2.0}};
        b.flows.push_back(f);
    }
    const std::vector<double> peaks = geo::unit_peaks(b);
    const geo::FlowTimeIndex index(b);
    std::vector<geo::FlowState> all, indexed;
    for (geo::Day t = geo::day_from_ymd(1899, 1, 1); t < geo::day_from_ymd(2101, 1, 1); t += 97) {
        geo::evaluate_flows(b, peaks, t, all);
        geo::evaluate_flows(b, peaks, index, t, indexed);
        for (size_t i = 0; i < all.size(); ++i)
            ASSERT_EQ(all[i].intensity, indexed[i].intensity) << "flow " << i << " at " << t;
        EXPECT_LE(index.candidates(t).size(), b.flows.size());
    }
}

TEST(FlowGeometry, BusiestDayIsWhenTheMostFlows) {
    const geo::Briefing b = two_flows_on_one_route();
    const geo::Day d = geo::busiest_day(b);
    EXPECT_GE(d, *geo::parse_day("2024-03-01"));
    EXPECT_LE(d, *geo::parse_day("2024-05-31"));
}

TEST(GeodesicPath, MidpointMatchesTheGreatCircle) {
    // Moscow to Pyongyang: the densified path's middle point lies on the great circle (spherical
    // midpoint; WGS84 geodesics differ from the sphere by well under 0.5 %).
    const geo::LonLat moscow{37.62, 55.75}, pyongyang{125.75, 39.03};
    const geo::LonLatLine path = geo::densify_geodesic({moscow, pyongyang}, 50.0);
    ASSERT_GT(path.size(), 100u);
    const geo::LonLat mid = path[path.size() / 2];
    const double d1 = geo::angular_distance_deg(moscow, mid), d2 = geo::angular_distance_deg(mid, pyongyang);
    EXPECT_NEAR(d1, d2, 0.6);                                                 // halfway (one 50 km step)
    EXPECT_NEAR(d1 + d2, geo::angular_distance_deg(moscow, pyongyang), 0.01); // on the great circle
    // The great circle bows north of the straight lon/lat line.
    EXPECT_GT(mid.lat, (moscow.lat + pyongyang.lat) / 2 + 5);
    const double km = geo::geodesic_length_km({moscow, pyongyang});
    EXPECT_NEAR(km, 6420, 60);
}

TEST(GeodesicPath, ShortStraightLegsKeepTheirVerticesOnlyWhereTheGeodesicIsStraight) {
    // 100 km east at 40 N: the geodesic strays ~0.2 km from the lon/lat line, so a data line's
    // vertices stand as they are; at 85 N the same leg bows ~2 km and is split; long legs always are.
    EXPECT_EQ(geo::densify_geodesic({{30.0, 40.0}, {31.17, 40.0}}, 50.0).size(), 2u);
    EXPECT_GT(geo::densify_geodesic({{30.0, 85.0}, {40.3, 85.0}}, 50.0).size(), 2u);
    EXPECT_EQ(geo::densify_geodesic({{30.0, 40.0}, {30.0, 42.0}}, 50.0).size(), 2u); // a meridian: straight
    EXPECT_GE(geo::densify_geodesic({{30.0, 40.0}, {42.0, 40.0}}, 50.0).size(), 20u); // ~1,000 km
}

TEST(GeodesicPath, RouteAcrossTheAntimeridianIsCutAtTheSeam) {
    // Vladivostok to Anchorage crosses 180: in Equal Earth (lon_0 = 0) it must come in two pieces,
    // neither with an edge longer than a few hundred kilometres.
    auto projection = geo::Projection::create("EPSG:8857");
    geo::Projector projector(*projection);
    const geo::LonLatLine route = geo::densify_geodesic({{131.9, 43.1}, {-149.9, 61.2}}, 50.0);
    const auto pieces = projector.line(route);
    ASSERT_EQ(pieces.size(), 2u);
    for (const auto& piece : pieces)
        for (size_t i = 1; i < piece.size(); ++i)
            EXPECT_LT(std::hypot(piece[i].x - piece[i - 1].x, piece[i].y - piece[i - 1].y), 300e3);
}

TEST(TheaterAnchors, CountryNamesSitInsideTheirCountry) {
    auto load = geo::load_briefing(SUPPLYLINE_ASSET_DIR "/briefings/eurasia-2024/briefing.toml");
    ASSERT_TRUE(load.briefing);
    auto projection = geo::Projection::create(geo::kDefaultProjection);
    auto basemap = geo::load_basemap(geo::basemap_file(SUPPLYLINE_ASSET_DIR, geo::BasemapScale::k110m));
    auto scene = geo::build_basemap_scene(*basemap, *projection);
    ASSERT_TRUE(scene.ok());
    geo::BriefingScene b = geo::build_briefing_scene(*load.briefing, *projection, scene->origin);
    geo::attach_theater_anchors(b, *load.briefing, *scene);
    size_t checked = 0;
    for (size_t i = 0; i < load.briefing->theaters.size(); ++i) {
        const geo::Theater& th = load.briefing->theaters[i];
        ASSERT_TRUE(b.theater_has_anchor[i]) << th.id;
        if (th.country.empty()) continue;
        // The anchor, taken back to lon/lat, falls inside the country's bounding box.
        const auto* country = basemap->find_country(th.country);
        ASSERT_NE(country, nullptr);
        const auto lonlat = projection->inverse(
            {b.theater_anchor[i].x + scene->origin.x, b.theater_anchor[i].y + scene->origin.y});
        ASSERT_TRUE(lonlat);
        double w = 1e9, e = -1e9, s = 1e9, n = -1e9;
        for (const auto& p : country->polygons)
            for (const auto& q : p.rings[0])
                w = std::min(w, q.lon), e = std::max(e, q.lon), s = std::min(s, q.lat),
                n = std::max(n, q.lat);
        EXPECT_TRUE(lonlat->lon > w && lonlat->lon < e && lonlat->lat > s && lonlat->lat < n) << th.id;
        ++checked;
    }
    EXPECT_GE(checked, 3u);
}

TEST(FlowGeometry, LongRoutesCarryArrowsAlongTheWayPointingForward) {
    auto load = geo::load_briefing(SUPPLYLINE_ASSET_DIR "/briefings/eurasia-2024/briefing.toml");
    ASSERT_TRUE(load.briefing);
    const geo::Briefing& b = *load.briefing;
    auto projection = geo::Projection::create(geo::kDefaultProjection);
    const geo::FlowGeometry g = geo::build_briefing_scene(b, *projection, {0, 0}).flows;
    ASSERT_EQ(g.middle.size(), b.flows.size());
    size_t arrival = 0, along = 0;
    for (const geo::FlowArrow& a : g.arrows) {
        const size_t f = size_t(a.flow);
        ASSERT_LT(f, b.flows.size());
        if (a.size == 1.0f) {
            ++arrival;
            continue;
        }
        ++along;
        EXPECT_GT(g.length[f], 1.5e6f) << "only long routes get arrows on the way";
        // The tip lies on the flow's route, and the arrow points from earlier to later along it:
        // find the nearest segment and compare directions.
        float best = 1e30f, dot = 0;
        for (uint32_t i = g.first[f]; i < g.first[f] + g.count[f]; ++i) {
            const geo::FlowSegment& s = g.segments[i];
            const float dx = s.p1.x - s.p0.x, dy = s.p1.y - s.p0.y, len2 = dx * dx + dy * dy;
            if (len2 <= 0) continue;
            const float u =
                std::clamp(((a.tip.x - s.p0.x) * dx + (a.tip.y - s.p0.y) * dy) / len2, 0.0f, 1.0f);
            const float d = std::hypot(s.p0.x + u * dx - a.tip.x, s.p0.y + u * dy - a.tip.y);
            if (d < best) best = d, dot = (a.tip.x - a.from.x) * dx + (a.tip.y - a.from.y) * dy;
        }
        EXPECT_LT(best, 1.0f);
        EXPECT_GT(dot, 0.0f);
    }
    EXPECT_EQ(arrival, b.flows.size());
    EXPECT_GT(along, 5u);
}

TEST(FlowGeometry, LabelAnchorIsHalfwayAlongTheRoute) {
    const geo::Briefing b = two_flows_on_one_route();
    auto projection = geo::Projection::create(geo::kDefaultProjection);
    const geo::FlowGeometry g = geo::build_briefing_scene(b, *projection, {0, 0}).flows;
    // The middle lies on the segment spanning half the length.
    for (size_t f = 0; f < 2; ++f) {
        const float half = g.length[f] / 2;
        bool found = false;
        for (uint32_t i = g.first[f]; i < g.first[f] + g.count[f]; ++i) {
            const geo::FlowSegment& s = g.segments[i];
            if (half < s.d0 || half > s.d1) continue;
            const float u = (half - s.d0) / (s.d1 - s.d0);
            EXPECT_NEAR(g.middle[f].x, s.p0.x + u * (s.p1.x - s.p0.x), 1.0f);
            EXPECT_NEAR(g.middle[f].y, s.p0.y + u * (s.p1.y - s.p0.y), 1.0f);
            found = true;
            break;
        }
        EXPECT_TRUE(found);
    }
}

TEST(FlowGeometry, PrecomputedPeaksGiveTheSameStates) {
    const geo::Briefing b = two_flows_on_one_route();
    const std::vector<double> peaks = geo::unit_peaks(b);
    ASSERT_EQ(peaks.size(), b.flows.size());
    std::vector<geo::FlowState> once, each;
    for (const char* day : {"2024-03-01", "2024-05-02", "2024-05-20", "2024-07-01"}) {
        geo::evaluate_flows(b, peaks, *geo::parse_day(day), once);
        geo::evaluate_flows(b, *geo::parse_day(day), each);
        ASSERT_EQ(once.size(), each.size());
        for (size_t i = 0; i < once.size(); ++i) {
            EXPECT_EQ(once[i].intensity, each[i].intensity) << day;
            EXPECT_EQ(once[i].opacity, each[i].opacity) << day;
        }
    }
    // Each flow's reference is its own unit's largest volume.
    EXPECT_DOUBLE_EQ(peaks[1], 2.0);
}
