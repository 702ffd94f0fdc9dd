// Commands on a Session: playback, slides, camera, modes.
#include "app/session/commands.hpp"

#include "app/session/flight.hpp"
#include "app/session/map_input.hpp"
#include "app/session/picking.hpp"
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
    session.caption = look.caption;
    session.caption_until = 0;
    session.caption_note.clear();
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
    if (session.caption_until == 0) session.caption = -1; // the slide's caption goes with it
}

namespace {
constexpr double kCaptionSeconds = 8; // long enough to read it out
constexpr const char* kPausedNote = "Playback paused here: Space plays on";
} // namespace

bool jump_to_event_and_name(Session& session, const geo::Briefing& briefing, int direction, double now) {
    if (!jump_to_event(session.clock, briefing, direction)) return false;
    for (size_t e = 0; e < briefing.events.size(); ++e)
        if (briefing.events[e].from == session.clock.t) {
            session.caption = int(e);
            session.caption_until = now + kCaptionSeconds;
            session.caption_note.clear();
            break;
        }
    return true;
}

void show_event(Session& session, const CommandContext& context, int index) {
    if (!context.scene || !context.scene->briefing || index < 0 ||
        size_t(index) >= context.scene->briefing->events.size())
        return;
    const geo::Briefing& b = *context.scene->briefing;
    set_time(session.clock, b.events[size_t(index)].from);
    session.selected = {Selection::Kind::Event, index};
    session.caption = index;
    session.caption_until = context.now + kCaptionSeconds;
    session.caption_note.clear();
    if (!context.scene->briefing_scene) return;
    const auto place = selection_bounds(b, *context.scene->briefing_scene, session.selected);
    if (!place) return;
    // On screen (inside a tenth of the edges): the map stays; else it pans there at this zoom.
    const geo::Bounds v = session.camera.visible();
    const double cx = (place->min_x + place->max_x) / 2, cy = (place->min_y + place->max_y) / 2;
    const double mx = (v.max_x - v.min_x) * 0.1, my = (v.max_y - v.min_y) * 0.1;
    if (cx > v.min_x + mx && cx < v.max_x - mx && cy > v.min_y + my && cy < v.max_y - my) return;
    const double hw = (v.max_x - v.min_x) / 2, hh = (v.max_y - v.min_y) / 2;
    fly_to(session, {cx - hw, cy - hh, cx + hw, cy + hh}, context.now, false);
}

void update_caption(Session& session, double now) {
    const Playback& clock = session.clock;
    if (clock.paused_at >= 0 && clock.paused_at != session.announced_pause) {
        session.caption = clock.paused_at;
        session.caption_until = -1;
        session.caption_note = kPausedNote;
    }
    session.announced_pause = clock.paused_at;
    // Played on, or stepped or scrubbed away from the pause: the caption fades.
    if (session.caption_until < 0 && (clock.playing || clock.paused_at != session.caption)) {
        session.caption_until = now + 1;
        session.caption_note.clear();
    }
    if (session.caption_until > 0 && now >= session.caption_until) session.caption = -1;
    session.caption_alpha =
        session.caption_until > 0 ? float(std::clamp(session.caption_until - now, 0.0, 1.0)) : 1.0f;
}

void go_to_slide(Session& session, const CommandContext& context, int index, bool instant) {
    if (!context.scene || !context.scene->briefing || context.scene->briefing->slides.empty()) return;
    const geo::Briefing& b = *context.scene->briefing;
    index = std::clamp(index, 0, int(b.slides.size()) - 1);
    const geo::Slide& slide = b.slides[size_t(index)];
    session.slide = session.last_slide = index;
    session.ink.reset(); // ink belongs to the slide it was drawn on
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
        if (b) jump_to_event_and_name(session, *b, +1, context.now);
        break;
    case Command::PreviousEvent:
        if (b) jump_to_event_and_name(session, *b, -1, context.now);
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
    case Command::ClearInk:
        session.ink.reset();
        break;
    case Command::SaveInk:
        session.save_ink = session.ink && session.ink->line_count() > 0;
        break;
    case Command::ToggleChanges:
        session.show_changes = !session.show_changes;
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
    case Command::UiLarger:
    case Command::UiSmaller:
        session.ui_scale =
            std::clamp(session.ui_scale * (command == Command::UiLarger ? 1.25f : 0.8f), 0.75f, 3.0f);
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
    frame.caption = session.caption;
    frame.caption_note = session.caption_note;
    frame.caption_alpha = session.caption_alpha;
    frame.pointer = session.pointer;
    frame.ink = session.ink;
    return frame;
}

} // namespace app
