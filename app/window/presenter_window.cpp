// The presenter window: text, flat rectangles (scissored clears) and the two pictures (copied from
// the audience context's shared renderbuffers), nothing else.
#include "app/window/presenter_window.hpp"

#include "render/offscreen_target.hpp"
#include "render/text_wrap.hpp"

#include <glad/gl.h>
// GLFW after glad so it does not pull in the system GL header.
#include <GLFW/glfw3.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <utility>

namespace app {
namespace {

void fill_rect(int x, int y, int w, int h, int window_height, render::Rgba c) {
    glEnable(GL_SCISSOR_TEST);
    glScissor(x, window_height - y - h, std::max(w, 0), std::max(h, 0));
    glClearColor(c.r, c.g, c.b, c.a);
    glClear(GL_COLOR_BUFFER_BIT);
    glDisable(GL_SCISSOR_TEST);
}

std::string clock_text(double seconds) {
    const int s = int(seconds);
    return fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60);
}

// A fixed-size rectangle of `aspect` inside a column `width` wide, no taller than `max_height`.
PresenterRect picture_rect(int x, int y, int width, int max_height, double aspect) {
    double w = width, h = width / std::max(aspect, 0.1);
    if (h > max_height) h = max_height, w = h * aspect;
    return {x, y, std::max(1, int(w)), std::max(1, int(h))};
}

} // namespace

PresenterLayout presenter_layout(int width, int height, double aspect) {
    PresenterLayout l;
    l.unit = height / 800.0f;
    const float u = l.unit, pad = 24 * u;
    const int split = int(width * 0.6f), top = int(100 * u), tallest = int(height * 0.42f);
    l.live = picture_rect(int(pad), top, int(split - 1.5f * pad), tallest, aspect);
    l.next = picture_rect(int(split + pad / 2), top, int(width - split - 1.5f * pad), tallest, aspect);
    return l;
}

base::Result<std::unique_ptr<PresenterWindow>>
PresenterWindow::open(GLFWwindow* share, GLFWmonitor* monitor, std::vector<uint8_t> font,
                      const std::string& text, void (*key_callback)(GLFWwindow*, int, int, int, int)) {
    glfwDefaultWindowHints();
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 4);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 5);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    auto p = std::unique_ptr<PresenterWindow>(new PresenterWindow);
    p->window_ = glfwCreateWindow(1280, 800, "Supplyline — presenter", nullptr, share);
    if (!p->window_) return base::Error{"cannot open the presenter window"};
    if (monitor) { // on the laptop's screen: the monitor the audience window is not on
        int x = 0, y = 0;
        glfwGetMonitorPos(monitor, &x, &y);
        glfwSetWindowPos(p->window_, x + 40, y + 40);
    }
    glfwSetKeyCallback(p->window_, key_callback);
    GLFWwindow* back = glfwGetCurrentContext();
    glfwMakeContextCurrent(p->window_);
    glfwSwapInterval(0); // the audience window paces the frames
    auto atlas = render::FontAtlas::create(
        std::move(font), text + "0123456789:/ -–NextSlideofplaypausedOnscreennowTimelinebrief·");
    auto batch =
        atlas ? render::TextBatch::create() : base::Result<std::unique_ptr<render::TextBatch>>(atlas.error());
    glfwMakeContextCurrent(back);
    if (!batch) return batch.error();
    p->font_ = std::move(*atlas);
    p->text_ = std::move(*batch);
    return p;
}

PresenterWindow::~PresenterWindow() {
    if (!window_) return;
    GLFWwindow* back = glfwGetCurrentContext();
    glfwMakeContextCurrent(window_);
    text_.reset();
    font_.reset();
    glfwMakeContextCurrent(back == window_ ? nullptr : back);
    glfwDestroyWindow(window_);
}

bool PresenterWindow::close_requested() const {
    return glfwWindowShouldClose(window_);
}

void PresenterWindow::framebuffer_size(int& width, int& height) const {
    glfwGetFramebufferSize(window_, &width, &height);
}

std::optional<int> PresenterWindow::take_slide_click() {
    return std::exchange(slide_click_, std::nullopt);
}

bool PresenterWindow::take_timer_click() {
    return std::exchange(timer_click_, false);
}

