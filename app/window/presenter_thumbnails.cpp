// PresenterThumbnails: two offscreen targets drawn through the audience window's renderer.
#include "app/window/presenter_thumbnails.hpp"

#include "app/map/slide_still.hpp"
#include "app/map/view_options.hpp"

#include <glad/gl.h>

namespace app {

PresenterThumbnails::~PresenterThumbnails() {
    if (ready_) glDeleteSync(static_cast<GLsync>(ready_));
}

PresenterPicture PresenterThumbnails::picture(const render::OffscreenTarget* target) const {
    if (!target) return {};
    return {target->resolved_renderbuffer(), target->width(), target->height(), ready_};
}

bool PresenterThumbnails::draw_into(std::unique_ptr<render::OffscreenTarget>& target,
                                    render::MapRenderer& renderer, render::Frame frame,
                                    const PresenterRect& rect, int samples, bool evaluated) {
    if (rect.width < 16 || rect.height < 16) return false;
    if (!target || target->width() != rect.width || target->height() != rect.height) {
        target.reset();
        auto made = render::OffscreenTarget::create(rect.width, rect.height, std::max(samples, 1),
                                                    render::OffscreenTarget::Alpha::Opaque);
        if (!made) return false;
        target = std::move(*made);
    }
    // The picture `render` would make at this size: the same view, sizes for this many lines.
    if (frame.camera.viewport_width != rect.width || frame.camera.viewport_height != rect.height) {
        const geo::Bounds view = frame.camera.visible();
        frame.camera.viewport_width = rect.width;
        frame.camera.viewport_height = rect.height;
        frame.camera.fit(view, 0.0);
    }
    frame.pixel_scale = pixel_scale_for({rect.width, rect.height});
    frame.reserved.clear();                   // the window's panels are not on the audience's screen
    if (!evaluated) renderer.evaluate(frame); // flow states do not depend on the picture's size
    renderer.draw(frame, {target->framebuffer(), 0, 0, target->samples()});
    target->resolve();
    return true;
}

void PresenterThumbnails::update(render::MapRenderer& renderer, const render::Frame& live,
                                 const geo::MapScene* scene, int next, const PresenterRect& live_rect,
                                 const PresenterRect& next_rect, int samples, bool draw_live) {
    if (!scene) return;
    if (draw_live && !draw_into(live_, renderer, live, live_rect, samples, !live.flow_states.empty()))
        live_.reset();
    const bool same = next == next_drawn_ && scene == next_scene_ && live.look.theme == next_theme_ &&
                      live.look.text_scale == next_text_scale && live.look.flow_labels == next_flow_labels_ &&
                      next_ && next_->width() == next_rect.width && next_->height() == next_rect.height;
    if (!same) {
        // The slide as `render --slide` draws it: the audience frame's look, none of its moment
        // (changes since the last slide, the presenter's marks, a paused caption's note).
        render::Frame still;
        still.look = live.look;
        still.visibility = live.visibility;
        still.camera.viewport_width = next_rect.width;
        still.camera.viewport_height = next_rect.height;
        next_drawn_ = -1;
        if (next >= 0 && frame_slide(still, *scene, size_t(next))) {
            if (draw_into(next_, renderer, still, next_rect, samples, false)) next_drawn_ = next;
        }
        next_scene_ = scene, next_theme_ = live.look.theme;
        next_text_scale = live.look.text_scale, next_flow_labels_ = live.look.flow_labels;
    }
    // The presenter's context waits on this before it copies the pictures.
    if (ready_) glDeleteSync(static_cast<GLsync>(ready_));
    ready_ = glFenceSync(GL_SYNC_GPU_COMMANDS_COMPLETE, 0);
    glFlush();
}

} // namespace app
