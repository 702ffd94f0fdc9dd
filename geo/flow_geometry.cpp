// Flow geometry and per-frame flow evaluation.
#include "geo/flow_geometry.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <span>

namespace geo {
namespace {

constexpr double kMetresPerArrow = 1.5e6;

// The point `distance` metres along a flow's segments, pointing the way the flow goes.
FlowArrow point_along(std::span<const FlowSegment> segments, double distance) {
    for (const FlowSegment& s : segments) {
        if (distance > s.d1 || s.d1 <= s.d0) continue;
        const float u = float((distance - s.d0) / (s.d1 - s.d0));
        const Vec2f at{s.p0.x + (s.p1.x - s.p0.x) * u, s.p0.y + (s.p1.y - s.p0.y) * u};
        const Vec2f behind{at.x - (s.p1.x - s.p0.x), at.y - (s.p1.y - s.p0.y)};
        return {at, behind, s.flow, s.lane, 1.0f};
    }
    const FlowSegment& last = segments.back();
    return {last.p1, last.p0, last.flow, last.lane, 1.0f};
}

} // namespace

FlowGeometry build_flow_geometry(const Briefing& briefing, const BriefingScene& scene) {
    FlowGeometry g;
    // Lines of each corridor, in order.
    std::vector<std::vector<size_t>> lines_of(briefing.corridors.size());
    for (size_t l = 0; l < scene.corridor_of_line.size(); ++l)
        lines_of[size_t(scene.corridor_of_line[l])].push_back(l);
    // Lanes: the flows on each corridor, centred around the corridor's line.
    std::vector<std::vector<size_t>> flows_on(briefing.corridors.size());
    for (size_t f = 0; f < briefing.flows.size(); ++f)
        for (int c : briefing.flows[f].route)
            flows_on[size_t(c)].push_back(f);

    for (size_t f = 0; f < briefing.flows.size(); ++f) {
        g.first.push_back(uint32_t(g.segments.size()));
        double travelled = 0;
        for (int c : briefing.flows[f].route) {
            const auto& sharing = flows_on[size_t(c)];
            const float lane = float(std::find(sharing.begin(), sharing.end(), f) - sharing.begin()) -
                               float(sharing.size() - 1) / 2.0f;
            for (size_t l : lines_of[size_t(c)]) {
                for (uint32_t i = scene.corridors.starts[l] + 1; i < scene.corridors.starts[l + 1]; ++i) {
                    const Vec2f a = scene.corridors.points[i - 1], b = scene.corridors.points[i];
                    const double len = std::hypot(double(b.x) - a.x, double(b.y) - a.y);
                    g.segments.push_back({a, b, float(travelled), float(travelled + len), float(f), lane});
                    travelled += len;
                }
            }
        }
        g.count.push_back(uint32_t(g.segments.size()) - g.first.back());
        g.length.push_back(float(travelled));
        const std::span<const FlowSegment> own(g.segments.data() + g.first.back(), g.count.back());
        g.middle.push_back(own.empty() ? Vec2f{} : point_along(own, travelled / 2).tip);
        g.middle_lane.push_back(own.empty() ? 0.0f : point_along(own, travelled / 2).lane);
        if (own.empty()) continue;
        g.arrows.push_back({own.back().p1, own.back().p0, float(f), own.back().lane, 1.0f});
        // Direction along the way as well: one smaller arrow per ~1,500 km, at most three.
        const int along = std::min(3, int(travelled / kMetresPerArrow));
        for (int k = 1; k <= along; ++k) {
            FlowArrow a = point_along(own, travelled * k / (along + 1));
            a.flow = float(f);
            a.size = 0.75f;
            g.arrows.push_back(a);
        }
    }
    return g;
}

std::vector<double> unit_peaks(const Briefing& briefing) {
    // Widths compare flows in the same unit: the largest value in each unit is full width.
    std::map<std::string, double> peak;
    for (const Flow& f : briefing.flows)
        peak[f.unit] = std::max(peak[f.unit], f.volume.peak());
    std::vector<double> out;
    for (const Flow& f : briefing.flows)
        out.push_back(peak[f.unit]);
    return out;
}

void evaluate_flows(const Briefing& briefing, double t, std::vector<FlowState>& out) {
    evaluate_flows(briefing, unit_peaks(briefing), t, out);
}

namespace {

// One flow's state at t: intensity from its volume, opacity fading in and out over a week.
FlowState flow_state(std::span<const VolumePoint> points, Interpolation interpolation, bool denied, double peak,
                     double t) {
    constexpr double kFadeDays = 7;
    FlowState s;
    if (points.empty() || denied) return s;
    s.intensity = peak > 0 ? float(volume_at(points, interpolation, t) / peak) : 0.0f;
    const double since = t - points.front().day, until = points.back().day + 1 - t;
    s.opacity = s.intensity > 0 ? float(std::clamp(std::min(since + 1, until) / kFadeDays, 0.0, 1.0)) : 0.0f;
    return s;
}

FlowState flow_state(const Flow& f, double peak, double t) {
    return flow_state(f.volume.points, f.volume.interpolation, f.confidence == Confidence::Denied, peak, t);
}

// The same from the index's flat copy of the series (what a frame reads).
FlowState flow_state(const FlowTimeIndex& index, uint32_t i, double peak, double t) {
    return flow_state(index.points(i), index.interpolation(i), index.denied(i), peak, t);
}

} // namespace

void evaluate_flows(const Briefing& briefing, std::span<const double> peaks, double t,
                    std::vector<FlowState>& out) {
    out.resize(briefing.flows.size());
    for (size_t i = 0; i < briefing.flows.size(); ++i)
        out[i] = flow_state(briefing.flows[i], peaks[i], t);
}

void evaluate_flows(const Briefing& briefing, std::span<const double> peaks, const FlowTimeIndex& index,
                    double t, std::vector<FlowState>& out) {
    out.assign(briefing.flows.size(), FlowState{});
    for (uint32_t i : index.candidates(t))
        out[i] = flow_state(index, i, peaks[i], t);
}

void evaluate_flows_since(const Briefing& briefing, std::span<const double> peaks, double from, double t,
                          std::vector<FlowState>& out) {
    evaluate_flows(briefing, peaks, t, out);
    if (from >= t) return;
    constexpr float kEarlier = 0.4f; // opacity of what moved earlier in the span
    for (size_t i = 0; i < briefing.flows.size(); ++i) {
        const Flow& f = briefing.flows[i];
        if (out[i].intensity > 0 || f.confidence == Confidence::Denied || peaks[i] <= 0) continue;
        const double peak = f.volume.peak_between(from, t);
        if (peak > 0) out[i] = {float(peak / peaks[i]), kEarlier};
    }
}

Day busiest_day(const Briefing& briefing) {
    Day best = briefing.info.start;
    double best_total = -1;
    const std::vector<double> peaks = unit_peaks(briefing);
    const FlowTimeIndex index(briefing); // each day sums only the flows that can move on it
    for (Day d = briefing.info.start; d <= briefing.info.end; ++d) {
        double total = 0;
        for (uint32_t i : index.candidates(d)) {
            const FlowState s = flow_state(index, i, peaks[i], d);
            total += s.intensity * s.opacity;
        }
        if (total > best_total) best_total = total, best = d;
    }
    return best;
}

} // namespace geo
