// Ticks for the timeline's date axis: years, months or days, whichever unit leaves enough room
// between labels for the zoom shown. Plain logic, tested without a window.
#pragma once

#include <string>
#include <vector>

namespace app {

struct Tick {
    double day = 0;     // geo::Day
    std::string label;  // "2024", "Jun", "Jun 2024", "19"
    bool major = false; // the start of a larger unit (a year among months, a month among days)
};

// Ticks within [from, to] drawn across `width_px` pixels, at least `min_spacing_px` apart.
std::vector<Tick> timeline_ticks(double from, double to, double width_px, double min_spacing_px);

} // namespace app
