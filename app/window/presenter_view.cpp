// PresenterInfo from a Session.
#include "app/window/presenter_view.hpp"

#include <fmt/format.h>

#include <cmath>

namespace app {

PresenterInfo presenter_info(const Session& session, const geo::Briefing* briefing, double now,
                             std::string wall_clock) {
    PresenterInfo info;
    const Playback& clock = session.clock;
    info.date = geo::long_date(geo::Day(std::floor(clock.t)));
    info.playing = clock.playing;
    info.timeline_fraction =
        clock.end > clock.start ? (clock.t - clock.start) / (clock.end - clock.start) : 0;
    info.timeline_from = geo::long_date(geo::Day(std::floor(clock.start)));
    info.timeline_to = geo::long_date(geo::Day(std::floor(clock.end)));
    info.elapsed_seconds = session.talk_timer.elapsed(now);
    info.timer_paused = session.talk_timer.paused();
    info.wall_clock = std::move(wall_clock);
    info.notes_scale = session.notes_scale;
    if (!briefing) return info;
    const auto& slides = briefing->slides;
    info.slides = int(slides.size());
    info.slide = session.slide;
    for (const geo::Slide& slide : slides)
        info.slide_titles.push_back(slide.title);
    if (session.slide >= 0 && size_t(session.slide) < slides.size()) {
        info.title = slides[size_t(session.slide)].title;
        info.notes = slides[size_t(session.slide)].notes;
    }
    if (size_t(session.next_slide()) < slides.size())
        info.next_title = slides[size_t(session.next_slide())].title;
    return info;
}

std::string time_of_day(std::time_t when) {
    std::tm local{};
    localtime_r(&when, &local);
    return fmt::format("{:02}:{:02}", local.tm_hour, local.tm_min);
}

std::string presenter_characters(const geo::Briefing* briefing) {
    std::string text = "Slide of Before the first slides () Next: (end of the slides) On screen now "
                       "Briefing timeline talk paused playing (no slide) … ·";
    if (briefing)
        for (const geo::Slide& slide : briefing->slides)
            text += slide.title + slide.notes;
    return text + "JanuaryFebruaryMarchAprilMayJuneJulyAugustSeptemberOctoberNovemberDecember(nobefore)";
}

} // namespace app
