// The presenter window: text and a few flat rectangles (scissored clears), nothing else.
#include "app/window/presenter_window.hpp"

#include "render/offscreen_target.hpp"

#include <glad/gl.h>
// GLFW after glad so it does not pull in the system GL header.
#include <GLFW/glfw3.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <sstream>

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

} // namespace

std::vector<std::string> wrap_text(const render::FontAtlas& font, const std::string& text, float size_px,
                                   float width) {
    std::vector<std::string> lines;
    std::istringstream paragraphs(text);
    std::string paragraph;
    while (std::getline(paragraphs, paragraph)) {
        std::istringstream words(paragraph);
        std::string word, line;
        while (words >> word) {
            const std::string candidate = line.empty() ? word : line + " " + word;
            if (!line.empty() && font.measure(candidate, size_px) > width) {
                lines.push_back(line);
                line = word;
            } else {
                line = candidate;
            }
        }
        if (!line.empty()) lines.push_back(line);
    }
    return lines;
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
    auto atlas = render::FontAtlas::create(std::move(font), text + "0123456789:/ -–NextSlideofplaypaused·");
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

void PresenterWindow::draw(const PresenterInfo& info, GLFWwindow* back, bool keep) {
    glfwMakeContextCurrent(window_);
    int w = 0, h = 0;
    glfwGetFramebufferSize(window_, &w, &h);
    if (w > 0 && h > 0) {
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        glViewport(0, 0, w, h);
        glEnable(GL_BLEND);
        glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
        fill_rect(0, 0, w, h, h, {0.07f, 0.08f, 0.10f, 1});
        const float u = h / 800.0f; // layout unit: sizes are for an 800-pixel-high window
        const render::Rgba white{0.95f, 0.96f, 0.98f, 1}, grey{0.62f, 0.66f, 0.72f, 1}, none{0, 0, 0, 0};
        const render::Rgba accent{1.0f, 0.72f, 0.30f, 1};
        auto line = [&](const std::string& s, float x, float y, float size, render::Rgba colour) {
            text_->clear();
            text_->add(*font_, s, x, y, size);
            text_->draw(*font_, w, h, colour, none, 0, size);
        };
        const float pad = 32 * u;
        const std::string counter = info.slide >= 0
                                        ? fmt::format("Slide {} of {}", info.slide + 1, info.slides)
                                        : "Before the first slide";
        line(counter, pad, pad + 24 * u, 24 * u, grey);
        const std::string elapsed = clock_text(info.elapsed_seconds);
        line(elapsed, w - pad - font_->measure(elapsed, 44 * u), pad + 40 * u, 44 * u, accent);
        line(info.title.empty() ? "(no slide)" : info.title, pad, pad + 80 * u, 40 * u, white);
        line(info.date + (info.playing ? "  · playing" : ""), pad, pad + 122 * u, 26 * u, grey);

        // Speaker notes, wrapped, as many lines as fit above the bottom strip.
        float y = pad + 180 * u;
        const float notes_px = 26 * u, bottom = h - 150 * u;
        for (const std::string& l : wrap_text(*font_, info.notes, notes_px, w - 2 * pad)) {
            if (y > bottom) break;
            line(l, pad, y, notes_px, white);
            y += notes_px * 1.4f;
        }
        // Next slide, and the timeline bar with the clock's position.
        line(info.next_title.empty() ? "Next: (end of the slides)" : "Next: " + info.next_title, pad,
             h - 96 * u, 26 * u, grey);
        const int bar_y = int(h - 50 * u), bar_h = std::max(4, int(10 * u)), bar_w = int(w - 2 * pad);
        fill_rect(int(pad), bar_y, bar_w, bar_h, h, {0.25f, 0.27f, 0.31f, 1});
        fill_rect(int(pad), bar_y, int(bar_w * std::clamp(info.timeline_fraction, 0.0, 1.0)), bar_h, h,
                  accent);
        if (keep) {
            kept_ = render::read_rgba_top_down(GL_BACK, w, h);
            kept_width_ = w, kept_height_ = h;
        }
        glfwSwapBuffers(window_);
    }
    glfwMakeContextCurrent(back);
}

} // namespace app
