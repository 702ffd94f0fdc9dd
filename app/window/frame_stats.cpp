// FrameStats summary.
#include "app/window/frame_stats.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>
#include <string>

namespace app {
namespace {

std::string summary(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const double sum = std::accumulate(v.begin(), v.end(), 0.0);
    return fmt::format("mean {:.2f}  p50 {:.2f}  p95 {:.2f}  max {:.2f} ms", sum / v.size(), v[v.size() / 2],
                       v[v.size() * 95 / 100], v.back());
}

} // namespace

void FrameStats::print() {
    if (frame_ms.size() < 2) return;
    frame_ms.erase(frame_ms.begin());
    ui_ms.erase(ui_ms.begin());
    const double sum = std::accumulate(frame_ms.begin(), frame_ms.end(), 0.0);
    fmt::print("frames {}  ({:.1f} fps)\n  frame: {}\n  ui:    {}\n", frame_ms.size(),
               1000.0 * frame_ms.size() / sum, summary(frame_ms), summary(ui_ms));
}

} // namespace app
