// Camera flights between framings: plain logic, no window.
#include "app/session/flight.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace {

double centre_x(const geo::Bounds& b) {
    return (b.min_x + b.max_x) / 2;
}

} // namespace

TEST(Flight, EaseStartsAndEndsStill) {
    EXPECT_DOUBLE_EQ(app::ease_in_out(0), 0);
    EXPECT_DOUBLE_EQ(app::ease_in_out(1), 1);
    EXPECT_DOUBLE_EQ(app::ease_in_out(0.5), 0.5);
    EXPECT_LT(app::ease_in_out(0.05), 0.05 * 0.1); // slow start
    EXPECT_GT(app::ease_in_out(0.95), 1 - 0.05 * 0.1);
    EXPECT_DOUBLE_EQ(app::ease_in_out(-3), 0);
    EXPECT_DOUBLE_EQ(app::ease_in_out(7), 1);
}

TEST(Flight, FlightEndsExactlyOnBothFramings) {
    const geo::Bounds a{0, 0, 4000e3, 2000e3}, b{5000e3, 1000e3, 5500e3, 1250e3};
    const geo::Bounds start = app::fly_between(a, b, 0), end = app::fly_between(a, b, 1);
    EXPECT_NEAR(start.min_x, a.min_x, 1e-3);
    EXPECT_NEAR(start.max_y, a.max_y, 1e-3);
    EXPECT_NEAR(end.min_x, b.min_x, 1e-3);
    EXPECT_NEAR(end.max_y, b.max_y, 1e-3);
    // Halfway the size is the geometric mean (zoom feels even).
    const geo::Bounds mid = app::fly_between(a, b, 0.5);
    EXPECT_NEAR(mid.width(), std::sqrt(a.width() * b.width()), 1.0);
    // A pan at one size moves the centre halfway at halfway.
    const geo::Bounds c{3000e3, 0, 7000e3, 2000e3};
    EXPECT_NEAR(centre_x(app::fly_between(a, c, 0.5)), (centre_x(a) + centre_x(c)) / 2, 1.0);
}

TEST(Flight, ZoomingInKeepsTheDestinationInView) {
    // From a continent to a small area near its edge: the destination's centre never leaves the
    // view during the flight (a plain linear centre puts it off screen late in the flight).
    const geo::Bounds continent{0, 0, 8000e3, 4000e3}, city{6500e3, 1000e3, 7100e3, 1300e3};
    for (double u = 0; u <= 1.0001; u += 0.05) {
        const geo::Bounds v = app::fly_between(continent, city, u);
        EXPECT_GE(centre_x(city), v.min_x) << u;
        EXPECT_LE(centre_x(city), v.max_x) << u;
        EXPECT_GE((city.min_y + city.max_y) / 2, v.min_y) << u;
        EXPECT_LE((city.min_y + city.max_y) / 2, v.max_y) << u;
    }
    // Zooming out keeps the start in view the same way.
    for (double u = 0; u <= 1.0001; u += 0.05) {
        const geo::Bounds v = app::fly_between(city, continent, u);
        EXPECT_GE(centre_x(city), v.min_x) << u;
        EXPECT_LE(centre_x(city), v.max_x) << u;
    }
}

TEST(Flight, FlightsLastAtMostOneAndAHalfSeconds) {
    const geo::Bounds world{-2e7, -1e7, 2e7, 1e7}, city{100e3, 100e3, 150e3, 130e3};
    EXPECT_DOUBLE_EQ(app::flight_seconds(city, city), 0);
    EXPECT_LE(app::flight_seconds(world, city), 1.5);
    EXPECT_GE(app::flight_seconds(world, city), 1.0); // a long flight uses the time it has
    const geo::Bounds nudged{110e3, 100e3, 160e3, 130e3};
    EXPECT_LT(app::flight_seconds(city, nudged), app::flight_seconds(world, city));
}
