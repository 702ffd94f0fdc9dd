// The window loop: GLFW events -> commands and ImGui panels -> clock, flights, visibility ->
// map draw (the same BriefingLayer as headless renders) -> ImGui draw -> swap.
#include "app/gui.hpp"

#include "app/asset_paths.hpp"
#include "app/briefing_panels.hpp"
#include "app/briefing_source.hpp"
#include "app/briefing_watcher.hpp"
#include "app/keymap.hpp"
#include "app/map_input.hpp"
#include "app/map_panel.hpp"
#include "app/png_file.hpp"
#include "app/preferences.hpp"
#include "app/presentation_window.hpp"
#include "app/presenter_window.hpp"
#include "app/scene_loader.hpp"
#include "app/session.hpp"
#include "app/slides.hpp"
#include "app/volume_chart.hpp"
#include "geo/flow_geometry.hpp"
#include "render/basemap_cache.hpp"
#include "render/basemap_layer.hpp"
#include "render/briefing_layer.hpp"
#include "render/gl_info.hpp"
#include "render/layer_overlay.hpp"
#include "render/offscreen_target.hpp"

#include <glad/gl.h>
// GLFW after glad so it does not pull in the system GL header.
#include <GLFW/glfw3.h>
#include <fmt/format.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

namespace app {
namespace {

struct GlfwSession {
    bool ok = glfwInit() == GLFW_TRUE;
    ~GlfwSession() {
        if (ok) glfwTerminate();
    }
};

struct WindowDeleter {
    void operator()(GLFWwindow* w) const { glfwDestroyWindow(w); }
};
using WindowPtr = std::unique_ptr<GLFWwindow, WindowDeleter>;

// ImGui context and backends, shut down in reverse order.
struct ImGuiSession {
    explicit ImGuiSession(GLFWwindow* window, float ui_scale) {
        IMGUI_CHECKVERSION();
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr; // preferences live in their own file; no imgui.ini in the user's folder
        ImGui::StyleColorsDark();
        ImGuiStyle& style = ImGui::GetStyle();
        style.WindowRounding = 6;
        style.FrameRounding = 4;
        style.ScaleAllSizes(ui_scale);
        const std::string font = (asset_dir() / "fonts" / "Inter-Regular.otf").string();
        if (!io.Fonts->AddFontFromFileTTF(font.c_str(), 18.0f * ui_scale)) io.Fonts->AddFontDefault();
        ImGui_ImplGlfw_InitForOpenGL(window, true);
        ImGui_ImplOpenGL3_Init("#version 450 core");
    }
    ~ImGuiSession() {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
        ImGui::DestroyContext();
    }
};

std::string describe(const geo::BasemapScene& scene, const LoadedScene& loaded) {
    return fmt::format("{} basemap  |  {:.2f} s  |  {}k triangles, {}k line segments",
                       to_string(loaded.scale), loaded.seconds, scene.land_triangles.size() / 3000,
                       (scene.borders.segment_count() + scene.coastlines.segment_count()) / 1000);
}

// Keys pressed since the last frame, collected by a GLFW callback installed before ImGui's
// (ImGui 1.86 chains to it), so every key and modifier works with this ImGui's limited key enum.
struct KeyPress {
    int key, mods;
};
std::vector<KeyPress>& pressed_keys() {
    static std::vector<KeyPress> keys;
    return keys;
}
void on_glfw_key(GLFWwindow*, int key, int, int action, int mods) {
    if (action == GLFW_PRESS || action == GLFW_REPEAT) pressed_keys().push_back({key, mods});
}

// Ctrl+C or a TERM signal closes the window the normal way (preferences saved, GL released).
std::atomic<bool> close_requested{false};
void on_close_signal(int) {
    close_requested = true;
}

// Frame times for --frame-stats: the interval between frames and the CPU time of the UI code.
struct FrameStats {
    std::vector<double> frame_ms, ui_ms;
    void print() const {
        auto summary = [](std::vector<double> v) {
            std::sort(v.begin(), v.end());
            double sum = 0;
            for (double x : v)
                sum += x;
            return fmt::format("mean {:.2f}  p50 {:.2f}  p95 {:.2f}  max {:.2f} ms", sum / v.size(),
                               v[v.size() / 2], v[v.size() * 95 / 100], v.back());
        };
        if (frame_ms.empty()) return;
        double sum = 0;
        for (double x : frame_ms)
            sum += x;
        fmt::print("frames {}  ({:.1f} fps)\n  frame: {}\n  ui:    {}\n", frame_ms.size(),
                   1000.0 * frame_ms.size() / sum, summary(frame_ms), summary(ui_ms));
    }
};

// Everything the window shows about one briefing; rebuilt when a scene for it arrives.
struct BriefingView {
    std::shared_ptr<const geo::Briefing> briefing;
    std::optional<geo::BriefingScene> scene;
    std::unique_ptr<render::BriefingLayer> layer;
    std::unique_ptr<render::LayerOverlay> overlay; // the briefing's extra layers
    std::vector<geo::Bounds> slide_views;
    VolumeChart chart;
};

class Window {
  public:
    Window(GLFWwindow* window, const GuiOptions& options, float content_scale)
        : window_(window), options_(options), view_(options.view), content_scale_(content_scale),
          presentation_(window) {}

