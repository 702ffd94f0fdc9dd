// Which flows can move at a time, without looking at every flow: each flow is alive only between
// its first and last volume point, so flows are filed in week buckets by that span, once per
// briefing. A frame evaluates only the flows filed under its week (issue 16: the frame's CPU cost
// follows the flows that move, not the briefing's size).
#pragma once

#include "geo/briefing.hpp"

#include <cstdint>
#include <span>
#include <vector>

namespace geo {

class FlowTimeIndex {
  public:
    FlowTimeIndex() = default;
    explicit FlowTimeIndex(const Briefing& briefing);

    // The flows whose span touches the week holding day t (a superset of those alive at t), in
    // flow order; empty outside every flow's span.
    std::span<const uint32_t> candidates(double t) const;
    bool empty() const { return first_.empty(); }

  private:
    static constexpr double kBucketDays = 7;
    double start_ = 0;                    // day of bucket 0
    std::vector<uint32_t> first_, flows_; // bucket b: flows_[first_[b] .. first_[b + 1])
};

} // namespace geo
