// What each keyboard command (keymap.hpp) and panel request does to a Session: playback, slides
// (date, switches, spotlight, title, camera flight), camera moves, modes. Free functions over
// plain data, so tests call them exactly as the window does and check the state that results.
#pragma once

#include "app/session/keymap.hpp"
#include "app/session/session.hpp"
#include "geo/scene.hpp"
#include "render/frame.hpp"

namespace app {

// What a command may need besides the session.
struct CommandContext {
    const geo::MapScene* scene = nullptr; // the map shown (null before the first scene arrives)
    geo::Bounds home;                     // what Home frames
    double now = 0;                       // wall-clock seconds, for flights
};

void apply_command(Command command, Session& session, const CommandContext& context);

// Shows slide `index` (clamped): its date (and date window, played), switches, spotlight and
// title, and flies there (at once with `instant`).
void go_to_slide(Session& session, const CommandContext& context, int index, bool instant);

// A slide's switches, spotlight and headline on the session (its date and camera stay as they are).
void show_slide_look(Session& session, const geo::Slide& slide, const geo::Briefing& briefing);

// Starts a flight from the camera's view to `target` (or jumps there with `instant`).
void fly_to(Session& session, const geo::Bounds& target, double now, bool instant);
// Leaves the current slide once the clock is more than three days outside its dates (the briefer
// scrubbed or jumped away): its headline and spotlight go, the layers stay as they are.
void leave_slide_when_moved_away(Session& session, const geo::Briefing& briefing);
// Flies back to the view the map started with: `home` framed with the start's margin (H, the Map
// panel's Home).
void fly_home(Session& session, const geo::Bounds& home, double now);
// Jumps the clock to the next (+1) or previous (-1) event and names it on the map for a few
// seconds (], [, the timeline's buttons); false when there is none that way.
bool jump_to_event_and_name(Session& session, const geo::Briefing& briefing, int direction, double now);
// A timeline diamond: the clock to event `index`, the event selected and named, and the map panned
// to its place only when that is off screen, keeping the zoom.
void show_event(Session& session, const CommandContext& context, int index);
// Names the event playback paused at (saying so) until it plays on, and lets captions expire.
void update_caption(Session& session, double now);
// Moves the camera along the flight in progress.
void update_flight(Session& session, double now);

// The frame the session shows now: its camera, clock, look, switches, spotlight and headline.
// `anim_seconds` drives the pulses; `pixel_scale` is the map's (1 at 1080 lines, times UI scale).
render::Frame session_frame(const Session& session, double anim_seconds, float pixel_scale);

} // namespace app