    int run();

  private:
    int fail(const std::string& message) const {
        fmt::print(stderr, "supplyline: error: {}\n", message);
        return 2;
    }
    float ui_scale() const { return content_scale_ * session_.ui_scale; }
    bool take_scene(LoadedScene& done, std::string& error);
    void keep_state_across_reload(const geo::Briefing& old_briefing, const geo::Briefing& briefing);
    void poll_reload();
    void draw_reload_errors() const;
    bool apply_start_options(std::string& error);
    void go_to_slide(int index, bool instant);
    void fly_to(const geo::Bounds& target, bool instant);
    void run_command(Command command);
    void update_flight(double now);
    void handle_mouse(double to_fb, int map_height);
    void draw_panels(PanelRequest& request);
    void toggle_presentation();
    void toggle_presenter(GLFWmonitor* monitor);
    void draw_presenter();
    bool save_screenshot(int width, int height, std::string& error) const;
    void save_preferences_on_exit() const;

    GLFWwindow* window_;
    GuiOptions options_;
    ViewOptions view_;
    float content_scale_;
    PresentationWindow presentation_;
    std::unique_ptr<PresenterWindow> presenter_;
    double presenting_since_ = 0;
    Session session_;
    MapPanelState panel_;
    std::unique_ptr<render::MapPrograms> programs_;
    std::unique_ptr<SceneLoader> loader_;
    std::unique_ptr<BriefingWatcher> watcher_;   // hot reload of the briefing and its layers
    std::vector<geo::Diagnostic> reload_errors_; // the last reload's problems; the old picture stays
    std::unique_ptr<render::BasemapLayer> basemap_;
    render::BasemapCache basemap_cache_; // the basemap while the camera stands still
    int window_samples_ = 0;
    BriefingView shown_;
    std::vector<uint8_t> label_font_;
    geo::Bounds world_{}, home_{};
    std::string shown_projection_;
    render::Camera camera_;
    MapInput input_;
    double press_x_ = 0, press_y_ = 0;
    bool started_ = false; // start options (--time, --slide, --present) applied
    std::string search_query_;
    ExportPanelState export_;
    float timeline_height_ = 0; // ImGui units, last frame
};

bool Window::take_scene(LoadedScene& done, std::string& error) {
    if (!done.scene.ok()) {
        panel_.error = done.scene.error().text();
        return true;
    }
    const geo::BasemapScene& scene = done.scene.value();
    const bool new_projection = scene.projection != shown_projection_;
    basemap_ = std::make_unique<render::BasemapLayer>(scene);
    basemap_cache_.invalidate();
    world_ = scene.bounds;
    home_ = scene.home;
    if (done.briefing && done.briefing_source) {
        auto layer = render::BriefingLayer::create(*done.briefing_source, *done.briefing, label_font_, error);
        if (!layer) return false;
        if (done.briefing->has_home) home_ = done.briefing->home;
        const bool same_briefing = shown_.briefing == done.briefing_source;
        if (!same_briefing && shown_.briefing)
            keep_state_across_reload(*shown_.briefing, *done.briefing_source);
        else if (!same_briefing)
            session_.visibility = geo::Visibility::all(*done.briefing_source);
        shown_.overlay.reset();
        if (done.layers) {
            std::vector<render::LayerStyle> styles;
            for (const geo::Layer& l : done.briefing_source->layers)
                styles.push_back(render::layer_style(l.color, l.width));
            shown_.overlay = render::LayerOverlay::create(*done.layers, std::move(styles), error);
            if (!shown_.overlay) return false;
        }
        shown_.briefing = done.briefing_source;
        shown_.scene = std::move(done.briefing);
        shown_.slide_views = done.slide_views;
        shown_.layer = std::move(layer);
        session_.visibility_changed = true;
        if (session_.slide >= 0 && size_t(session_.slide) < shown_.briefing->slides.size()) {
            apply_slide(shown_.briefing->slides[size_t(session_.slide)], *shown_.layer);
            shown_.layer->set_visibility(session_.visibility);
        }
    }
    shown_projection_ = scene.projection;
    panel_.status = describe(scene, done);
    panel_.error.clear();
    if (new_projection) {
        camera_.fit(view_.world ? world_ : home_);
        if (session_.slide >= 0 && size_t(session_.slide) < shown_.slide_views.size())
            camera_.fit(shown_.slide_views[size_t(session_.slide)], 0.0);
    }
    return true;
}

// A reloaded briefing keeps the view, the date (within its new dates), the slide and the switches
// of what is on; lists that changed length (actors, layers) start all on.
void Window::keep_state_across_reload(const geo::Briefing& old_briefing, const geo::Briefing& briefing) {
    geo::Visibility v = geo::Visibility::all(briefing);
    const geo::Visibility& was = session_.visibility;
    v.categories = was.categories;
    v.modes = was.modes;
    v.confidences = was.confidences;
    if (old_briefing.actors.size() == briefing.actors.size()) v.actors = was.actors;
    if (old_briefing.layers.size() == briefing.layers.size()) v.layers = was.layers;
    v.theaters = was.theaters, v.places = was.places, v.labels = was.labels, v.events = was.events;
    v.legend = was.legend;
    session_.visibility = v;
    Playback& clock = session_.clock;
    clock.start = briefing.info.start;
    clock.end = briefing.info.end;
    clock.t = std::clamp(clock.t, clock.start, clock.end);
    if (session_.slide >= int(briefing.slides.size())) session_.slide = int(briefing.slides.size()) - 1;
    session_.selected = {}; // indices may mean other objects now
}

void Window::poll_reload() {
    if (!watcher_) return;
    auto update = watcher_->take_update();
    if (!update) return;
    if (!update->good) {
        reload_errors_ = update->errors;
        return;
    }
    reload_errors_.clear();
    const std::shared_ptr<const LoadedBriefing>& loaded = update->good;
    if (shown_.briefing && loaded->briefing.path == shown_.briefing->path && update->generation == 1)
        return; // the watcher's first load: the same file the window started with
    loader_->set_briefing(std::shared_ptr<const geo::Briefing>(loaded, &loaded->briefing),
                          std::shared_ptr<const std::vector<geo::LayerFeatures>>(loaded, &loaded->layers));
    loader_->request(view_.basemap, view_.projection);
}

void Window::draw_reload_errors() const {
    if (reload_errors_.empty()) return;
    const float s = ui_scale();
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(display.x / 2, 12 * s), ImGuiCond_Always, ImVec2(0.5f, 0));
    ImGui::SetNextWindowSizeConstraints(ImVec2(300 * s, 0), ImVec2(display.x * 0.8f, display.y * 0.4f));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0.35f, 0.05f, 0.05f, 0.95f));
    ImGui::Begin("Reload failed: showing the last good version", nullptr,
                 ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoFocusOnAppearing);
    for (size_t i = 0; i < reload_errors_.size() && i < 8; ++i)
        ImGui::TextUnformatted(reload_errors_[i].text().c_str());
    if (reload_errors_.size() > 8) ImGui::Text("... and %zu more", reload_errors_.size() - 8);
    ImGui::TextDisabled("Fix the file and save: it reloads by itself.");
    ImGui::End();
    ImGui::PopStyleColor();
}

