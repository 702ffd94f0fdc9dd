// Commands on a Session: playback, slides, camera, modes.
#include "app/session/commands.hpp"

#include "app/session/flight.hpp"
#include "app/session/map_input.hpp"
#include "geo/slides.hpp"

#include <algorithm>
#include <cmath>

namespace app {

void fly_to(Session& session, const geo::Bounds& target, double now, bool instant) {
    const geo::Bounds from = session.camera.visible();
    const double seconds = instant ? 0.0 : flight_seconds(from, target);
    if (seconds <= 0) {
        session.camera.fit(target, 0.0);
        session.flight.active = false;
        return;
    }
    session.flight = {from, target, now, seconds, true};
}

void fly_home(Session& session, const geo::Bounds& home, double now) {
    render::Camera start = session.camera;
    start.fit(home); // with the margin the map was first framed with
    fly_to(session, start.visible(), now, false);
}

void update_flight(Session& session, double now) {
    Flight& f = session.flight;
    if (!f.active) return;
    const double u = (now - f.start) / f.seconds;
    session.camera.fit(fly_between(f.from, f.to, u), 0.0);
    if (u >= 1) f.active = false;
}

void show_slide_look(Session& session, const geo::Slide& slide, const geo::Briefing& briefing) {
    geo::SlideLook look = geo::slide_look(slide, briefing);
    session.visibility = std::move(look.visibility);
    session.focus = std::move(look.focus);
    session.headline = std::move(look.headline);
    session.visibility_changed = true;
}

void leave_slide_when_moved_away(Session& session, const geo::Briefing& briefing) {
    if (session.slide < 0 || size_t(session.slide) >= briefing.slides.size()) return;
    const geo::Slide& slide = briefing.slides[size_t(session.slide)];
    constexpr double kNudgeDays = 3; // a day or two either way is still the slide being told
    const double t = session.clock.t;
    if (std::abs(t - session.slide_anchor) <= kNudgeDays) return; // where the slide (or --time) put it
    if (t >= slide.from - kNudgeDays && t <= std::max(slide.to, slide.from) + kNudgeDays) return;
    session.last_slide = session.slide;
    session.slide = -1;
    session.headline.clear();
    session.focus.clear();
}

void go_to_slide(Session& session, const CommandContext& context, int index, bool instant) {
    if (!context.scene || !context.scene->briefing || context.scene->briefing->slides.empty()) return;
    const geo::Briefing& b = *context.scene->briefing;
    index = std::clamp(index, 0, int(b.slides.size()) - 1);
    const geo::Slide& slide = b.slides[size_t(index)];
    session.slide = session.last_slide = index;
    show_slide_look(session, slide, b);
    Playback& clock = session.clock;
    set_time(clock, slide.from);
    session.slide_anchor = slide.from;
    clock.playing = false;
    if (slide.to > slide.from) { // play through the slide's window in about eight seconds
        clock.stop_at = slide.to;
        clock.speed = std::max(1.0, (slide.to - slide.from) / 8.0);
        clock.mode = TimeMode::Active;
        clock.playing = true;
    }
    if (size_t(index) < context.scene->slide_views.size())
        fly_to(session, context.scene->slide_views[size_t(index)], context.now, instant);
}

void apply_command(Command command, Session& session, const CommandContext& context) {
    Playback& clock = session.clock;
    const geo::Briefing* b = context.scene ? context.scene->briefing.get() : nullptr;
    render::Camera& camera = session.camera;
    auto camera_key = [&](MapKey key) {
        on_key(camera, key);
        session.flight.active = false;
    };
    switch (command) {
    case Command::PlayPause:
        toggle_play(clock);
        break;
    case Command::NextSlide: // after leaving a slide, on from the one left
        go_to_slide(session, context, (session.slide >= 0 ? session.slide : session.last_slide) + 1, false);
        break;
    case Command::PreviousSlide:
        go_to_slide(session, context,
                    std::max((session.slide >= 0 ? session.slide : session.last_slide + 1) - 1, 0), false);
        break;
    case Command::DayForward:
        step_days(clock, 1);
        break;
    case Command::DayBack:
        step_days(clock, -1);
        break;
    case Command::WeekForward:
        step_days(clock, 7);
        break;
    case Command::WeekBack:
        step_days(clock, -7);
        break;
    case Command::NextEvent:
        if (b) jump_to_event(clock, *b, +1);
        break;
    case Command::PreviousEvent:
        if (b) jump_to_event(clock, *b, -1);
        break;
    case Command::ZoomIn:
        camera_key(MapKey::ZoomIn);
        break;
    case Command::ZoomOut:
        camera_key(MapKey::ZoomOut);
        break;
    case Command::PanLeft:
        camera_key(MapKey::Left);
        break;
    case Command::PanRight:
        camera_key(MapKey::Right);
        break;
    case Command::PanUp:
        camera_key(MapKey::Up);
        break;
    case Command::PanDown:
        camera_key(MapKey::Down);
        break;
    case Command::Home:
        fly_home(session, context.home, context.now);
        break;
    case Command::ToggleTheme:
        session.look.theme =
            session.look.theme == &render::dark_theme() ? &render::light_theme() : &render::dark_theme();
        break;
    case Command::ToggleLegend:
        session.visibility.legend = !session.visibility.legend;
        break;
    case Command::TogglePresentation:
        session.presenting = !session.presenting;
        break;
    case Command::TogglePresenter:
        session.presenter = !session.presenter;
        break;
    case Command::LeavePresentation:
        if (session.help || session.search)
            session.help = session.search = false;
        else if (session.blackout)
            session.blackout = false;
        else if (session.presenting)
            session.presenting = false;
        break;
    case Command::Blackout:
        session.blackout = !session.blackout;
        break;
    case Command::PauseTalkTimer:
        session.talk_timer.toggle_pause(context.now);
        break;
    case Command::ResetTalkTimer:
        session.talk_timer.reset(context.now);
        break;
    case Command::NotesLarger:
    case Command::NotesSmaller:
        session.notes_scale = std::clamp(
            session.notes_scale * (command == Command::NotesLarger ? 1.15f : 1 / 1.15f), 0.6f, 2.5f);
        break;
    case Command::Search:
        session.search = true;
        break;
    case Command::Help:
        session.help = !session.help;
        break;
    default:
        if (command >= Command::ToggleGroup1 && command <= Command::ToggleGroup9) {
            geo::toggle_group(session.visibility, int(command) - int(Command::ToggleGroup1) + 1);
            session.visibility_changed = true;
        }
        break;
    }
}

render::Frame session_frame(const Session& session, double anim_seconds, float pixel_scale) {
    render::Frame frame;
    frame.camera = session.camera;
    frame.t = session.clock.t;
    frame.shown_from = session.clock.shown_from();
    frame.anim_seconds = session.still_pulses ? render::still_animation_seconds(frame.t) : anim_seconds;
    frame.look = session.look;
    frame.pixel_scale = pixel_scale;
    frame.visibility = session.visibility;
    frame.focus = session.focus;
    frame.headline = session.headline;
    return frame;
}

} // namespace app
