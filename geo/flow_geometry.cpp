// Flow geometry and per-frame flow evaluation.
#include "geo/flow_geometry.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace geo {

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
        if (g.count.back() > 0) {
            const FlowSegment& last = g.segments.back();
            g.arrows.push_back({last.p1, last.p0, float(f), last.lane});
        }
    }
    return g;
}

void evaluate_flows(const Briefing& briefing, double t, std::vector<FlowState>& out) {
    // Widths compare flows in the same unit: the largest value in each unit is full width.
    std::map<std::string, double> peak;
    for (const Flow& f : briefing.flows)
        peak[f.unit] = std::max(peak[f.unit], f.volume.peak());
    out.resize(briefing.flows.size());
    constexpr double kFadeDays = 7;
    for (size_t i = 0; i < briefing.flows.size(); ++i) {
        const Flow& f = briefing.flows[i];
        FlowState& s = out[i];
        s = {};
        if (f.volume.points.empty() || f.confidence == Confidence::Denied) continue;
        const double p = peak[f.unit];
        s.intensity = p > 0 ? float(f.volume.at(t) / p) : 0.0f;
        const double since = t - f.volume.points.front().day, until = f.volume.points.back().day + 1 - t;
        s.opacity =
            s.intensity > 0 ? float(std::clamp(std::min(since + 1, until) / kFadeDays, 0.0, 1.0)) : 0.0f;
    }
}

Day busiest_day(const Briefing& briefing) {
    Day best = briefing.info.start;
    double best_total = -1;
    std::vector<FlowState> states;
    for (Day d = briefing.info.start; d <= briefing.info.end; ++d) {
        evaluate_flows(briefing, d, states);
        double total = 0;
        for (const FlowState& s : states)
            total += s.intensity * s.opacity;
        if (total > best_total) best_total = total, best = d;
    }
    return best;
}

} // namespace geo