bool Window::apply_start_options(std::string& error) {
    started_ = true;
    if (!shown_.briefing) {
        if (!options_.time.empty() || !options_.slide.empty()) {
            error = "--time and --slide need a briefing";
            return false;
        }
        return true;
    }
    const geo::Briefing& b = *shown_.briefing;
    if (!options_.slide.empty()) {
        auto slide = find_slide(options_.slide, b);
        if (!slide) {
            error = slide.error().text();
            return false;
        }
        go_to_slide(int(*slide - b.slides.data()), true);
        session_.clock.playing = false; // a scripted still shows the slide's first day
    }
    if (!options_.time.empty()) {
        auto day = briefing_day(options_.time, b);
        if (!day) {
            error = day.error().text();
            return false;
        }
        set_time(session_.clock, *day);
    }
    if (options_.present) toggle_presentation();
    if (options_.presenter && !presenter_) toggle_presenter(nullptr);
    return true;
}

void Window::fly_to(const geo::Bounds& target, bool instant) {
    const geo::Bounds from = camera_.visible();
    const double seconds = instant ? 0.0 : flight_seconds(from, target);
    if (seconds <= 0) {
        camera_.fit(target, 0.0);
        session_.flight.active = false;
        return;
    }
    session_.flight = {from, target, glfwGetTime(), seconds, true};
}

