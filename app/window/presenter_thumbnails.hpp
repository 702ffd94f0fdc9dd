// The presenter's two pictures, drawn by the audience window's MapRenderer in its context: the
// picture on screen now (the audience frame, framed the same, at the thumbnail's size) every
// frame, and the next slide's still (as `render --slide` draws it at that size) whenever the next
// slide, the scene, the look or the size changes. The presenter window copies them through their
// shared renderbuffers, after a fence says they are drawn.
#pragma once

#include "app/window/presenter_window.hpp"
#include "geo/scene.hpp"
#include "render/frame.hpp"
#include "render/map_renderer.hpp"
#include "render/offscreen_target.hpp"

#include <memory>

namespace app {

class PresenterThumbnails {
  public:
    PresenterThumbnails() = default;
    PresenterThumbnails(const PresenterThumbnails&) = delete;
    PresenterThumbnails& operator=(const PresenterThumbnails&) = delete;
    ~PresenterThumbnails();

    // `live` is the audience frame (evaluated); `next` the next slide's index (past the end: none);
    // `live_rect` and `next_rect` the sizes the presenter shows them at; `samples` the window's.
    // With `draw_live` false (a black screen) the live picture is not drawn.
    void update(render::MapRenderer& renderer, const render::Frame& live, const geo::MapScene* scene,
                int next, const PresenterRect& live_rect, const PresenterRect& next_rect, int samples,
                bool draw_live = true);
    PresenterPicture live() const { return picture(live_.get()); }
    PresenterPicture next() const { return next_drawn_ >= 0 ? picture(next_.get()) : PresenterPicture{}; }

  private:
    PresenterPicture picture(const render::OffscreenTarget* target) const;
    // Draws `frame` into `target`, (re)made at `rect`'s size, evaluating its flows unless they are;
    // false when that fails.
    static bool draw_into(std::unique_ptr<render::OffscreenTarget>& target, render::MapRenderer& renderer,
                          render::Frame frame, const PresenterRect& rect, int samples, bool evaluated);
    std::unique_ptr<render::OffscreenTarget> live_, next_;
    void* ready_ = nullptr; // the GLsync of the last update
    // What the next slide's picture shows (it is drawn again when any of this changes).
    int next_drawn_ = -1;
    const geo::MapScene* next_scene_ = nullptr;
    const render::Theme* next_theme_ = nullptr;
    float next_text_scale = 0;
    bool next_flow_labels_ = false;
};

} // namespace app
