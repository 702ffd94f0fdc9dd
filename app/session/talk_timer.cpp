// TalkTimer: banked seconds plus the current run.
#include "app/session/talk_timer.hpp"

#include <algorithm>

namespace app {

void TalkTimer::start(double now) {
    if (started_) return;
    started_ = true;
    paused_ = false;
    since_ = now;
    banked_ = 0;
}

void TalkTimer::toggle_pause(double now) {
    if (!started_) { // paused before the talk began: it starts paused at zero
        started_ = true;
        since_ = now;
    }
    if (paused_) {
        since_ = now;
    } else {
        banked_ = elapsed(now);
    }
    paused_ = !paused_;
}

void TalkTimer::reset(double now) {
    started_ = true;
    banked_ = 0;
    since_ = now;
}

double TalkTimer::elapsed(double now) const {
    if (!started_) return 0;
    return paused_ ? banked_ : banked_ + std::max(0.0, now - since_);
}

} // namespace app