void Window::update_flight(double now) {
    Flight& f = session_.flight;
    if (!f.active) return;
    const double u = (now - f.start) / f.seconds;
    camera_.fit(fly_between(f.from, f.to, u), 0.0);
    if (u >= 1) f.active = false;
}

void Window::go_to_slide(int index, bool instant) {
    if (!shown_.briefing || shown_.briefing->slides.empty()) return;
    const geo::Briefing& b = *shown_.briefing;
    index = std::clamp(index, 0, int(b.slides.size()) - 1);
    const geo::Slide& slide = b.slides[size_t(index)];
    session_.slide = index;
    if (shown_.layer) {
        apply_slide(slide, *shown_.layer);
        session_.visibility = shown_.layer->visibility();
        session_.visibility_changed = true;
    }
    Playback& clock = session_.clock;
    set_time(clock, slide.from);
    clock.playing = false;
    if (slide.to > slide.from) { // play through the slide's window in about eight seconds
        clock.stop_at = slide.to;
        clock.speed = std::max(1.0, (slide.to - slide.from) / 8.0);
        clock.mode = TimeMode::Active;
        clock.playing = true;
    }
    if (size_t(index) < shown_.slide_views.size()) fly_to(shown_.slide_views[size_t(index)], instant);
}

void Window::toggle_presentation() {
    if (presentation_.active()) {
        presentation_.leave();
        session_.presenting = false;
        presenter_.reset();
        return;
    }
    presentation_.enter(session_.monitor);
    session_.presenting = presentation_.active();
    presenting_since_ = glfwGetTime();
    // With a second monitor, the speaker's notes open there.
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    if (session_.presenting && count >= 2 && !presenter_)
        toggle_presenter(monitors[session_.monitor == 0 ? 1 : 0]);
}

void Window::toggle_presenter(GLFWmonitor* monitor) {
    if (presenter_) {
        presenter_.reset();
        return;
    }
    std::string text, error;
    if (shown_.briefing)
        for (const geo::Slide& slide : shown_.briefing->slides)
            text += slide.title + slide.notes;
    text += "JanuaryFebruaryMarchAprilMayJuneJulyAugustSeptemberOctoberNovemberDecember(nobefore)";
    presenter_ = PresenterWindow::open(window_, monitor, label_font_, text, on_glfw_key, error);
    if (!presenter_) fmt::print(stderr, "supplyline: warning: {}\n", error);
    if (presenting_since_ == 0) presenting_since_ = glfwGetTime();
}

