// A flow's volume over time: points (day, value) with linear or step interpolation, zero outside
// its first..last point. Evaluated at fractional days by the playback clock; cumulative totals
// are the integral in value-days.
#pragma once

#include "geo/calendar.hpp"

#include <span>
#include <vector>

namespace geo {

enum class Interpolation { Linear, Step };

struct VolumePoint {
    Day day = 0;
    double value = 0;
};

// Value at day t of the series `points` (strictly increasing days): 0 outside them, else stepped or
// linear between the points around t.
double volume_at(std::span<const VolumePoint> points, Interpolation interpolation, double t);

struct VolumeSeries {
    std::vector<VolumePoint> points; // strictly increasing days
    Interpolation interpolation = Interpolation::Linear;

    // Value at day t (fractional days allowed).
    double at(double t) const;
    // Integral of the value from the first point up to t, in value-days.
    double cumulative(double t) const;
    // Largest value anywhere in the series.
    double peak() const;
    // Largest value reached between days `from` and `to` (inclusive).
    double peak_between(double from, double to) const;
    bool active_at(double t) const { return at(t) > 0; }
};

} // namespace geo
