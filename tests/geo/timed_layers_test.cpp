// Time-enabled layers: KML TimeSpan/TimeStamp/gx:Track and GPX track times become each feature's
// time window; a drawn track becomes one segment per pair of vertices, shown from one time to the
// next (so it moves); a mapped track is one flow along the track, alive from its first to its last
// time; a KML's own line style colours its layer; hostile XML is refused with a clear message.
#include "geo/briefing.hpp"
#include "geo/calendar.hpp"
#include "geo/layer_data.hpp"
#include "geo/mapped_layers.hpp"
#include "geo/xml_features.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>

namespace {

const std::string kTimed = SUPPLYLINE_TEST_FIXTURES "/briefings/timed/briefing.toml";

double day(const char* iso) {
    return *geo::parse_iso_time(iso);
}

struct Read {
    geo::Briefing briefing;
    geo::LayerLoad layers;
};

Read read_timed() {
    auto load = geo::load_briefing(kTimed);
    EXPECT_TRUE(load.briefing) << (load.diagnostics.empty() ? "" : load.diagnostics[0].text());
    Read r{*load.briefing, geo::read_layers(*load.briefing)};
    EXPECT_EQ(r.layers.errors(), 0u) << (r.layers.diagnostics.empty() ? "" : r.layers.diagnostics[0].text());
    return r;
}

size_t layer_index(const geo::Briefing& b, std::string_view id) {
    for (size_t i = 0; i < b.layers.size(); ++i)
        if (b.layers[i].id == id) return i;
    ADD_FAILURE() << "no layer " << id;
    return 0;
}

std::string write_temp(const std::string& name, const std::string& text) {
    const auto path = std::filesystem::temp_directory_path() / name;
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
}

auto later(int seconds) {
    return std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
}

TEST(IsoTime, DatesDateTimesOffsetsYearsAndMonths) {
    EXPECT_DOUBLE_EQ(day("2024-06-19"), geo::day_from_ymd(2024, 6, 19));
    EXPECT_DOUBLE_EQ(day("2024-06-19T06:00:00Z"), geo::day_from_ymd(2024, 6, 19) + 0.25);
    EXPECT_DOUBLE_EQ(day("2024-06-19T09:00:00+03:00"), geo::day_from_ymd(2024, 6, 19) + 0.25);
    EXPECT_DOUBLE_EQ(day(" 2024-06-19 18:00 "), geo::day_from_ymd(2024, 6, 19) + 0.75);
    EXPECT_DOUBLE_EQ(day("2024-06"), geo::day_from_ymd(2024, 6, 1));
    EXPECT_DOUBLE_EQ(day("2024"), geo::day_from_ymd(2024, 1, 1));
    EXPECT_NEAR(day("2024-06-19T00:00:30.5Z"), geo::day_from_ymd(2024, 6, 19) + 30.5 / 86400, 1e-9);
    for (const char* bad :
         {"2024-02-30", "19/06/2024", "2024-06-19T25", "2024-13", "soon", "", "2024-06-19Tx"})
        EXPECT_FALSE(geo::parse_iso_time(bad)) << bad;
}

TEST(IsoTime, AnEndLastsToTheEndOfItsDayMonthOrYear) {
    EXPECT_DOUBLE_EQ(*geo::xml_time("2024-06-19", true), day("2024-06-19") + 0.999);
    EXPECT_DOUBLE_EQ(*geo::xml_time("2024-06", true), day("2024-07-01") - 0.001);
    EXPECT_DOUBLE_EQ(*geo::xml_time("2024-12", true), day("2025-01-01") - 0.001);
    EXPECT_DOUBLE_EQ(*geo::xml_time("2024", true), day("2025-01-01") - 0.001);
    EXPECT_DOUBLE_EQ(*geo::xml_time("2024", false), day("2024-01-01"));
    EXPECT_DOUBLE_EQ(*geo::xml_time("2024-06-19T12:00Z", true), day("2024-06-19") + 0.5);
}

TEST(TimedLayers, KmlTimeSpanAndTimeStampBecomeEachFeaturesWindow) {
    const Read r = read_timed();
    const geo::LayerFeatures& context = r.layers.layers[layer_index(r.briefing, "context")];
    ASSERT_EQ(context.fids.size(), 2u); // the Context folder only: rail closure and depot
    EXPECT_DOUBLE_EQ(context.from[0], day("2024-06-01"));
    EXPECT_DOUBLE_EQ(context.to[0], day("2024-06-14") + 0.999); // a date-only end is that whole day
    EXPECT_DOUBLE_EQ(context.from[1], day("2024-06-19"));       // a time stamp shows for its day
    EXPECT_DOUBLE_EQ(context.to[1], day("2024-06-19") + 0.999);
    EXPECT_EQ(context.lines.size(), 1u);
    EXPECT_EQ(context.points.size(), 1u);
}

TEST(TimedLayers, ADrawnKmlTrackMovesSegmentBySegment) {
    const Read r = read_timed();
    const geo::LayerFeatures& convoy = r.layers.layers[layer_index(r.briefing, "convoy")];
    // Five <when>/<gx:coord> pairs: four segments, each with a point at its head.
    ASSERT_EQ(convoy.fids.size(), 4u);
    ASSERT_EQ(convoy.lines.size(), 4u);
    ASSERT_EQ(convoy.points.size(), 4u);
    const char* whens[] = {"2024-06-10T06:00:00Z", "2024-06-15T06:00:00Z", "2024-06-20T06:00:00Z",
                           "2024-06-25T06:00:00Z", "2024-06-30T06:00:00Z"};
    for (size_t i = 0; i < 4; ++i) {
        EXPECT_DOUBLE_EQ(convoy.from[i], day(whens[i]));
        EXPECT_DOUBLE_EQ(convoy.to[i], day(whens[i + 1]));
    }
    EXPECT_DOUBLE_EQ(convoy.lines[1][0].lon, 69.3);
    EXPECT_DOUBLE_EQ(convoy.lines[1][1].lon, 76.9);
    EXPECT_DOUBLE_EQ(convoy.points[1].lon, 76.9);
    // At 2024-06-17 only the second segment is alive: the convoy is between Tashkent and Almaty.
    const double t = day("2024-06-17");
    size_t alive = 0;
    for (size_t i = 0; i < convoy.fids.size(); ++i)
        alive += convoy.from[i] <= t && t <= convoy.to[i];
    EXPECT_EQ(alive, 1u);
    // The file's LineStyle (ff0000ff = opaque red, width 4) is the layer's own style.
    EXPECT_EQ(convoy.color, "#ff0000");
    EXPECT_DOUBLE_EQ(convoy.width, 4.0);
}

TEST(TimedLayers, AMappedKmlTrackIsOneFlowAlongTheTrack) {
    Read r = read_timed();
    std::vector<geo::Diagnostic> diagnostics;
    const geo::MappedCounts counts = geo::apply_mapped_layers(r.briefing, r.layers.layers, diagnostics);
    ASSERT_EQ(counts.flows, 1u);
    const geo::Flow& f = r.briefing.flows.front();
    ASSERT_EQ(f.route.size(), 1u);
    EXPECT_EQ(r.briefing.corridors[size_t(f.route[0])].path.size(), 5u); // the track's own five vertices
    EXPECT_EQ(f.volume.at(geo::day_from_ymd(2024, 6, 9)), 0.0);
    EXPECT_EQ(f.volume.at(geo::day_from_ymd(2024, 6, 20)), 1.0);
    EXPECT_EQ(f.volume.at(geo::day_from_ymd(2024, 7, 1)), 0.0);
    EXPECT_EQ(f.confidence, geo::Confidence::Alleged);
}

TEST(TimedLayers, GpxTrackPointTimesAndWaypoints) {
    const Read r = read_timed();
    const geo::LayerFeatures& patrol = r.layers.layers[layer_index(r.briefing, "patrol")];
    // The waypoint, two track segments and the untimed route.
    ASSERT_EQ(patrol.fids.size(), 4u);
    EXPECT_DOUBLE_EQ(patrol.from[0], day("2024-06-19T08:00:00Z"));
    EXPECT_DOUBLE_EQ(patrol.from[1], day("2024-06-01T00:00:00Z"));
    EXPECT_DOUBLE_EQ(patrol.to[1], day("2024-06-02T12:00:00Z"));
    EXPECT_DOUBLE_EQ(patrol.from[2], day("2024-06-02T12:00:00Z"));
    EXPECT_TRUE(std::isinf(patrol.from[3]) && patrol.from[3] < 0) << "the route has no time";
}

TEST(TimedLayers, AGpxLayerByNameAndAMissingOneSuggests) {
    geo::Briefing b = read_timed().briefing;
    b.layers = {b.layers[layer_index(b, "patrol")]};
    b.layers[0].layer = "waypoints";
    geo::LayerLoad only = geo::read_layers(b);
    ASSERT_EQ(only.errors(), 0u);
    EXPECT_EQ(only.layers[0].fids.size(), 1u);
    b.layers[0].layer = "trakcs";
    geo::LayerLoad missing = geo::read_layers(b);
    ASSERT_EQ(missing.errors(), 1u);
    EXPECT_NE(missing.diagnostics[0].message.find("has no layer 'trakcs' (did you mean 'tracks'?)"),
              std::string::npos)
        << missing.diagnostics[0].message;
}

TEST(TimedLayers, ATrackWithTooFewWhensIsDrawnWithoutTimesAndSaysSo) {
    const std::string path = write_temp(
        "supplyline_short_track.kml",
        R"(<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2"><Document>
<Placemark><gx:Track><when>2024-06-01</when><gx:coord>30 50 0</gx:coord><gx:coord>31 51 0</gx:coord></gx:Track>
</Placemark><Placemark><TimeStamp><when>later</when></TimeStamp><Point><coordinates>1,2</coordinates></Point>
</Placemark></Document></kml>)");
    auto read = geo::read_kml_features(path, later(10));
    ASSERT_TRUE(read) << read.error().message;
    ASSERT_EQ(read->features.size(), 2u);
    EXPECT_TRUE(read->features[0].line_times[0].empty());
    EXPECT_TRUE(std::isinf(read->features[0].begin));
    ASSERT_EQ(read->warnings.size(), 2u);
    EXPECT_NE(read->warnings[0].find("gx:Track has 1 <when> for 2 <gx:coord>"), std::string::npos)
        << read->warnings[0];
    EXPECT_NE(read->warnings[1].find("'later' is not a time"), std::string::npos) << read->warnings[1];
}

// A hostile file cannot make the reader hold much more than the file: warnings are capped (the
// rest counted), quoted text is cut, and geometry past the vertex budget is an error.
TEST(TimedLayers, WarningsAndVerticesAreBounded) {
    std::string many = "<kml><Document><Placemark><TimeStamp>";
    for (int i = 0; i < 5000; ++i)
        many += "<when>x</when>";
    many += "<when>" + std::string(100000, 'y') + "</when></TimeStamp></Placemark></Document></kml>";
    auto read = geo::read_kml_features(write_temp("supplyline_many_whens.kml", many), later(10));
    ASSERT_TRUE(read) << read.error().message;
    EXPECT_EQ(read->warnings.size(), 8u);
    EXPECT_EQ(read->warnings.size() + read->more_warnings, 5001u);
    for (const std::string& w : read->warnings)
        EXPECT_LT(w.size(), 300u);
    std::string big = "<kml><Document><Placemark><LineString><coordinates>";
    for (int i = 0; i < 2000; ++i)
        big += "1,2 3,4 ";
    big += "</coordinates></LineString></Placemark></Document></kml>";
    auto over = geo::read_kml_features(write_temp("supplyline_big.kml", big), later(10), 1000);
    ASSERT_FALSE(over);
    EXPECT_NE(over.error().message.find("more than 1000 vertices"), std::string::npos)
        << over.error().message;
}

TEST(TimedLayers, DoctypesAndDeepNestingAreRefused) {
    const std::string doctype =
        write_temp("supplyline_doctype.kml", "<?xml version=\"1.0\"?><!DOCTYPE kml [<!ENTITY a \"x\">]>"
                                             "<kml><Document><name>&a;</name></Document></kml>");
    auto refused = geo::read_kml_features(doctype, later(10));
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().message.find("DOCTYPE"), std::string::npos) << refused.error().message;
    std::string deep = "<gpx>";
    for (int i = 0; i < 300; ++i)
        deep += "<extensions>";
    const std::string nested = write_temp("supplyline_deep.gpx", deep);
    auto too_deep = geo::read_gpx_features(nested, later(10));
    ASSERT_FALSE(too_deep);
    EXPECT_NE(too_deep.error().message.find("nested more than 256"), std::string::npos)
        << too_deep.error().message;
    const std::string broken = write_temp("supplyline_broken.gpx", "<gpx><trk><trkseg></trk></gpx>");
    auto malformed = geo::read_gpx_features(broken, later(10));
    ASSERT_FALSE(malformed);
    EXPECT_NE(malformed.error().message.find("line 1, column"), std::string::npos)
        << malformed.error().message;
}

} // namespace
