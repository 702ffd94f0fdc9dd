// frame_slide: the slide's view, first date and look on a frame.
#include "app/map/slide_still.hpp"

#include "geo/slides.hpp"

namespace app {

bool frame_slide(render::Frame& frame, const geo::MapScene& scene, size_t index) {
    if (!scene.briefing || index >= scene.briefing->slides.size() || index >= scene.slide_views.size())
        return false;
    const geo::Slide& slide = scene.briefing->slides[index];
    frame.camera.fit(scene.slide_views[index], 0.0);
    // The span shown keeps its length (window and cumulative modes); "only what moves" stays so.
    frame.shown_from = frame.shown_from >= frame.t ? slide.from : slide.from - (frame.t - frame.shown_from);
    frame.t = slide.from;
    frame.anim_seconds = render::still_animation_seconds(slide.from);
    render::show_slide(geo::slide_look(slide, *scene.briefing), frame);
    return true;
}

} // namespace app
