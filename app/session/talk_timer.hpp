// The presenter's talk timer: how long the briefing has run, on wall-clock seconds the caller
// passes in (so tests drive it with their own clock). It starts with the presentation, can be
// paused (questions from the floor) and resumed, and reset to zero for a rehearsal run.
#pragma once

namespace app {

class TalkTimer {
  public:
    // Starts counting from `now` unless it already runs or is paused.
    void start(double now);
    // Paused: stands still at the time shown; running: counts on from there.
    void toggle_pause(double now);
    // Back to 0:00:00, counting on from `now` if it was running (paused stays paused).
    void reset(double now);
    double elapsed(double now) const;
    bool paused() const { return paused_; }
    bool started() const { return started_; }

  private:
    bool started_ = false, paused_ = false;
    double since_ = 0;  // when the current run began
    double banked_ = 0; // seconds counted before it
};

} // namespace app
