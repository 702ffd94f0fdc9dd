// The presenter's view: a second window (on the laptop, while the projector shows the map full
// screen) with the current slide's number, title and speaker notes, the next slide's title, the
// elapsed time, the date and a bar of the briefing's timeline. Its own GL context (sharing the
// window's objects) and its own text batch; the same keys work in it as in the audience window.
#pragma once

#include "base/result.hpp"
#include "render/font_atlas.hpp"
#include "render/text_batch.hpp"

#include <memory>
#include <string>
#include <vector>

struct GLFWwindow;
struct GLFWmonitor;

namespace app {

struct PresenterInfo {
    int slide = -1, slides = 0;   // 0-based current slide, count
    std::string title, notes;     // the current slide's
    std::string next_title;       // empty after the last slide
    std::string date;             // "19 June 2024"
    double timeline_fraction = 0; // where the clock is, 0..1 over the briefing
    double elapsed_seconds = 0;   // since presenting started
    bool playing = false;
};

class PresenterWindow {
  public:
    // Opens the window beside `share` (on `monitor` when given); the key callback is installed so
    // clickers work when it has the focus. `text` lists the characters it may show (for the atlas).
    static base::Result<std::unique_ptr<PresenterWindow>>
    open(GLFWwindow* share, GLFWmonitor* monitor, std::vector<uint8_t> font, const std::string& text,
         void (*key_callback)(GLFWwindow*, int, int, int, int));
    ~PresenterWindow();

    // Draws in its own context and swaps; makes `back` current again afterwards. With `keep`, the
    // frame's pixels are kept for last_frame() (scripted screenshots).
    void draw(const PresenterInfo& info, GLFWwindow* back, bool keep = false);
    bool close_requested() const;
    // RGBA of the last kept frame, top row first.
    const std::vector<uint8_t>& last_frame(int& width, int& height) const {
        width = kept_width_, height = kept_height_;
        return kept_;
    }

  private:
    PresenterWindow() = default;
    GLFWwindow* window_ = nullptr;
    std::unique_ptr<render::FontAtlas> font_;
    std::unique_ptr<render::TextBatch> text_;
    std::vector<uint8_t> kept_;
    int kept_width_ = 0, kept_height_ = 0;
};

// Lines of `text` no wider than `width` pixels at `size_px` (breaking at spaces; a word longer
// than a line gets a line of its own).
std::vector<std::string> wrap_text(const render::FontAtlas& font, const std::string& text, float size_px,
                                   float width);

} // namespace app
