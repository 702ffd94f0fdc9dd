// Projection: coordinates of known places against PROJ's own cs2cs values (a text table anyone
// can extend), domains and seams, and clear errors for bad definitions.
#include "geo/projection.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace {

struct Case {
    std::string projection, place;
    geo::LonLat in;
    geo::XY expected;
    double tolerance = 0;
    int line = 0;
};

std::string trim(std::string s) {
    s.erase(0, s.find_first_not_of(" \t"));
    s.erase(s.find_last_not_of(" \t") + 1);
    return s;
}

std::vector<Case> read_cases() {
    std::ifstream file(SUPPLYLINE_TEST_FIXTURES "/projection_cases.txt");
    std::vector<Case> cases;
    std::string line;
    for (int n = 1; std::getline(file, line); ++n) {
        if (trim(line).empty() || trim(line)[0] == '#') continue;
        std::vector<std::string> fields;
        std::stringstream ss(line);
        for (std::string f; std::getline(ss, f, '|');)
            fields.push_back(trim(f));
        if (fields.size() != 5) ADD_FAILURE() << "projection_cases.txt:" << n << ": expected 5 fields";
        if (fields.size() != 5) continue;
        Case c;
        c.projection = fields[0];
        std::istringstream(fields[1]) >> c.in.lon >> c.in.lat;
        std::istringstream(fields[2]) >> c.expected.x >> c.expected.y;
        c.tolerance = std::stod(fields[3]);
        c.place = fields[4];
        c.line = n;
        cases.push_back(c);
    }
    return cases;
}

} // namespace

TEST(Projection, MatchesProjForKnownPlaces) {
    const auto cases = read_cases();
    ASSERT_GE(cases.size(), 5u);
    for (const Case& c : cases) {
        auto projection = geo::Projection::create(c.projection);
        ASSERT_TRUE(projection.ok()) << c.projection << ": " << projection.error().text();
        auto xy = projection->forward(c.in);
        ASSERT_TRUE(xy.has_value()) << c.place;
        EXPECT_NEAR(xy->x, c.expected.x, c.tolerance) << c.place << " (line " << c.line << ")";
        EXPECT_NEAR(xy->y, c.expected.y, c.tolerance) << c.place << " (line " << c.line << ")";
    }
}

TEST(Projection, DefaultShowsSyriaToJapanOnOneSide) {
    auto p = geo::Projection::create(geo::kDefaultProjection);
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p->method(), "laea");
    EXPECT_DOUBLE_EQ(p->center_lon(), 85);
    EXPECT_DOUBLE_EQ(p->center_lat(), 45);
    EXPECT_DOUBLE_EQ(p->seam_lon(), -95);
    const auto aleppo = p->forward({37.16, 36.20}), tokyo = p->forward({139.69, 35.69});
    ASSERT_TRUE(aleppo && tokyo);
    EXPECT_LT(aleppo->x, 0);
    EXPECT_GT(tokyo->x, 0);
}

TEST(Projection, RoundTripsThroughInverse) {
    auto p = geo::Projection::create("EPSG:8857");
    ASSERT_TRUE(p.ok());
    const auto xy = p->forward({71.43, 51.13});
    ASSERT_TRUE(xy);
    const auto back = p->inverse(*xy);
    ASSERT_TRUE(back);
    EXPECT_NEAR(back->lon, 71.43, 1e-7); // ~1 cm: Equal Earth inverts iteratively
    EXPECT_NEAR(back->lat, 51.13, 1e-7);
}

TEST(Projection, KnowsDomains) {
    auto merc = geo::Projection::create("EPSG:3857");
    ASSERT_TRUE(merc.ok());
    EXPECT_NEAR(merc->max_abs_lat(), 85.05, 0.01);
    auto globe = geo::Projection::create("+proj=ortho +lat_0=40 +lon_0=115");
    ASSERT_TRUE(globe.ok());
    ASSERT_TRUE(globe->cap_radius_deg().has_value());
    EXPECT_LT(*globe->cap_radius_deg(), 90.0);
    // The far side of the globe is outside the domain: projecting it gives nothing, not garbage.
    EXPECT_FALSE(globe->forward({-65, -40}).has_value());
}

TEST(Projection, RejectsBadDefinitionsWithClearErrors) {
    for (const char* bad :
         {"+proj=nonsense", "EPSG:999999", "", "   ", "EPSG:4326", "+proj=pipeline +step +proj=laea"}) {
        auto p = geo::Projection::create(bad);
        ASSERT_FALSE(p.ok()) << "accepted '" << bad << "'";
        EXPECT_FALSE(p.error().message.empty());
        EXPECT_NE(p.error().message.find("expected"), std::string::npos) << p.error().message;
    }
}

TEST(Projection, WrapsLongitudes) {
    EXPECT_DOUBLE_EQ(geo::wrap_lon(190), -170);
    EXPECT_DOUBLE_EQ(geo::wrap_lon(-190), 170);
    EXPECT_DOUBLE_EQ(geo::wrap_lon(180), -180);
    EXPECT_DOUBLE_EQ(geo::wrap_lon(45), 45);
}
