// Which flows can move at a time, without looking at every flow: each flow is alive only between
// its first and last volume point, so flows are filed in week buckets by that span, once per
// briefing. Buckets widen (two weeks, four, ...) until the filing holds at most about eight
// entries per flow, so flows spanning centuries cannot make it large. A frame evaluates only the
// flows filed under its bucket (issue 16: a frame's CPU cost follows the flows that move). It also
// keeps every flow's volume points in one flat array, so a frame reads them without touching the
// (large, scattered) Flow records.
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

    // Flow i's volume points and interpolation, and whether it is denied (never drawn).
    std::span<const VolumePoint> points(uint32_t i) const {
        return {points_.data() + series_[i].first, series_[i].count};
    }
    Interpolation interpolation(uint32_t i) const { return series_[i].step ? Interpolation::Step : Interpolation::Linear; }
    bool denied(uint32_t i) const { return series_[i].denied; }

  private:
    double start_ = 0, bucket_days_ = 7; // bucket 0's first day; a week, wider for long spans
    std::vector<size_t> first_;          // bucket b: flows_[first_[b] .. first_[b + 1])
    std::vector<uint32_t> flows_;
    struct Series {
        uint32_t first = 0, count = 0; // in points_
        bool step = false, denied = false;
    };
    std::vector<Series> series_; // per flow
    std::vector<VolumePoint> points_;
};

} // namespace geo
