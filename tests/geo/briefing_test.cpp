// Briefing loading: a complete valid file, every broken fixture gives its expected
// file:line:col message (and never a crash), and the time model evaluates as the tables say.
#include "geo/briefing.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

const std::string kDir = SUPPLYLINE_TEST_FIXTURES "/briefings";
const geo::CountryCatalog kCountries{{"RUS", "PRK", "CHN", "KAZ", "SYR", "UKR"}};

std::string first_line(const std::string& path) {
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);
    return line;
}

std::string all_text(const geo::BriefingLoad& load) {
    std::string out;
    for (const auto& d : load.diagnostics)
        out += d.text() + "\n";
    return out;
}

} // namespace

TEST(Briefing, LoadsTheMinimalExampleCompletely) {
    const auto load = geo::load_briefing(kDir + "/minimal.toml", kCountries);
    ASSERT_TRUE(load.briefing) << all_text(load);
    EXPECT_EQ(load.diagnostics.size(), 0u) << all_text(load);
    const geo::Briefing& b = *load.briefing;
    EXPECT_EQ(b.info.title, "Test corridor");
    EXPECT_EQ(geo::format_day(b.info.start), "2024-01-01");
    ASSERT_EQ(b.flows.size(), 1u);
    const geo::Flow& f = b.flows[0];
    EXPECT_EQ(b.actors[size_t(f.from)].id, "BBB");
    ASSERT_EQ(f.route.size(), 2u);
    EXPECT_EQ(b.corridors[size_t(f.route[1])].id, "rail-leg");
    EXPECT_EQ(f.category, geo::FlowCategory::Munitions);
    EXPECT_EQ(f.confidence, geo::Confidence::Probable);
    EXPECT_EQ(b.places[0].local_name, "Порт А");
    EXPECT_EQ(b.corridors[0].path[1].place, -1);
    EXPECT_DOUBLE_EQ(b.corridors[0].path[1].lonlat.lon, 130.40);
    // Objects remember where they came from.
    EXPECT_EQ(f.where.file, kDir + "/minimal.toml");
    EXPECT_GT(f.where.line, 60);
    EXPECT_EQ(b.theaters[0].around, 2);
    EXPECT_EQ(b.events[0].pause, true);
    EXPECT_EQ(b.slides[0].fit.size(), 2u);
}

TEST(Briefing, EveryBrokenFixtureGivesItsExpectedMessage) {
    size_t checked = 0;
    for (const auto& entry : std::filesystem::directory_iterator(kDir + "/bad")) {
        const std::string path = entry.path().string();
        const auto load = geo::load_briefing(path, kCountries);
        const std::string line = first_line(path);
        const std::string marker = "# expect: ";
        if (line.rfind(marker, 0) != 0) {
            // Garbage without an expectation line: must fail cleanly with a located error.
            EXPECT_GT(load.errors(), 0u) << path;
            EXPECT_FALSE(load.briefing) << path;
            ++checked;
            continue;
        }
        const std::string expected = line.substr(marker.size());
        bool found = false;
        for (const auto& d : load.diagnostics) {
            if (d.text().find(expected) == std::string::npos) continue;
            found = true;
            EXPECT_EQ(d.where.file, path);
            EXPECT_GT(d.where.line, 0) << d.text();
            EXPECT_GT(d.where.column, 0) << d.text();
        }
        EXPECT_TRUE(found) << path << "\nexpected: " << expected << "\ngot:\n" << all_text(load);
        if (expected.rfind("warning", 0) == 0)
            EXPECT_TRUE(load.briefing) << path;
        else
            EXPECT_FALSE(load.briefing) << path;
        ++checked;
    }
    EXPECT_GE(checked, 20u);
}

TEST(Briefing, CollectsEveryErrorNotJustTheFirst) {
    std::ifstream in(kDir + "/minimal.toml");
    std::stringstream ss;
    ss << in.rdbuf();
    std::string text = ss.str();
    auto replace = [&](const std::string& from, const std::string& to) {
        text.replace(text.find(from), from.size(), to);
    };
    replace("kind = \"port\"", "kind = \"prot\"");
    replace("mode = \"rail\"", "mode = \"train\"");
    const auto load = geo::parse_briefing(text, "x.toml", kCountries);
    EXPECT_GE(load.errors(), 2u) << all_text(load);
    EXPECT_NE(all_text(load).find("did you mean 'port'"), std::string::npos) << all_text(load);
}