void PresenterWindow::poll_click() {
    const bool down = glfwGetMouseButton(window_, GLFW_MOUSE_BUTTON_LEFT) == GLFW_PRESS;
    const bool right = glfwGetMouseButton(window_, GLFW_MOUSE_BUTTON_RIGHT) == GLFW_PRESS;
    const bool pressed = down && !mouse_was_down_, right_pressed = right && !right_was_down_;
    mouse_was_down_ = down, right_was_down_ = right;
    double x = 0, y = 0;
    glfwGetCursorPos(window_, &x, &y);
    int ww = 1, wh = 1, fw = 1, fh = 1; // the cursor is in window units, the hit areas in pixels
    glfwGetWindowSize(window_, &ww, &wh);
    glfwGetFramebufferSize(window_, &fw, &fh);
    x *= double(fw) / std::max(ww, 1), y *= double(fh) / std::max(wh, 1);
    const bool was_inking = marks_.ink.has_value();
    marks_ = {};
    if (live_rect_.contains(x, y)) {
        const std::pair<double, double> at{(x - live_rect_.x) / live_rect_.width,
                                           (y - live_rect_.y) / live_rect_.height};
        if (down) marks_.laser = at;
        if (right)
            marks_.ink = at,
            marks_.new_stroke = right_pressed || !was_inking; // back from outside: a new stroke
    }
    if (!pressed) return;
    if (timer_rect_.contains(x, y)) timer_click_ = true;
    for (const auto& [rect, slide] : slide_rows_)
        if (rect.contains(x, y)) slide_click_ = slide;
}

