// BasemapCache: draw once into an offscreen picture with a margin, then copy the view's part of it.
#include "render/basemap_cache.hpp"

#include <algorithm>
#include <cmath>

namespace render {
namespace {

bool same_view(const std::optional<Camera>& a, const Camera& b) {
    return a && a->center.x == b.center.x && a->center.y == b.center.y &&
           a->metres_per_pixel == b.metres_per_pixel && a->viewport_width == b.viewport_width &&
           a->viewport_height == b.viewport_height;
}

void bind_target(GLuint target, const Camera& camera, int x, int y) {
    glBindFramebuffer(GL_FRAMEBUFFER, target);
    glViewport(x, y, camera.viewport_width, camera.viewport_height);
}

} // namespace

int BasemapCache::margin_for(const Camera& camera, bool may_approximate) {
    // A quarter of the shorter side: a drag of several seconds before the picture is drawn again.
    return may_approximate ? std::min(camera.viewport_width, camera.viewport_height) / 4 : 0;
}

std::optional<StaticPicture> BasemapCache::reuse(const Camera& camera, bool moving, bool approximate,
                                                 GLuint target, int x, int y) const {
    const Camera& c = *cached_;
    const int margin = margin_, w = camera.viewport_width, h = camera.viewport_height;
    if (w != c.viewport_width || h != c.viewport_height) return std::nullopt;
    if (camera.metres_per_pixel == c.metres_per_pixel) {
        // Map y grows north, as framebuffer rows do: a camera further north reads higher rows.
        const double dx = (camera.center.x - c.center.x) / c.metres_per_pixel,
                     dy = (camera.center.y - c.center.y) / c.metres_per_pixel;
        const double rx = std::round(dx), ry = std::round(dy);
        const bool whole = std::abs(dx - rx) < 1e-3 && std::abs(dy - ry) < 1e-3;
        if (std::abs(rx) > margin || std::abs(ry) > margin || !(whole || (approximate && moving)))
            return std::nullopt;
        const int sx = margin + int(rx), sy = margin + int(ry);
        picture_->blit_region_to(target, sx, sy, sx + w, sy + h, x, y, w, h);
        return whole ? StaticPicture::Shifted : StaticPicture::Approximated;
    }
    // A zoom: the view's rectangle in the picture, scaled (blurred or coarse until the camera stops).
    if (!approximate || !moving || picture_->samples() > 1) return std::nullopt;
    const double scale = camera.metres_per_pixel / c.metres_per_pixel; // picture pixels per view pixel
    if (scale < 0.5 || scale > 2) return std::nullopt;
    const double cx = margin + w / 2.0 + (camera.center.x - c.center.x) / c.metres_per_pixel,
                 cy = margin + h / 2.0 + (camera.center.y - c.center.y) / c.metres_per_pixel;
    const double x0 = cx - w / 2.0 * scale, x1 = cx + w / 2.0 * scale, y0 = cy - h / 2.0 * scale,
                 y1 = cy + h / 2.0 * scale;
    if (x0 < 0 || y0 < 0 || x1 > picture_->width() || y1 > picture_->height()) return std::nullopt;
    picture_->blit_region_to(target, int(std::lround(x0)), int(std::lround(y0)), int(std::lround(x1)),
                             int(std::lround(y1)), x, y, w, h);
    return StaticPicture::Approximated;
}

double BasemapCache::last_draw_ms() {
    if (timing_) {
        GLint available = 0;
        glGetQueryObjectiv(timer_.get(), GL_QUERY_RESULT_AVAILABLE, &available);
        if (available) {
            GLuint64 ns = 0;
            glGetQueryObjectui64v(timer_.get(), GL_QUERY_RESULT, &ns);
            last_draw_ms_ = double(ns) / 1e6;
            timing_ = false;
        }
    }
    return last_draw_ms_;
}

StaticPicture BasemapCache::draw(const StaticLook& look, const Camera& camera, int samples, GLuint target,
                                 int x, int y, float approximate_above_ms,
                                 const std::function<void(const Camera&)>& draw_static) {
    // Until the first timer answers the draw counts as slow: a software rasterizer needs it at once.
    const double drawn_ms = approximate_above_ms > 0 ? last_draw_ms() : 0.0;
    const bool approximate_motion =
        approximate_above_ms == 0 ||
        (approximate_above_ms > 0 && (drawn_ms < 0 || drawn_ms > approximate_above_ms));
    const bool moving = !same_view(last_, camera);
    last_ = camera;
    if (picture_ && cached_ && look_ == look) {
        if (same_view(cached_, camera)) {
            picture_->blit_region_to(target, margin_, margin_, margin_ + camera.viewport_width,
                                     margin_ + camera.viewport_height, x, y, camera.viewport_width,
                                     camera.viewport_height);
            bind_target(target, camera, x, y);
            return StaticPicture::Cached;
        }
        if (auto reused = reuse(camera, moving, approximate_motion, target, x, y)) {
            bind_target(target, camera, x, y);
            return *reused;
        }
    }
    // A moving frame that must be exact (export, a fast GPU), or a zoom that a multisampled picture
    // cannot be scaled for: drawn straight into the target, as drawing the wider picture would cost more.
    const bool unscalable_zoom =
        cached_ && camera.metres_per_pixel != cached_->metres_per_pixel && std::max(samples, 1) > 1;
    // A window being resized: a new picture each frame would cost more than drawing directly.
    const bool resizing = cached_ && (camera.viewport_width != cached_->viewport_width ||
                                      camera.viewport_height != cached_->viewport_height);
    if (moving && (!approximate_motion || unscalable_zoom || resizing)) {
        bind_target(target, camera, x, y);
        draw_static(camera);
        return StaticPicture::Drawn;
    }
    // The picture: the view with a margin on every side, same centre and scale.
    const int margin = margin_for(camera, approximate_above_ms >= 0);
    Camera wide = camera;
    wide.viewport_width = camera.viewport_width + 2 * margin;
    wide.viewport_height = camera.viewport_height + 2 * margin;
    if (!picture_ || picture_->width() != wide.viewport_width || picture_->height() != wide.viewport_height ||
        picture_->samples() != std::max(samples, 1)) {
        auto picture = OffscreenTarget::create(wide.viewport_width, wide.viewport_height, samples,
                                               OffscreenTarget::Alpha::Opaque);
        picture_ = picture ? std::move(*picture) : nullptr;
        cached_.reset();
        if (!picture_) { // out of memory: draw directly
            bind_target(target, camera, x, y);
            draw_static(camera);
            return StaticPicture::Drawn;
        }
    }
    picture_->bind();
    const bool time_it = !timing_;
    if (time_it) {
        if (!timer_) {
            GLuint q = 0;
            glCreateQueries(GL_TIME_ELAPSED, 1, &q);
            timer_ = GlQuery(q);
        }
        glBeginQuery(GL_TIME_ELAPSED, timer_.get());
    }
    begin_map_pass(wide, *look.theme);
    draw_static(wide);
    if (time_it) {
        glEndQuery(GL_TIME_ELAPSED);
        timing_ = true;
    }
    cached_ = camera;
    look_ = look;
    margin_ = margin;
    picture_->blit_region_to(target, margin, margin, margin + camera.viewport_width,
                             margin + camera.viewport_height, x, y, camera.viewport_width,
                             camera.viewport_height);
    bind_target(target, camera, x, y);
    return StaticPicture::Drawn;
}

} // namespace render
