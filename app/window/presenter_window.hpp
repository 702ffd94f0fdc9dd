// The presenter's view: a second window (on the laptop, while the projector shows the map full
// screen) laid out as PowerPoint's and Keynote's are: the picture on screen now and the next
// slide's, both drawn by the map renderer (presenter_thumbnails.hpp); the slide number, title,
// date and speaker notes (Ctrl+= / Ctrl+- size them); a wall clock and the talk timer (click it
// or Ctrl+P to pause, Ctrl+R to reset); the slide list (click a slide to go to it); and the
// briefing's timeline, labelled with its first and last dates. Its own GL context (sharing the
// window's objects: the pictures come as shared renderbuffers) and its own text batch; the same
// keys work in it as in the audience window.
#pragma once

#include "app/session/presenter_marks.hpp"
#include "base/result.hpp"
#include "render/font_atlas.hpp"
#include "render/text_batch.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

struct GLFWwindow;
struct GLFWmonitor;

namespace app {

struct PresenterInfo {
    int slide = -1, slides = 0; // 0-based current slide, count
    std::string title, notes;   // the current slide's
    std::string next_title;     // empty after the last slide
    std::vector<std::string> slide_titles;
    std::string date;                       // "19 June 2024"
    std::string timeline_from, timeline_to; // the briefing's first and last dates
    double timeline_fraction = 0;           // where the clock is, 0..1 over the briefing
    double elapsed_seconds = 0;             // the talk timer
    bool timer_paused = false;
    std::string wall_clock; // "14:05", local time
    float notes_scale = 1.0f;
    bool playing = false;
    double aspect = 16.0 / 9.0; // the audience picture\'s width / height (the layout\'s, even when black)
};

// A picture the presenter shows: a single-sampled renderbuffer of the audience window's context.
struct PresenterPicture {
    unsigned renderbuffer = 0; // 0: none
    int width = 0, height = 0;
    void* ready = nullptr; // a GLsync the audience context signals once the picture is drawn
};

struct PresenterRect {
    int x = 0, y = 0, width = 0, height = 0; // framebuffer pixels, top-left origin
    bool contains(double px, double py) const {
        return px >= x && px < x + width && py >= y && py < y + height;
    }
};

// Where the two pictures go in a `width`x`height` presenter framebuffer, each with the audience
// picture's aspect (`aspect` = width / height), so they are drawn at exactly that size.
struct PresenterLayout {
    PresenterRect live, next;
    float unit = 1; // layout unit: sizes are for an 800-pixel-high window
};
PresenterLayout presenter_layout(int width, int height, double aspect);

class PresenterWindow {
  public:
    // Opens the window beside `share` (on `monitor` when given); the key callback is installed so
    // clickers work when it has the focus. `text` lists the characters it may show (for the atlas).
    static base::Result<std::unique_ptr<PresenterWindow>>
    open(GLFWwindow* share, GLFWmonitor* monitor, std::vector<uint8_t> font, const std::string& text,
         void (*key_callback)(GLFWwindow*, int, int, int, int));
    ~PresenterWindow();

    // Its framebuffer size now (the pictures are drawn for it before draw()).
    void framebuffer_size(int& width, int& height) const;
    // Draws in its own context and swaps; makes `back` current again afterwards. With `keep`, the
    // frame's pixels and the next slide's picture are kept (scripted screenshots).
    void draw(const PresenterInfo& info, const PresenterPicture& live, const PresenterPicture& next,
              GLFWwindow* back, bool keep = false);
    bool close_requested() const;
    // A click since the last call: on a slide of the list (its index), or on the talk timer.
    std::optional<int> take_slide_click();
    bool take_timer_click();
    // The mouse on the picture on screen now, as fractions of it (0..1 from the top left): held
    // down, the laser pointer; right button held, ink (`new_stroke` on the press).
    const PresenterMarks& marks() const { return marks_; }
    // The last kept frame, and the two pictures it showed (RGBA, top row first; empty when none).
    struct KeptPicture {
        std::vector<uint8_t> rgba;
        int width = 0, height = 0;
    };
    const KeptPicture& last_frame() const { return kept_; }
    const KeptPicture& last_live_picture() const { return kept_live_; }
    const KeptPicture& last_next_picture() const { return kept_next_; }

  private:
    PresenterWindow() = default;
    void poll_click();
    GLFWwindow* window_ = nullptr;
    std::unique_ptr<render::FontAtlas> font_;
    std::unique_ptr<render::TextBatch> text_;
    KeptPicture kept_, kept_live_, kept_next_;
    // Hit areas of the last frame drawn, and the clicks on them.
    std::vector<std::pair<PresenterRect, int>> slide_rows_;
    PresenterRect timer_rect_, live_rect_;
    bool mouse_was_down_ = false, right_was_down_ = false;
    PresenterMarks marks_;
    std::optional<int> slide_click_;
    bool timer_click_ = false;
};

} // namespace app
