// VolumeSeries evaluation.
#include "geo/volume_series.hpp"

#include <algorithm>

namespace geo {

double VolumeSeries::at(double t) const {
    return volume_at(points, interpolation, t);
}

double volume_at(std::span<const VolumePoint> points, Interpolation interpolation, double t) {
    if (points.empty() || t < points.front().day || t > points.back().day) return 0;
    // First point after t; t lies in [prev.day, next.day].
    auto next = std::upper_bound(points.begin(), points.end(), t,
                                 [](double value, const VolumePoint& p) { return value < p.day; });
    if (next == points.end()) return points.back().value;
    const VolumePoint& prev = *(next - 1);
    if (interpolation == Interpolation::Step) return prev.value;
    const double f = (t - prev.day) / double(next->day - prev.day);
    return prev.value + (next->value - prev.value) * f;
}

double VolumeSeries::cumulative(double t) const {
    double total = 0;
    for (size_t i = 1; i < points.size(); ++i) {
        const VolumePoint &a = points[i - 1], &b = points[i];
        if (t <= a.day) break;
        const double end = std::min<double>(t, b.day);
        const double width = end - a.day;
        if (interpolation == Interpolation::Step) {
            total += a.value * width;
        } else {
            const double v_end = a.value + (b.value - a.value) * (width / double(b.day - a.day));
            total += (a.value + v_end) / 2 * width;
        }
    }
    return total;
}

double VolumeSeries::peak() const {
    double peak = 0;
    for (const VolumePoint& p : points)
        peak = std::max(peak, p.value);
    return peak;
}

double VolumeSeries::peak_between(double from, double to) const {
    double peak = std::max(at(from), at(to));
    for (const VolumePoint& p : points)
        if (p.day >= from && p.day <= to) peak = std::max(peak, p.value);
    return peak;
}

} // namespace geo