void Window::draw_presenter() {
    if (!presenter_) return;
    if (presenter_->close_requested()) {
        presenter_.reset();
        return;
    }
    PresenterInfo info;
    const Playback& clock = session_.clock;
    info.date = render::long_date(geo::Day(std::floor(clock.t)));
    info.playing = clock.playing;
    info.timeline_fraction =
        clock.end > clock.start ? (clock.t - clock.start) / (clock.end - clock.start) : 0;
    info.elapsed_seconds = glfwGetTime() - presenting_since_;
    if (shown_.briefing) {
        const auto& slides = shown_.briefing->slides;
        info.slides = int(slides.size());
        info.slide = session_.slide;
        if (session_.slide >= 0 && size_t(session_.slide) < slides.size()) {
            info.title = slides[size_t(session_.slide)].title;
            info.notes = slides[size_t(session_.slide)].notes;
        }
        if (size_t(session_.slide + 1) < slides.size())
            info.next_title = slides[size_t(session_.slide + 1)].title;
    }
    presenter_->draw(info, window_, !options_.screenshot.empty());
}

void Window::run_command(Command command) {
    Playback& clock = session_.clock;
    const geo::Briefing* b = shown_.briefing.get();
    switch (command) {
    case Command::PlayPause:
        toggle_play(clock);
        break;
    case Command::NextSlide:
        go_to_slide(session_.slide + 1, false);
        break;
    case Command::PreviousSlide:
        go_to_slide(std::max(session_.slide - 1, 0), false);
        break;
    case Command::DayForward:
        step_days(clock, 1);
        break;
    case Command::DayBack:
        step_days(clock, -1);
        break;
    case Command::WeekForward:
        step_days(clock, 7);
        break;
    case Command::WeekBack:
        step_days(clock, -7);
        break;
    case Command::NextEvent:
        if (b) jump_to_event(clock, *b, +1);
        break;
    case Command::PreviousEvent:
        if (b) jump_to_event(clock, *b, -1);
        break;
    case Command::ZoomIn:
        on_key(camera_, MapKey::ZoomIn);
        break;
    case Command::ZoomOut:
        on_key(camera_, MapKey::ZoomOut);
        break;
    case Command::PanLeft:
        on_key(camera_, MapKey::Left);
        break;
    case Command::PanRight:
        on_key(camera_, MapKey::Right);
        break;
    case Command::PanUp:
        on_key(camera_, MapKey::Up);
        break;
    case Command::PanDown:
        on_key(camera_, MapKey::Down);
        break;
    case Command::Home:
        fly_to(home_, false);
        break;
    case Command::ToggleTheme:
        view_.theme = view_.theme == "dark" ? "light" : "dark";
        break;
    case Command::ToggleLegend:
        session_.visibility.legend = !session_.visibility.legend;
        session_.visibility_changed = true;
        break;
    case Command::TogglePresentation:
        toggle_presentation();
        break;
    case Command::LeavePresentation:
        if (session_.help || session_.search)
            session_.help = session_.search = false;
        else if (session_.blackout)
            session_.blackout = false;
        else if (session_.presenting)
            toggle_presentation();
        break;
    case Command::Blackout:
        session_.blackout = !session_.blackout;
        break;
    case Command::Search:
        session_.search = true;
        break;
    case Command::Help:
        session_.help = !session_.help;
        break;
    default:
        if (command >= Command::ToggleGroup1 && command <= Command::ToggleGroup9) {
            geo::toggle_group(session_.visibility, int(command) - int(Command::ToggleGroup1) + 1);
            session_.visibility_changed = true;
        }
        break;
    }
}

void Window::handle_mouse(double to_fb, int map_height) {
    const ImGuiIO& io = ImGui::GetIO();
    const double mx = io.MousePos.x * to_fb, my = io.MousePos.y * to_fb;
    const bool over_map = !io.WantCaptureMouse && my < map_height;
    if (over_map || input_.dragging) {
        if (io.MouseClicked[0]) press_x_ = mx, press_y_ = my;
        on_drag(input_, camera_, io.MouseDown[0], mx, my);
        if (io.MouseDown[0] && std::hypot(mx - press_x_, my - press_y_) > 4) session_.flight.active = false;
    }
    if (over_map && io.MouseWheel != 0) {
        on_wheel(camera_, mx, my, io.MouseWheel);
        session_.flight.active = false;
    }
    // A click (press and release without moving) inspects what is under the cursor.
    if (over_map && io.MouseReleased[0] && std::hypot(mx - press_x_, my - press_y_) <= 4 && shown_.scene &&
        shown_.layer) {
        // Only what was drawn can be picked: the layer's flow states of the last frame.
        session_.selected = pick(*shown_.briefing, *shown_.scene, session_.visibility,
                                 shown_.layer->flow_states(), camera_, mx, my, 10.0 * ui_scale());
    }
}

