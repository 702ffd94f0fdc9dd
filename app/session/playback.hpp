// The briefing clock and its playback rules, as plain logic the window drives each frame: play and
// pause, speed in days per second, loop, steps, jumps between events, auto-pause at events flagged
// `pause`, and the three ways of showing time (active at t, a window up to t, everything up to t).
#pragma once

#include "geo/briefing.hpp"

#include <optional>

namespace app {

enum class TimeMode { Active, Window, Cumulative };

struct Playback {
    double t = 0; // the clock, in days (geo::Day, fractional while playing)
    double start = 0, end = 0;
    bool playing = false;
    double speed = 7; // days per second of wall time
    bool loop = false;
    TimeMode mode = TimeMode::Active;
    double window_days = 30; // for TimeMode::Window
    int paused_at = -1;      // the event that paused playback last, -1 when none
    double stop_at = 1e300;  // playing stops here (a slide's window end); cleared by steps and scrubs

    static Playback for_briefing(const geo::Briefing& briefing, double t);

    // The first day whose flows are shown: t itself, t - window, or the briefing's start.
    double shown_from() const;
};

// The wall time a frame advances the clock by: all the time since the last frame, so playback
// keeps real time at any frame rate (rehearsal timing is the talk's), except that a gap over 2 s
// (the machine slept, a modal dialog) counts as 2 s rather than a leap.
double wall_step(double last_frame, double now);

// Advances a playing clock by `seconds` of wall time. Stops at the end (or wraps to the start when
// looping) and pauses on the first event flagged `pause` whose start the step reaches.
void advance(Playback& clock, const geo::Briefing& briefing, double seconds);

// Play/pause; playing from the very end starts again from the start.
void toggle_play(Playback& clock);

// Moves the clock by whole days (negative: back), snapping to whole days, within the briefing.
void step_days(Playback& clock, int days);

// Sets the clock (scrubbing), clamped to the briefing.
void set_time(Playback& clock, double t);

// Jumps to the start of the next (direction > 0) or previous event; false when there is none.
bool jump_to_event(Playback& clock, const geo::Briefing& briefing, int direction);

// Speed presets offered next to the slider, days per second.
inline constexpr double kSpeedPresets[] = {1, 7, 30, 90};

} // namespace app
