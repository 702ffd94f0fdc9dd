// The state of a briefing being presented in the window: the camera and any flight, the clock,
// what is switched on and in the spotlight, the current slide, the selection, the look, and the
// window's modes (presentation, presenter, blackout). Plain data: apply_command (commands.hpp)
// and the panels change it, the frame loop turns it into a render::Frame and reconciles the
// windows with it (a presenter window opens when `presenter` becomes true).
#pragma once

#include "app/session/picking.hpp"
#include "app/session/playback.hpp"
#include "app/session/talk_timer.hpp"
#include "geo/lonlat.hpp"
#include "geo/visibility.hpp"
#include "render/camera.hpp"
#include "render/frame.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace app {

// A camera flight in progress (slides, search, inspector "fly to").
struct Flight {
    geo::Bounds from, to;
    double start = 0, seconds = 0; // wall-clock seconds (glfwGetTime)
    bool active = false;
};

struct Session {
    render::Camera camera;
    Flight flight;
    Playback clock;
    render::FrameLook look;         // theme and flow labels (the view's, toggled with T)
    geo::Visibility visibility;     // what is switched on
    bool visibility_changed = true; // the volume chart needs the new visibility
    std::vector<std::string> focus; // the slide's spotlight; empty: none
    std::string headline;           // the slide's title; empty: the briefing's
    // The event named on the map (index into Briefing::events, -1: none), until `caption_until`
    // (wall-clock seconds; 0: while its slide is shown; < 0: while playback stays paused at it),
    // fading over its last second; `caption_note` says why it is there.
    int caption = -1;
    double caption_until = 0;
    std::string caption_note;
    float caption_alpha = 1;
    int announced_pause = -1; // the event whose pause the caption has said
    int slide = -1;           // index into Briefing::slides, -1 before the first
    int last_slide = -1;      // the slide shown last, kept after leaving it (Next goes on from it)
    int next_slide() const { return (slide >= 0 ? slide : last_slide) + 1; } // what Next shows
    double slide_anchor = 0; // the clock when the slide was shown or its time was set
    Selection selected;
    double timeline_from = 0, timeline_to = 0; // the timeline's visible range (zoom)
    double timeline_anchor = 0;                // where a Shift+drag window selection started
    double timeline_day_shown = 0;             // the day the timeline's date says this frame

    bool still_pulses = false; // scripted stills: pulses placed by the clock, as `render` places them
    bool presenting = false;   // full screen, panels hidden
    bool presenter = false;    // the speaker's window (notes, next slide, clock) is open
    TalkTimer talk_timer;      // the presenter's: starts with the presentation or the presenter window
    float notes_scale = 1.0f;  // the presenter's notes text, Ctrl+= / Ctrl+- (0.6 to 2.5)
    // The presenter's marks on the audience's map (scene metres): the laser pointer while held,
    // ink strokes until E or the next slide.
    std::optional<geo::Vec2f> pointer;
    std::shared_ptr<const geo::LineSet> ink;
    bool save_ink = false;    // Ctrl+S: the window writes the ink as a layer (a file, so not here)
    bool show_changes = true; // on a slide change, new flows swell and stopped ones fade (C)
    bool blackout = false;
    bool help = false;
    bool search = false;
    bool panels = true;    // Layers, Slides, Map panels (hidden when presenting)
    float ui_scale = 1.0f; // the user's factor on top of the monitor's content scale
    int monitor = 0;       // for presentation mode
};

} // namespace app
