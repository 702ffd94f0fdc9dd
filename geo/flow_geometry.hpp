// Flow geometry for the GPU, built once per (briefing, projection): every flow as instanced line
// segments along its route's projected corridors, with the distance travelled from the flow's
// origin (for moving dashes), its flow index (for per-flow state read at draw time) and its lane
// (flows sharing a corridor are drawn side by side). Animating never touches this geometry.
#pragma once

#include "geo/briefing.hpp"
#include "geo/flow_time_index.hpp"
#include "geo/scene.hpp"

#include <cstdint>
#include <span>
#include <vector>

namespace geo {

FlowGeometry build_flow_geometry(const Briefing& briefing, const BriefingScene& scene);

// What the renderer needs per flow at time t: its relative width (volume / the briefing's largest
// volume in that unit, 0 when inactive) and its opacity (fades over a week in and out).
struct FlowState {
    float intensity = 0;
    float opacity = 0;
};
// Each flow's reference volume: the largest any flow in the same unit reaches. Compute once per
// briefing and pass to evaluate_flows every frame.
std::vector<double> unit_peaks(const Briefing& briefing);
void evaluate_flows(const Briefing& briefing, std::span<const double> peaks, double t,
                    std::vector<FlowState>& out);
// Time shown as a span (a window up to t, or everything up to t): flows moving at t look as at t;
// flows that moved earlier in [from, t] but not now stay faintly visible at their largest width.
void evaluate_flows_since(const Briefing& briefing, std::span<const double> peaks, double from, double t,
                          std::vector<FlowState>& out);
// The same at one time, evaluating only the flows `index` files under t's week (the others are
// not alive at t): what a frame does, at a cost that follows the flows that move.
void evaluate_flows(const Briefing& briefing, std::span<const double> peaks, const FlowTimeIndex& index,
                    double t, std::vector<FlowState>& out);
// The same, working out the peaks each call (tests and one-off evaluations).
void evaluate_flows(const Briefing& briefing, double t, std::vector<FlowState>& out);

// The day on which the flows carry the most relative volume: a good default date for a still.
Day busiest_day(const Briefing& briefing);

} // namespace geo