void PresenterWindow::draw(const PresenterInfo& info, const PresenterPicture& live,
                           const PresenterPicture& next, GLFWwindow* back, bool keep) {
    glfwMakeContextCurrent(window_);
    poll_click();
    int w = 0, h = 0;
    glfwGetFramebufferSize(window_, &w, &h);
    if (w > 0 && h > 0) {
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        glViewport(0, 0, w, h);
        glEnable(GL_BLEND);
        glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
        const render::Rgba background{0.07f, 0.08f, 0.10f, 1}, panel{0.13f, 0.14f, 0.17f, 1};
        fill_rect(0, 0, w, h, h, background);
        const double aspect = info.aspect;
        const PresenterLayout layout = presenter_layout(w, h, aspect);
        const float u = layout.unit, pad = 24 * u;
        const render::Rgba white{0.95f, 0.96f, 0.98f, 1}, grey{0.62f, 0.66f, 0.72f, 1}, none{0, 0, 0, 0};
        const render::Rgba accent{1.0f, 0.72f, 0.30f, 1};
        auto line = [&](const std::string& s, float x, float y, float size, render::Rgba colour) {
            text_->clear();
            text_->add(*font_, s, x, y, size);
            text_->draw(*font_, w, h, colour, none, 0, size);
        };
        auto right_aligned = [&](const std::string& s, float right, float y, float size,
                                 render::Rgba colour) {
            const float width = font_->measure(s, size);
            line(s, right - width, y, size, colour);
            return right - width;
        };
        // Copies a picture from the audience context into `rect` (a framebuffer made here: those
        // are not shared between contexts), keeping its pixels when asked.
        auto picture = [&](const PresenterPicture& p, const PresenterRect& rect, KeptPicture* kept) {
            fill_rect(rect.x, rect.y, rect.width, rect.height, h, panel);
            if (!p.renderbuffer) return;
            // Drawn in the other context: wait (on the GPU) until it is finished there.
            if (p.ready) glWaitSync(static_cast<GLsync>(p.ready), 0, GL_TIMEOUT_IGNORED);
            GLuint fbo = 0;
            glCreateFramebuffers(1, &fbo);
            glNamedFramebufferRenderbuffer(fbo, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, p.renderbuffer);
            glBlitNamedFramebuffer(fbo, 0, 0, 0, p.width, p.height, rect.x, h - rect.y - rect.height,
                                   rect.x + rect.width, h - rect.y, GL_COLOR_BUFFER_BIT, GL_LINEAR);
            if (kept) {
                glBindFramebuffer(GL_READ_FRAMEBUFFER, fbo);
                *kept = {render::read_rgba_top_down(GL_COLOR_ATTACHMENT0, p.width, p.height), p.width,
                         p.height};
                glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
            }
            glDeleteFramebuffers(1, &fbo);
        };

        // Top strip: where the talk is, the time of day and the talk timer.
        const std::string counter = info.slide >= 0
                                        ? fmt::format("Slide {} of {}", info.slide + 1, info.slides)
                                        : fmt::format("Before the first slide ({} slides)", info.slides);
        line(counter, pad, pad + 30 * u, 28 * u, white);
        const std::string timer = clock_text(info.elapsed_seconds);
        const float timer_x =
            right_aligned(timer, w - pad, pad + 36 * u, 44 * u, info.timer_paused ? grey : accent);
        timer_rect_ = {int(timer_x), int(pad - 8 * u), int(w - pad - timer_x), int(52 * u)};
        const float state_x = right_aligned(info.timer_paused ? "paused" : "talk", timer_x - 12 * u,
                                            pad + 34 * u, 20 * u, info.timer_paused ? accent : grey);
        right_aligned(info.wall_clock, state_x - 36 * u, pad + 34 * u, 34 * u, white);

        // Left: the picture on screen now, then the slide's title, date and notes.
        const PresenterRect& now_rect = layout.live;
        live_rect_ = now_rect;
        line("On screen now", float(now_rect.x), now_rect.y - 12 * u, 20 * u, grey);
        picture(live, now_rect, keep ? &kept_live_ : nullptr);
        float y = now_rect.y + now_rect.height + 44 * u;
        line(info.title.empty() ? "(no slide)" : info.title, pad, y, 34 * u, white);
        y += 34 * u;
        line(info.date + (info.playing ? "  · playing" : ""), pad, y, 24 * u, grey);
        y += 46 * u;
        const float notes_px = 24 * u * info.notes_scale, bottom = h - 86 * u;
        const auto notes = render::wrap_text(*font_, info.notes, notes_px, float(now_rect.width));
        for (size_t i = 0; i < notes.size() && y <= bottom; ++i) {
            // The last line that fits says when more of the notes is cut off.
            const bool cut = i + 1 < notes.size() && y + notes_px * 1.4f > bottom;
            line(cut ? notes[i] + " …" : notes[i], pad, y, notes_px, white);
            y += notes_px * 1.4f;
        }

        // Right: the next slide's picture and the slide list, the current one marked.
        const PresenterRect& next_rect = layout.next;
        const std::string next_caption =
            info.next_title.empty() ? "Next: (end of the slides)" : "Next: " + info.next_title;
        line(next_caption, float(next_rect.x), next_rect.y - 12 * u, 20 * u, grey);
        picture(next, next_rect, keep ? &kept_next_ : nullptr);
        slide_rows_.clear();
        const float row = 30 * u, list_top = next_rect.y + next_rect.height + 24 * u;
        const int rows = std::max(1, int((bottom - list_top) / row));
        const int first =
            std::clamp(info.slide - rows / 2, 0, std::max(0, int(info.slide_titles.size()) - rows));
        for (int i = first; i < int(info.slide_titles.size()) && i < first + rows; ++i) {
            const PresenterRect r{next_rect.x, int(list_top + (i - first) * row), next_rect.width, int(row)};
            if (i == info.slide) fill_rect(r.x, r.y, r.width, r.height - int(2 * u), h, panel);
            if (i == info.slide) fill_rect(r.x, r.y, int(4 * u), r.height - int(2 * u), h, accent);
            line(fmt::format("{:>2}  {}", i + 1, info.slide_titles[size_t(i)]), r.x + 12 * u, r.y + 21 * u,
                 19 * u, i == info.slide ? white : grey);
            slide_rows_.push_back({r, i});
        }

        // Bottom: the briefing's timeline (not the talk's progress), labelled, with the clock on it.
        const int bar_y = int(h - 42 * u), bar_h = std::max(4, int(10 * u)), bar_w = int(w - 2 * pad);
        line("Briefing timeline", pad, bar_y - 10 * u, 18 * u, grey);
        fill_rect(int(pad), bar_y, bar_w, bar_h, h, {0.25f, 0.27f, 0.31f, 1});
        fill_rect(int(pad), bar_y, int(bar_w * std::clamp(info.timeline_fraction, 0.0, 1.0)), bar_h, h,
                  accent);
        line(info.timeline_from, pad, bar_y + bar_h + 22 * u, 18 * u, grey);
        right_aligned(info.timeline_to, w - pad, bar_y + bar_h + 22 * u, 18 * u, grey);
        if (keep) kept_ = {render::read_rgba_top_down(GL_BACK, w, h), w, h};
        glfwSwapBuffers(window_);
    }
    glfwMakeContextCurrent(back);
}

} // namespace app
