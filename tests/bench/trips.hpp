// Synthetic trips in the layout of ../shared/bench/limit-probe, built in memory for benchmarks
// (tests/bench/make_trips_briefing.py writes the same layout as files for the window): N trips of
// 50 vertices, endpoints uniform in lon 30..140, lat 20..60, a 3 degree sine bow, each active for
// 100 days from a start uniform in the first 1000 days of a 1200-day span.
#pragma once

#include "geo/briefing.hpp"
#include "geo/calendar.hpp"

#include <cmath>
#include <random>
#include <string>

namespace bench {

inline geo::Briefing trips_briefing(int trips) {
    geo::Briefing b;
    b.info.title = std::to_string(trips) + " synthetic trips";
    b.info.start = geo::day_from_ymd(2020, 1, 1);
    b.info.end = b.info.start + 1199;
    b.actors.push_back({});
    b.actors.back().id = "a";
    std::mt19937 rng(48u + unsigned(trips));
    std::uniform_real_distribution<double> lon(30, 140), lat(20, 60), start(0, 1000);
    for (int i = 0; i < trips; ++i) {
        geo::Corridor c;
        c.id = "trip-" + std::to_string(i);
        c.mode = geo::CorridorMode::Road; // drawn as given: no geodesic densifying
        const double ax = lon(rng), ay = lat(rng), bx = lon(rng), by = lat(rng);
        for (int j = 0; j < 50; ++j) {
            const double t = j / 49.0;
            c.path.push_back({-1, {ax + (bx - ax) * t, ay + (by - ay) * t + 3 * std::sin(M_PI * t)}, {}});
        }
        b.corridors.push_back(std::move(c));
        geo::Flow f;
        f.id = "trip-" + std::to_string(i);
        f.from = f.to = 0;
        f.category = geo::FlowCategory(i % 8);
        f.route = {i};
        const geo::Day from = b.info.start + geo::Day(start(rng));
        f.volume.points = {{from, 1.0}, {from + 100, 1.0}};
        f.volume.interpolation = geo::Interpolation::Step;
        f.unit = "trips";
        b.flows.push_back(std::move(f));
    }
    return b;
}

} // namespace bench
