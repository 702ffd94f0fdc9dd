// Playback rules.
#include "app/session/playback.hpp"

#include <algorithm>
#include <cmath>

namespace app {

Playback Playback::for_briefing(const geo::Briefing& briefing, double t) {
    Playback p;
    p.start = briefing.info.start;
    p.end = briefing.info.end;
    p.t = std::clamp(t, p.start, p.end);
    return p;
}

double Playback::shown_from() const {
    switch (mode) {
    case TimeMode::Window:
        return std::max(start, t - window_days);
    case TimeMode::Cumulative:
        return start;
    case TimeMode::Active:
        break;
    }
    return t;
}

double wall_step(double last_frame, double now) {
    constexpr double kLongestStep = 2.0;
    return std::clamp(now - last_frame, 0.0, kLongestStep);
}

void advance(Playback& clock, const geo::Briefing& briefing, double seconds) {
    if (!clock.playing || seconds <= 0) return;
    const double from = clock.t, to = clock.t + seconds * clock.speed;
    // The first pausing event whose start lies in (from, to]; an event already paused at is passed.
    int pause = -1;
    for (size_t i = 0; i < briefing.events.size(); ++i) {
        const geo::Event& e = briefing.events[i];
        if (!e.pause || int(i) == clock.paused_at) continue;
        if (e.from > from && e.from <= to && (pause < 0 || e.from < briefing.events[size_t(pause)].from))
            pause = int(i);
    }
    if (pause >= 0 && briefing.events[size_t(pause)].from <= clock.end) {
        clock.t = briefing.events[size_t(pause)].from;
        clock.playing = false;
        clock.paused_at = pause;
        return;
    }
    if (to >= clock.stop_at && clock.stop_at < clock.end) {
        clock.t = clock.stop_at;
        clock.playing = false;
        clock.stop_at = 1e300;
    } else if (to < clock.end) {
        clock.t = to;
    } else if (clock.loop && clock.end > clock.start) {
        clock.t = clock.start + std::fmod(to - clock.start, clock.end - clock.start);
        clock.paused_at = -1;
    } else {
        clock.t = clock.end;
        clock.playing = false;
    }
}

void toggle_play(Playback& clock) {
    if (!clock.playing && clock.t >= clock.end) clock.t = clock.start, clock.paused_at = -1;
    clock.playing = !clock.playing;
}

void step_days(Playback& clock, int days) {
    const double base = days > 0 ? std::floor(clock.t + 1e-9) : std::ceil(clock.t - 1e-9);
    clock.t = std::clamp(base + days, clock.start, clock.end);
    clock.paused_at = -1;
    clock.stop_at = 1e300;
}

void set_time(Playback& clock, double t) {
    clock.t = std::clamp(t, clock.start, clock.end);
    clock.paused_at = -1;
    clock.stop_at = 1e300;
}

bool jump_to_event(Playback& clock, const geo::Briefing& briefing, int direction) {
    std::optional<double> best;
    for (const geo::Event& e : briefing.events) {
        const double d = e.from;
        if (direction > 0 && d > clock.t + 1e-6 && (!best || d < *best)) best = d;
        if (direction < 0 && d < clock.t - 1e-6 && (!best || d > *best)) best = d;
    }
    if (!best) return false;
    set_time(clock, *best);
    return true;
}

} // namespace app
