// What one frame of the map shows, as a plain value: the camera, the clock, the look (theme, pixel
// scale), what is switched on and in the spotlight, the headline, and the flow states at t,
// evaluated once per frame (MapRenderer::evaluate) so drawing and picking see the same flows.
// The window builds one from its session every frame; `render` and `export` from their options.
// A new view option is one field in FrameLook plus its flag (app/cli/view_flags.cpp).
#pragma once

#include "geo/flow_geometry.hpp"
#include "geo/label_layout.hpp"
#include "geo/scene.hpp"
#include "geo/slides.hpp"
#include "geo/visibility.hpp"
#include "render/camera.hpp"
#include "render/theme.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace render {

// How a map looks whatever it shows: the options a user sets once for every output (the window,
// `render`, `export`), carried in ViewOptions and copied into each Frame.
struct FrameLook {
    const Theme* theme = &dark_theme();
    bool flow_labels = false; // name each moving flow halfway along its route
    // Map text size: place and theater names and flow names times this (0.5 to 3), the legend
    // half as much, for the back of the room; the title and date stamp keep their share of the height.
    float text_scale = 1.0f;
};

struct Frame {
    Camera camera;
    double t = 0; // the briefing clock, days (fractional)
    double shown_from =
        1e300;               // start of the shown span (window/cumulative modes); >= t: only what moves at t
    double anim_seconds = 0; // moves pulses and breathing theaters
    FrameLook look;
    float pixel_scale = 1; // 1 at 1080 lines, 2 at 2160 (sizes are points of a 1080p screen)
    // What is switched on; an empty mask (default) shows everything.
    geo::Visibility visibility;
    std::vector<std::string> focus; // spotlight ids (flows, theaters, places, actors); empty: no spotlight
    std::string headline;           // a slide's title; empty: the briefing's title
    // An event named on the map (index into the briefing's events; -1: none): its title and date
    // near its place with a leader line, while it is happening and up to ten days after, at
    // `caption_alpha`; `caption_note` adds a line (why playback stopped there).
    int caption = -1;
    float caption_alpha = 1;
    std::string caption_note;
    // What changed since the last slide, for a moment after a slide change: the flow states the
    // previous slide showed, and how far the moment has gone (0 to 1). Flows that started swell
    // once; flows that stopped stay as ghosts that fade out. Null: no change shown.
    std::shared_ptr<const std::vector<geo::FlowState>> changed_from;
    double changed_from_t = 0; // the previous slide's clock: theaters whose status differs flash
    float change_progress = 1;
    // Screen rectangles (pixels) the window's panels cover: the legend and captions go elsewhere,
    // labels keep clear. Empty in render, export and presentation.
    std::vector<geo::LabelBox> reserved;
    // The presenter's marks (the window only): the laser pointer and ink strokes, scene metres.
    std::optional<geo::Vec2f> pointer;
    std::shared_ptr<const geo::LineSet> ink;
    // Per flow at t, with visibility and spotlight applied (MapRenderer::evaluate fills it).
    std::vector<geo::FlowState> flow_states;
};

// Pulses in a still sit where the clock puts them, so the same date gives the same picture in
// `render` and in a window's scripted screenshot.
inline double still_animation_seconds(double t) {
    return t * 0.25;
}

// Puts a slide's switches, spotlight and headline on `frame`.
inline void show_slide(const geo::SlideLook& look, Frame& frame) {
    frame.visibility = look.visibility;
    frame.focus = look.focus;
    frame.headline = look.headline;
    frame.caption = look.caption;
}

} // namespace render