void Window::draw_panels(PanelRequest& request) {
    const float s = ui_scale();
    if (!session_.presenting) {
        panel_.ui_scale = session_.ui_scale;
        panel_.monitor = session_.monitor;
        const MapPanelActions actions = draw_map_panel(panel_, view_, s);
        session_.ui_scale = panel_.ui_scale;
        session_.monitor = panel_.monitor;
        if (actions.apply_projection || actions.rebuild) loader_->request(view_.basemap, view_.projection);
        if (actions.home) fly_to(home_, false);
        if (shown_.briefing) {
            const geo::Briefing& b = *shown_.briefing;
            timeline_height_ = draw_timeline(session_, b, shown_.chart, s, request);
            draw_layers_panel(session_, b, s, timeline_height_);
            draw_slides_panel(session_, b, s, timeline_height_, request);
            draw_inspector(session_, b, s, timeline_height_, request);
            if (!view_.briefing.empty()) draw_export_panel(export_, session_, b, view_, s);
        }
    } else {
        timeline_height_ = 0;
    }
    if (shown_.briefing) draw_search(session_, *shown_.briefing, search_query_, s, request);
    draw_help(session_, s);
    draw_reload_errors();
}

bool Window::save_screenshot(int width, int height, std::string& error) const {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
    const std::vector<uint8_t> pixels = render::read_rgba_top_down(GL_BACK, width, height);
    if (geo::Error e = write_png_atomic(options_.screenshot, width, height, pixels); !e.message.empty()) {
        error = e.message;
        return false;
    }
    fmt::print("wrote {} ({}x{})\n", options_.screenshot.string(), width, height);
    return true;
}

