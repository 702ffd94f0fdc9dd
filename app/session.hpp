// The state of a briefing being presented in the window: the clock, what is switched on, the
// current slide, the selection, and the window's modes. Panels read and change it; the frame loop
// turns it into a picture. Plain data.
#pragma once

#include "app/picking.hpp"
#include "app/playback.hpp"
#include "geo/lonlat.hpp"
#include "geo/visibility.hpp"

#include <string>

namespace app {

// A camera flight in progress (slides, search, inspector "fly to").
struct Flight {
    geo::Bounds from, to;
    double start = 0, seconds = 0; // wall-clock seconds (glfwGetTime)
    bool active = false;
};

struct Session {
    Playback clock;
    geo::Visibility visibility;
    bool visibility_changed = true; // the chart and the layer need the new visibility
    int slide = -1;                 // index into Briefing::slides, -1 before the first
    Selection selected;
    Flight flight;
    double timeline_from = 0, timeline_to = 0; // the timeline's visible range (zoom)
    double timeline_anchor = 0;                // where a Shift+drag window selection started

    bool presenting = false; // full screen, panels hidden
    bool blackout = false;
    bool help = false;
    bool search = false;
    bool panels = true;    // Layers, Slides, Map panels (hidden when presenting)
    float ui_scale = 1.0f; // the user's factor on top of the monitor's content scale
    int monitor = 0;       // for presentation mode
};

} // namespace app
