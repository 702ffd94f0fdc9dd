// PresenterInfo from a Session.
#include "app/window/presenter_view.hpp"

#include <cmath>

namespace app {

PresenterInfo presenter_info(const Session& session, const geo::Briefing* briefing, double elapsed_seconds) {
    PresenterInfo info;
    const Playback& clock = session.clock;
    info.date = geo::long_date(geo::Day(std::floor(clock.t)));
    info.playing = clock.playing;
    info.timeline_fraction =
        clock.end > clock.start ? (clock.t - clock.start) / (clock.end - clock.start) : 0;
    info.elapsed_seconds = elapsed_seconds;
    if (!briefing) return info;
    const auto& slides = briefing->slides;
    info.slides = int(slides.size());
    info.slide = session.slide;
    if (session.slide >= 0 && size_t(session.slide) < slides.size()) {
        info.title = slides[size_t(session.slide)].title;
        info.notes = slides[size_t(session.slide)].notes;
    }
    if (size_t(session.slide + 1) < slides.size()) info.next_title = slides[size_t(session.slide + 1)].title;
    return info;
}

std::string presenter_characters(const geo::Briefing* briefing) {
    std::string text;
    if (briefing)
        for (const geo::Slide& slide : briefing->slides)
            text += slide.title + slide.notes;
    return text + "JanuaryFebruaryMarchAprilMayJuneJulyAugustSeptemberOctoberNovemberDecember(nobefore)";
}

} // namespace app