int Window::run() {
    std::string error;
    programs_ = render::MapPrograms::create(error);
    if (!programs_) return fail(error);
    glGetIntegerv(GL_SAMPLES, &window_samples_);
    auto briefing = load_briefing_for(view_);
    if (!briefing) return fail(briefing.error().text());
    const ResolvedView resolved = resolve_view(view_, briefing->get());
    view_.projection = resolved.projection;
    view_.basemap = resolved.basemap;
    if (*briefing) {
        glfwSetWindowTitle(window_, fmt::format("Supplyline — {}", (*briefing)->info.title).c_str());
        session_.clock = Playback::for_briefing(**briefing, geo::busiest_day(**briefing));
    }
    label_font_ = read_label_font();
    session_.ui_scale = options_.ui_scale;
    session_.monitor = options_.monitor;
    panel_.projection_input = view_.projection;
    panel_.monitors = monitor_names();
    std::shared_ptr<const std::vector<geo::LayerFeatures>> layers;
    if (*briefing && !(*briefing)->layers.empty()) {
        auto loaded = load_layers_for(**briefing);
        if (!loaded) return fail(loaded.error().text());
        layers = std::make_shared<const std::vector<geo::LayerFeatures>>(std::move(*loaded));
    }
    loader_ = std::make_unique<SceneLoader>(*briefing, layers);
    loader_->request(view_.basemap, view_.projection);
    if (*briefing && options_.frame_stats == 0) {
        WatchOptions watch;
        watch.countries = basemap_country_catalog();
        watcher_ = std::make_unique<BriefingWatcher>(view_.briefing, watch);
    }

    int frames_since_ready = 0;
    double ready_at = -1;
    FrameStats stats;
    double last_time = glfwGetTime();
    std::signal(SIGINT, on_close_signal);
    std::signal(SIGTERM, on_close_signal);
    while (!glfwWindowShouldClose(window_) && !close_requested) {
        if (basemap_)
            glfwPollEvents();
        else
            glfwWaitEventsTimeout(0.05);
        const double now = glfwGetTime(), dt = std::min(now - last_time, 0.25);
        last_time = now;

        int fb_w = 0, fb_h = 0, win_w = 0, win_h = 0;
        glfwGetFramebufferSize(window_, &fb_w, &fb_h);
        glfwGetWindowSize(window_, &win_w, &win_h);
        if (fb_w == 0 || fb_h == 0) continue; // minimised
        const double to_fb = win_w > 0 ? double(fb_w) / win_w : 1.0;
        const int timeline_px = session_.presenting ? 0 : int(timeline_height_ * to_fb);
        // A resized map area (window resized, full screen, timeline shown or hidden) keeps showing
        // the same region, so a slide framed in the window stays framed on the projector.
        const geo::Bounds shown_before = camera_.visible();
        const bool resized =
            camera_.viewport_width != fb_w || camera_.viewport_height != std::max(fb_h - timeline_px, 1);
        camera_.viewport_width = fb_w;
        camera_.viewport_height = std::max(fb_h - timeline_px, 1);
        if (resized && basemap_) {
            camera_.fit(shown_before, 0.0);
            if (session_.flight.active) session_.flight.from = camera_.visible();
        }

        if (auto done = loader_->poll()) {
            if (!take_scene(*done, error)) return fail(error);
            if (!started_ && shown_.layer && !apply_start_options(error)) return fail(error);
            if (!started_ && !*briefing) started_ = true;
        }
        panel_.building = loader_->busy();
        poll_reload();

        std::vector<KeyPress> keys;
        keys.swap(pressed_keys());
        const auto ui_start = std::chrono::steady_clock::now();
        ImGui::GetIO().FontGlobalScale = session_.ui_scale;
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        if (!ImGui::GetIO().WantTextInput)
            for (const KeyPress& k : keys)
                if (auto command = command_for_key(k.key, k.mods)) run_command(*command);
        handle_mouse(to_fb, camera_.viewport_height);
        PanelRequest request;
        draw_panels(request);
        ImGui::Render();
        const double ui_ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - ui_start).count();
        if (request.go_to_slide >= 0) go_to_slide(request.go_to_slide, false);
        if (request.toggle_presentation) toggle_presentation();
        if (request.fly_to && shown_.scene)
            if (auto target = selection_bounds(*shown_.briefing, *shown_.scene, request.fly_to))
                fly_to(*target, false);
        presentation_.update_cursor(now, ImGui::GetIO().MousePos.x, ImGui::GetIO().MousePos.y);

        if (shown_.briefing) advance(session_.clock, *shown_.briefing, dt);
        update_flight(now);
        if (basemap_ && !session_.flight.active) camera_.clamp_to(world_);
        if (session_.visibility_changed && shown_.layer) {
            shown_.layer->set_visibility(session_.visibility);
            shown_.chart = build_volume_chart(*shown_.briefing, session_.visibility);
            session_.visibility_changed = false;
        }

        const render::Theme& theme = *render::find_theme(view_.theme);
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        if (session_.blackout) {
            glViewport(0, 0, fb_w, fb_h);
            glClearColor(0, 0, 0, 1);
            glClear(GL_COLOR_BUFFER_BIT);
        } else {
            render::begin_map_pass(camera_, theme);
            glViewport(0, timeline_px, camera_.viewport_width, camera_.viewport_height);
            const float pixel_scale = ui_scale() *
                                      pixel_scale_for({camera_.viewport_width, camera_.viewport_height}) /
                                      content_scale_;
            if (basemap_)
                basemap_cache_.draw(*basemap_, *programs_, camera_, theme, pixel_scale, window_samples_, 0, 0,
                                    timeline_px);
            if (shown_.overlay)
                shown_.overlay->draw(*programs_, camera_, theme, pixel_scale, session_.clock.t,
                                     session_.visibility.layers);
            if (shown_.layer) {
                shown_.layer->set_shown_from(session_.clock.shown_from());
                shown_.layer->draw(*programs_, camera_, theme, pixel_scale, session_.clock.t, now,
                                   basemap_.get());
            }
            glViewport(0, 0, fb_w, fb_h);
            ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        }

        draw_presenter();
        const bool ready = basemap_ && started_ && (!*briefing || shown_.layer);
        if (ready && ready_at < 0) {
            ready_at = now;
            if (!options_.screenshot.empty()) { // scripts wait for this before changing files
                fmt::print("map ready\n");
                std::fflush(stdout);
            }
        }
        if (ready && !options_.screenshot.empty() && ++frames_since_ready >= 3 && !session_.flight.active &&
            now - ready_at >= options_.screenshot_delay) {
            if (!save_screenshot(fb_w, fb_h, error)) return fail(error);
            if (presenter_) {
                int w = 0, h = 0;
                const std::vector<uint8_t>& pixels = presenter_->last_frame(w, h);
                std::filesystem::path path = options_.screenshot;
                path.replace_filename(path.stem().string() + "-presenter" + path.extension().string());
                if (geo::Error e = write_png_atomic(path, w, h, pixels); !e.message.empty())
                    return fail(e.message);
                fmt::print("wrote {} ({}x{})\n", path.string(), w, h);
            }
            return 0;
        }
        glfwSwapBuffers(window_);
        if (ready && options_.frame_stats > 0) {
            if (stats.frame_ms.empty() && !session_.clock.playing) {
                session_.clock.speed = 30; // scrub-like playback: the picture changes every frame
                session_.clock.loop = true;
                session_.clock.playing = true;
            }
            stats.frame_ms.push_back((glfwGetTime() - now) * 1000.0);
            stats.ui_ms.push_back(ui_ms);
            if (int(stats.frame_ms.size()) >= options_.frame_stats) { // (scripted: preferences untouched)
                stats.frame_ms.erase(stats.frame_ms.begin());         // the first frame compiles shaders
                stats.ui_ms.erase(stats.ui_ms.begin());
                stats.print();
                return 0;
            }
        }
    }
    save_preferences_on_exit();
    return 0;
}

