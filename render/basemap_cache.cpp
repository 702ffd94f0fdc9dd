// BasemapCache: draw once into an offscreen picture, then blit.
#include "render/basemap_cache.hpp"

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

bool BasemapCache::draw(const StaticLook& look, const Camera& camera, int samples, GLuint target, int x,
                        int y, const std::function<void()>& draw_static) {
    const bool cached = look_ == look && same_view(cached_, camera);
    const bool still = same_view(last_, camera);
    last_ = camera;
    if (!cached && !still) { // moving: a copy would be wasted
        bind_target(target, camera, x, y);
        draw_static();
        return false;
    }
    if (!cached) {
        if (!picture_ || picture_->width() != camera.viewport_width ||
            picture_->height() != camera.viewport_height || picture_->samples() != std::max(samples, 1)) {
            auto picture = OffscreenTarget::create(camera.viewport_width, camera.viewport_height, samples);
            picture_ = picture ? std::move(*picture) : nullptr;
            if (!picture_) { // out of memory: draw directly
                bind_target(target, camera, x, y);
                draw_static();
                return false;
            }
        }
        picture_->bind();
        begin_map_pass(camera, *look.theme);
        draw_static();
        cached_ = camera;
        look_ = look;
    }
    picture_->blit_to(target, x, y);
    bind_target(target, camera, x, y);
    return true;
}

} // namespace render
