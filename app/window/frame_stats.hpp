// Frame times for --frame-stats: the interval between frames and the CPU time of the UI code,
// printed as mean, median, 95th percentile and maximum.
#pragma once

#include <vector>

namespace app {

struct FrameStats {
    std::vector<double> frame_ms, ui_ms;
    void add(double frame, double ui) {
        frame_ms.push_back(frame);
        ui_ms.push_back(ui);
    }
    // Drops the first frame (it compiles shaders) and prints the rest to stdout.
    void print();
};

} // namespace app