void Window::save_preferences_on_exit() const {
    if (options_.preferences.empty()) return;
    Preferences p;
    p.theme = view_.theme;
    p.ui_scale = session_.ui_scale;
    p.monitor = session_.monitor;
    std::error_code ec;
    if (!view_.briefing.empty()) p.last_briefing = std::filesystem::absolute(view_.briefing, ec).string();
    if (geo::Error e = save_preferences(options_.preferences, p); !e.message.empty())
        fmt::print(stderr, "supplyline: warning: preferences not saved: {}\n", e.message);
}

} // namespace

namespace {

// A window with a current GL 4.5 core context and its functions loaded; null on failure.
WindowPtr open_window(const GuiOptions& options, int samples) {
    glfwDefaultWindowHints();
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 4);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 5);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_SAMPLES, samples);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    WindowPtr window(glfwCreateWindow(options.window_size.width, options.window_size.height, "Supplyline",
                                      nullptr, nullptr));
    if (!window) return nullptr;
    glfwMakeContextCurrent(window.get());
    if (!gladLoadGL(reinterpret_cast<GLADloadfunc>(glfwGetProcAddress))) return nullptr;
    return window;
}

} // namespace

bool has_display() {
    for (const char* var : {"DISPLAY", "WAYLAND_DISPLAY"}) {
        const char* v = std::getenv(var);
        if (v && *v) return true;
    }
    return false;
}

int run_gui(const GuiOptions& options) {
    GlfwSession glfw;
    if (!glfw.ok) {
        fmt::print(
            stderr,
            "supplyline: error: cannot start GLFW (no display?); use `supplyline render -o map.png`\n");
        return 2;
    }
    // 4x MSAA smooths country edges on a GPU; on a software rasterizer (llvmpipe) it costs about
    // four times the frame, so there the window goes without (lines are antialiased in the shader).
    WindowPtr window = open_window(options, 4);
    if (window && render::software_renderer()) window = open_window(options, 0);
    if (!window) {
        fmt::print(stderr, "supplyline: error: cannot open an OpenGL 4.5 core window with its functions "
                           "(driver too old?)\n");
        return 2;
    }
    glfwSwapInterval(options.frame_stats > 0 ? 0 : 1); // measure what the frame costs, not the vsync
    float content_scale = 1, unused = 1;
    glfwGetWindowContentScale(window.get(), &content_scale, &unused);
    content_scale = std::max(1.0f, content_scale);
    glfwSetKeyCallback(window.get(), on_glfw_key);
    ImGuiSession imgui(window.get(), content_scale);
    Window w(window.get(), options, content_scale);
    return w.run();
}

} // namespace app