TEST(Briefing, MissingAndOversizedFilesAreClearErrors) {
    auto missing = geo::load_briefing("/nonexistent/briefing.toml");
    ASSERT_EQ(missing.errors(), 1u);
    EXPECT_NE(missing.diagnostics[0].text().find("/nonexistent/briefing.toml: error: file not found"),
              std::string::npos);
    const std::string big = testing::TempDir() + "big_briefing.toml";
    {
        std::ofstream out(big);
        const std::string line(1023, '#');
        for (int i = 0; i < 17 * 1024; ++i)
            out << line << '\n';
    }
    auto load = geo::load_briefing(big);
    ASSERT_EQ(load.errors(), 1u);
    EXPECT_NE(load.diagnostics[0].message.find("at most 16 MB"), std::string::npos);
    std::filesystem::remove(big);
}

TEST(Briefing, UncitedSourceWarns) {
    std::ifstream in(kDir + "/minimal.toml");
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str() +
                             "\n[[source]]\nid = \"lonely\"\ntitle = \"t\"\npublisher = \"p\"\n"
                             "date = 2024-01-02\nreliability = \"C\"\ncredibility = 3\nsummary = \"s\"\n";
    const auto load = geo::parse_briefing(text, "x.toml", kCountries);
    EXPECT_NE(all_text(load).find("warning: source 'lonely' is never cited"), std::string::npos)
        << all_text(load);
    EXPECT_TRUE(load.briefing);
}

TEST(TimeModel, VolumeSeriesMatchesTheTable) {
    std::ifstream in(SUPPLYLINE_TEST_FIXTURES "/volume_cases.txt");
    std::string line;
    int cases = 0;
    for (int n = 1; std::getline(in, line); ++n) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> f;
        std::stringstream ss(line);
        for (std::string part; std::getline(ss, part, '|');) {
            part.erase(0, part.find_first_not_of(' '));
            part.erase(part.find_last_not_of(' ') + 1);
            f.push_back(part);
        }
        ASSERT_EQ(f.size(), 4u) << "volume_cases.txt:" << n;
        geo::VolumeSeries series;
        series.interpolation = f[1] == "step" ? geo::Interpolation::Step : geo::Interpolation::Linear;
        std::stringstream points(f[0]);
        for (std::string p; points >> p;)
            series.points.push_back({*geo::parse_day(p.substr(0, 10)), std::stod(p.substr(11))});
        const auto plus = f[2].find('+');
        const double t = *geo::parse_day(f[2].substr(0, 10)) +
                         (plus == std::string::npos ? 0 : std::stod(f[2].substr(plus + 1)));
        EXPECT_NEAR(series.at(t), std::stod(f[3]), 1e-12) << "volume_cases.txt:" << n;
        ++cases;
    }
    EXPECT_GE(cases, 8);
}

TEST(TimeModel, CumulativeIsTheIntegral) {
    geo::VolumeSeries s;
    s.points = {{0, 0}, {10, 10}};
    EXPECT_NEAR(s.cumulative(10), 50, 1e-12);
    EXPECT_NEAR(s.cumulative(5), 12.5, 1e-12);
    s.interpolation = geo::Interpolation::Step;
    EXPECT_NEAR(s.cumulative(10), 0, 1e-12);
    s.points = {{0, 2}, {10, 0}};
    EXPECT_NEAR(s.cumulative(4), 8, 1e-12);
}

TEST(TimeModel, TheaterStateAndEventsInAWindow) {
    const auto load = geo::load_briefing(kDir + "/minimal.toml", kCountries);
    ASSERT_TRUE(load.briefing);
    const geo::Briefing& b = *load.briefing;
    const geo::Day june = *geo::parse_day("2024-06-30"), july = *geo::parse_day("2024-07-01");
    EXPECT_EQ(b.theaters[0].state_at(june + 0.9), geo::TheaterState::Active);
    EXPECT_EQ(b.theaters[0].state_at(july), geo::TheaterState::Calm);
    EXPECT_FALSE(b.theaters[0].state_at(*geo::parse_day("2025-01-02")).has_value());
    EXPECT_EQ(b.events_between(*geo::parse_day("2024-03-01"), *geo::parse_day("2024-03-31")).size(), 1u);
    EXPECT_EQ(b.events_between(*geo::parse_day("2024-04-01"), *geo::parse_day("2024-04-30")).size(), 0u);
}

TEST(Calendar, RoundTripsAndRejectsImpossibleDates) {
    EXPECT_EQ(geo::format_day(*geo::parse_day("2024-02-29")), "2024-02-29");
    EXPECT_EQ(*geo::parse_day("1970-01-02"), 1);
    EXPECT_FALSE(geo::parse_day("2023-02-29"));
    EXPECT_FALSE(geo::parse_day("2024-13-01"));
    EXPECT_FALSE(geo::parse_day("24-01-01"));
}
