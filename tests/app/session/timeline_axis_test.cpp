// Timeline ticks adapt to zoom: years for a decade, months for a year, days for a month.
#include "app/session/timeline_axis.hpp"
#include "geo/calendar.hpp"

#include <gtest/gtest.h>

namespace {
double day(const char* iso) {
    return *geo::parse_day(iso);
}
} // namespace

TEST(TimelineAxis, YearsWhenZoomedOut) {
    const auto ticks = app::timeline_ticks(day("2015-03-10"), day("2025-01-01"), 800, 60);
    ASSERT_FALSE(ticks.empty());
    EXPECT_EQ(ticks.front().label, "2016");
    EXPECT_EQ(ticks.front().day, day("2016-01-01"));
    EXPECT_EQ(ticks.back().label, "2025");
}

TEST(TimelineAxis, MonthsForAYearOnAWideScreen) {
    const auto ticks = app::timeline_ticks(day("2024-01-01"), day("2024-12-31"), 1800, 60);
    ASSERT_EQ(ticks.size(), 12u);
    EXPECT_EQ(ticks[0].label, "Jan 2024");
    EXPECT_TRUE(ticks[0].major);
    EXPECT_EQ(ticks[5].label, "Jun");
    EXPECT_EQ(ticks[5].day, day("2024-06-01"));
    EXPECT_FALSE(ticks[5].major);
}

TEST(TimelineAxis, QuartersWhenMonthsAreTooTight) {
    const auto ticks = app::timeline_ticks(day("2023-01-01"), day("2024-12-31"), 900, 60);
    ASSERT_FALSE(ticks.empty());
    for (const auto& t : ticks) {
        const std::string iso = geo::format_day(geo::Day(t.day));
        EXPECT_TRUE(iso.substr(5) == "01-01" || iso.substr(5) == "04-01" || iso.substr(5) == "07-01" ||
                    iso.substr(5) == "10-01")
            << iso;
    }
}

TEST(TimelineAxis, DaysWhenZoomedIn) {
    const auto ticks = app::timeline_ticks(day("2024-06-10"), day("2024-07-05"), 1600, 40);
    ASSERT_FALSE(ticks.empty());
    EXPECT_EQ(ticks.front().label, "10");
    bool has_month = false;
    for (const auto& t : ticks)
        has_month = has_month || (t.major && t.label == "Jul 2024");
    EXPECT_TRUE(has_month);
    // Spacing respected everywhere.
    const double px_per_day = 1600 / (day("2024-07-05") - day("2024-06-10"));
    for (size_t i = 1; i < ticks.size(); ++i)
        EXPECT_GE((ticks[i].day - ticks[i - 1].day) * px_per_day, 40 - 1e-9);
}

TEST(TimelineAxis, NothingForAnEmptyRange) {
    EXPECT_TRUE(app::timeline_ticks(10, 10, 800, 60).empty());
    EXPECT_TRUE(app::timeline_ticks(10, 20, 0, 60).empty());
}
