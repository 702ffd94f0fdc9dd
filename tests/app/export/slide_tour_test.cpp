// The slide tour's schedule: flights, holds and the clock across date windows. Plain logic.
#include "app/export/slide_tour.hpp"
#include "app/session/flight.hpp"

#include <gtest/gtest.h>

namespace {

// Three slides: a single date, a 30-day window, a single date; framings far apart.
geo::Briefing three_slides() {
    geo::Briefing b;
    b.slides.resize(3);
    b.slides[0].from = b.slides[0].to = 100;
    b.slides[1].from = 120;
    b.slides[1].to = 150;
    b.slides[2].from = b.slides[2].to = 200;
    return b;
}

const std::vector<geo::Bounds> kFramings{
    {0, 0, 4000e3, 2000e3}, {5000e3, 1000e3, 5500e3, 1250e3}, {-3000e3, -1000e3, 1000e3, 1000e3}};

void expect_bounds_near(const geo::Bounds& a, const geo::Bounds& b) {
    EXPECT_NEAR(a.min_x, b.min_x, 1.0);
    EXPECT_NEAR(a.min_y, b.min_y, 1.0);
    EXPECT_NEAR(a.max_x, b.max_x, 1.0);
    EXPECT_NEAR(a.max_y, b.max_y, 1.0);
}

} // namespace

TEST(SlideTour, StartsHoldingTheFirstSlideAtItsDate) {
    const geo::Briefing b = three_slides();
    const app::SlideTour tour(b, kFramings);
    const app::TourMoment m = tour.at(0);
    EXPECT_EQ(m.slide, 0u);
    EXPECT_FALSE(m.flying);
    EXPECT_DOUBLE_EQ(m.t, 100);
    expect_bounds_near(m.view, kFramings[0]);
    EXPECT_DOUBLE_EQ(tour.hold_start(0), 0);
    EXPECT_DOUBLE_EQ(tour.hold_end(0), 4.0);
}

TEST(SlideTour, FlightsUseFlightSecondsAndHoldsTheTiming) {
    const geo::Briefing b = three_slides();
    const app::SlideTour tour(b, kFramings, {3.0});
    const double flight1 = app::flight_seconds(kFramings[0], kFramings[1]);
    const double flight2 = app::flight_seconds(kFramings[1], kFramings[2]);
    ASSERT_GT(flight1, 0.5);
    EXPECT_DOUBLE_EQ(tour.flight_start(1), 3.0);
    EXPECT_DOUBLE_EQ(tour.hold_start(1), 3.0 + flight1);
    EXPECT_DOUBLE_EQ(tour.hold_end(1), 6.0 + flight1);
    EXPECT_DOUBLE_EQ(tour.duration(), 9.0 + flight1 + flight2);
}

TEST(SlideTour, FlightMovesCameraAndClockTogetherTowardTheNextSlide) {
    const geo::Briefing b = three_slides();
    const app::SlideTour tour(b, kFramings);
    const double mid = (tour.flight_start(1) + tour.hold_start(1)) / 2;
    const app::TourMoment m = tour.at(mid);
    EXPECT_TRUE(m.flying);
    EXPECT_EQ(m.slide, 1u); // the destination's title and focus show during the flight
    expect_bounds_near(m.view, app::fly_between(kFramings[0], kFramings[1], 0.5));
    EXPECT_NEAR(m.t, 110, 1e-9); // halfway (eased) from slide 1's date to slide 2's start
    // Just before landing the view is nearly the target.
    const app::TourMoment landing = tour.at(tour.hold_start(1) - 1e-6);
    expect_bounds_near(landing.view, kFramings[1]);
}

TEST(SlideTour, DateWindowPlaysDuringTheHoldWithStillEnds) {
    const geo::Briefing b = three_slides();
    const app::SlideTour tour(b, kFramings, {4.0, 0, 0.25});
    const double h0 = tour.hold_start(1), h1 = tour.hold_end(1);
    EXPECT_DOUBLE_EQ(tour.at(h0).t, 120);
    EXPECT_DOUBLE_EQ(tour.at(h0 + 0.9).t, 120); // still for the first quarter
    EXPECT_NEAR(tour.at((h0 + h1) / 2).t, 135, 1e-9);
    EXPECT_NEAR(tour.at(h1 - 0.5).t, 150, 1e-9); // still for the last quarter
    // An even pace in between.
    const double a = tour.at(h0 + 1.5).t, c = tour.at(h0 + 2.0).t, d = tour.at(h0 + 2.5).t;
    EXPECT_NEAR(c - a, d - c, 1e-9);
    EXPECT_GT(d, a);
}

TEST(SlideTour, SpeedStretchesTheHoldOfALongWindow) {
    const geo::Briefing b = three_slides();
    // 30 days at 5 days/s: 6 s of running clock plus the still ends (15 % each).
    const app::SlideTour tour(b, kFramings, {4.0, 5.0, 0.15});
    EXPECT_NEAR(tour.hold_end(1) - tour.hold_start(1), 6.0 / 0.7, 1e-9);
    // Single-date slides keep the plain hold.
    EXPECT_DOUBLE_EQ(tour.hold_end(0) - tour.hold_start(0), 4.0);
}

TEST(SlideTour, EndsHoldingTheLastSlideAndClampsOutsideTheTour) {
    const geo::Briefing b = three_slides();
    const app::SlideTour tour(b, kFramings);
    const app::TourMoment end = tour.at(tour.duration() + 10);
    EXPECT_EQ(end.slide, 2u);
    EXPECT_FALSE(end.flying);
    EXPECT_DOUBLE_EQ(end.t, 200);
    expect_bounds_near(end.view, kFramings[2]);
    EXPECT_EQ(tour.at(-5).slide, 0u);
}

TEST(SlideTour, IdenticalFramingsNeedNoFlight) {
    geo::Briefing b = three_slides();
    const app::SlideTour tour(b, {kFramings[0], kFramings[0], kFramings[0]});
    EXPECT_DOUBLE_EQ(tour.hold_start(1), tour.flight_start(1));
    EXPECT_FALSE(tour.at(tour.hold_start(1)).flying);
    EXPECT_DOUBLE_EQ(tour.duration(), 12.0);
}
