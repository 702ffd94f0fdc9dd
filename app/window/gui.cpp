// The window's frame loop, shaped like Dear ImGui's example loop: poll events -> scene and reload
// updates -> clock -> keys to commands (apply_command) -> panels -> flight -> one render::Frame
// from the session, drawn by the same MapRenderer as `render` and `export` -> ImGui -> swap.
// The windows around the map (full screen, presenter) follow the session's state.
#include "app/window/gui.hpp"

#include "app/map/asset_paths.hpp"
#include "app/map/briefing_source.hpp"
#include "app/map/ink_layer.hpp"
#include "app/map/scene_loader.hpp"
#include "app/panels/briefing_panels.hpp"
#include "app/panels/map_panel.hpp"
#include "app/session/briefing_watcher.hpp"
#include "app/session/commands.hpp"
#include "app/session/map_input.hpp"
#include "app/session/preferences.hpp"
#include "app/session/reload.hpp"
#include "app/session/search.hpp"
#include "app/session/session.hpp"
#include "app/session/ui_scale.hpp"
#include "app/session/volume_chart.hpp"
#include "app/window/frame_stats.hpp"
#include "app/window/glfw_platform.hpp"
#include "app/window/presentation_window.hpp"
#include "app/window/presenter_thumbnails.hpp"
#include "app/window/presenter_view.hpp"
#include "app/window/presenter_window.hpp"
#include "app/window/scripted_run.hpp"
#include "geo/flow_geometry.hpp"
#include "geo/slides.hpp"
#include "render/gl_info.hpp"
#include "render/map_renderer.hpp"

#include <glad/gl.h>
// GLFW after glad so it does not pull in the system GL header.
#include <GLFW/glfw3.h>
#include <fmt/format.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <future>
#include <iterator>
#include <memory>
#include <vector>

namespace app {
namespace {

std::string describe(const geo::BasemapScene& scene, const LoadedScene& loaded) {
    return fmt::format("{} basemap  |  {:.2f} s  |  {}k triangles, {}k line segments",
                       to_string(loaded.scale), loaded.seconds, scene.land_triangles.size() / 3000,
                       (scene.borders.segment_count() + scene.coastlines.segment_count()) / 1000);
}

int fail(const std::string& message) {
    fmt::print(stderr, "supplyline: error: {}\n", message);
    return 2;
}

class Window {
  public:
    Window(GLFWwindow* window, const GuiOptions& options, ImGuiSession& imgui, float base_scale)
        : window_(window), options_(options), view_(options.view), imgui_(imgui), base_scale_(base_scale),
          presentation_(window), script_(options) {}

    int run();

  private:
    // The UI's scale: the screen's (default_ui_scale) times the briefer's factor.
    float ui_scale() const { return base_scale_ * session_.ui_scale; }
    const geo::Briefing* briefing() const { return scene_ ? scene_->briefing.get() : nullptr; }
    CommandContext context() const { return {scene_.get(), home_, glfwGetTime()}; }
    base::Status take_scene(LoadedScene& done);
    // The start briefing, read with its layers: the scene with its flows is built next.
    void take_briefing_data(BriefingData data);
    void poll_reload();
    base::Status apply_start_options();
    void handle_mouse(double to_fb, int map_height);
    void draw_panels(PanelRequest& request, double to_fb);
    void follow_session(); // full screen and presenter windows as the session says
    void draw_presenter();
    // Ctrl+S: the ink as a GeoJSON file beside the briefing, named in a [[layer]] table of it (the
    // hot reload then draws it in every output).
    void save_ink();
    void fit_map_area(int width, int height);
    void draw_map(int fb_w, int fb_h, int timeline_px, double now);
    // After a slide change (C toggles it): the previous slide's flow states on frame_, for a moment.
    void show_changes_since_last_slide(double now);
    // Where the panels cover the map (framebuffer pixels): the legend, captions and labels avoid them.
    std::vector<geo::LabelBox> panel_rectangles(int fb_w) const;
    void save_preferences_on_exit() const;
    // Added layers: dropped files and the Layers panel's requests read, finished ones joined to the
    // briefing (a new scene is built with them), write requests carried out.
    void follow_added_layers(bool ready);
    // Whether the window may sleep: paused, no camera flight, nothing loading, no export running
    // (the panel polls it), no scripted run, no presenter window (its timer runs), and no input
    // for kIdleAfterSeconds.
    bool idle(double last_input) const;

    GLFWwindow* window_;
    GuiOptions options_;
    ViewOptions view_;
    ImGuiSession& imgui_;
    const geo::Briefing* text_baked_for_ = nullptr;
    float base_scale_;
    PresentationWindow presentation_;
    std::unique_ptr<PresenterWindow> presenter_;
    PresenterThumbnails thumbnails_;
    double map_title_bottom_ = 0; // pixels: where the map's title block ends, as last drawn
    int change_slide_ = -1;       // the slide the last change was shown for
    std::shared_ptr<const std::vector<geo::FlowState>> change_from_;
    double change_since_ = 0;
    std::vector<geo::FlowState> last_states_; // the flows the last frame showed, before any ghosts
    double last_t_ = 0, change_from_t_ = 0;   // its clock, and the clock changes are shown from
    Session session_;
    MapPanelState panel_;
    std::unique_ptr<render::MapRenderer> renderer_;
    std::shared_ptr<const geo::MapScene> scene_; // what the renderer shows
    render::Frame frame_;                        // the last frame drawn: picking reads its flow states
    VolumeChart chart_;
    std::unique_ptr<SceneLoader> loader_;
    // The briefing with its layers while they are read at start (the basemap shows meanwhile).
    std::future<base::Result<BriefingData>> briefing_data_;
    std::string loading_title_;                  // the start briefing's title, shown while it loads
    std::optional<render::Camera> first_fit_;    // the view the first scene was framed with
    std::unique_ptr<BriefingWatcher> watcher_;   // hot reload of the briefing and its layers
    std::vector<geo::Diagnostic> reload_errors_; // the last reload's problems; the old picture stays
    int window_samples_ = 0;
    geo::Bounds home_{};
    std::string shown_projection_;
    MapInput input_;
    double press_x_ = 0, press_y_ = 0;
    bool started_ = false; // start options (--time, --slide, --present) applied
    std::string search_query_;
    ExportPanelState export_;
    float timeline_height_ = 0; // ImGui units, last frame
    ScriptedRun script_;
    LayerAdder adder_;
    // The layers added at run time (dropped or typed), kept so a hot reload of the briefing keeps
    // them until they are written into it (then the file has them).
    std::vector<ReadyLayer> added_;
    AddLayerPanel adding_;
    size_t layers_expected_ = 0; // a scene with this many layers is being built; 0 when none
    bool dropped_scripted_ = false;
};

void Window::take_briefing_data(BriefingData data) {
    const std::shared_ptr<const geo::Briefing> briefing = data.briefing;
    if (!script_.measuring()) { // hot reload, from now on (its first read no longer races this one)
        WatchOptions watch;
        watch.countries = basemap_country_catalog();
        watcher_ = std::make_unique<BriefingWatcher>(view_.briefing, watch);
    }
    session_.clock = Playback::for_briefing(*briefing, geo::busiest_day(*briefing));
    std::shared_ptr<const std::vector<geo::LayerFeatures>> layers;
    if (!briefing->layers.empty())
        layers = std::make_shared<const std::vector<geo::LayerFeatures>>(std::move(data.layers));
    loader_->set_briefing(briefing, std::move(layers));
    loader_->request(view_.basemap, view_.projection);
}

base::Status Window::take_scene(LoadedScene& done) {
    if (!done.scene.ok()) {
        panel_.error = done.scene.error().text();
        layers_expected_ = 0; // nothing more is coming for the added layers
        return base::Ok{};
    }
    std::shared_ptr<const geo::MapScene> scene = done.scene.value();
    if (auto shown = renderer_->set_scene(scene); !shown) return shown.error();
    const bool new_projection = scene->basemap.projection != shown_projection_;
    const std::shared_ptr<const geo::Briefing> old = scene_ ? scene_->briefing : nullptr;
    scene_ = scene;
    home_ = view_.world ? scene->basemap.bounds : scene->home();
    if (scene->briefing && scene->briefing != old) {
        if (old)
            keep_across_reload(session_, *old, *scene->briefing);
        else
            session_.visibility = geo::Visibility::all(*scene->briefing);
        session_.visibility_changed = true;
        if (session_.slide >= 0) // the slide's look from the new file
            show_slide_look(session_, scene->briefing->slides[size_t(session_.slide)], *scene->briefing);
    }
    // The scene with the added layers (or a reload that replaced them) has arrived.
    if (!loader_->busy()) layers_expected_ = 0;
    shown_projection_ = scene->basemap.projection;
    panel_.status = describe(scene->basemap, done);
    panel_.error.clear();
    // The first briefing scene frames its home as the basemap shown before it did, unless the
    // briefer has moved the map meanwhile.
    const bool untouched = !old && scene->briefing && first_fit_ &&
                           first_fit_->center.x == session_.camera.center.x &&
                           first_fit_->center.y == session_.camera.center.y &&
                           first_fit_->metres_per_pixel == session_.camera.metres_per_pixel;
    if (new_projection || untouched) {
        session_.camera.fit(home_);
        if (!first_fit_) first_fit_ = session_.camera;
        if (session_.slide >= 0 && size_t(session_.slide) < scene->slide_views.size())
            session_.camera.fit(scene->slide_views[size_t(session_.slide)], 0.0);
    }
    return base::Ok{};
}

// Pulses stop moving once paused and untouched this long (issue 16: idle CPU near zero).
constexpr double kIdleAfterSeconds = 5.0;

bool Window::idle(double last_input) const {
    return scene_ && started_ && !session_.clock.playing && !session_.flight.active && !loader_->busy() &&
           !adder_.busy() && layers_expected_ == 0 && !presenter_ && !export_.job.running() &&
           options_.frame_stats == 0 && options_.screenshot.empty() &&
           glfwGetTime() - last_input > kIdleAfterSeconds;
}

void Window::follow_added_layers(bool ready) {
    if (ready && !dropped_scripted_) {
        dropped_scripted_ = true;
        for (const std::string& path : options_.drop)
            push_drop(path);
    }
    const geo::Briefing* b = briefing();
    if (!b) return; // files dropped while the briefing loads wait in the queue until it is there
    for (const std::string& path : take_dropped_paths())
        adder_.add(*b, path);
    if (!adding_.add.empty() && b) adder_.add(*b, adding_.add);
    adding_.add.clear();
    std::vector<ReadyLayer> ready_layers = adder_.take_ready();
    // Built on what the loader builds next (a hot reload or an earlier added layer may be pending),
    // not on the scene on screen.
    const std::shared_ptr<const geo::Briefing>& next = loader_->briefing();
    if (!ready_layers.empty() && next) {
        auto grown = std::make_shared<geo::Briefing>(*next);
        auto features = std::make_shared<std::vector<geo::LayerFeatures>>(
            loader_->layers() ? *loader_->layers() : std::vector<geo::LayerFeatures>{});
        features->resize(grown->layers.size());
        for (ReadyLayer& r : ready_layers) {
            added_.push_back(r);
            grown->layers.push_back(std::move(r.layer));
            features->push_back(std::move(r.features));
        }
        layers_expected_ = grown->layers.size();
        loader_->set_briefing(grown, features);
        loader_->request(view_.basemap, view_.projection);
    }
    if (!adding_.write.empty() && b) {
        auto layer = std::find_if(b->layers.begin(), b->layers.end(),
                                  [&](const geo::Layer& l) { return l.id == adding_.write; });
        if (layer != b->layers.end()) {
            if (auto written = write_layer_into_briefing(*layer, view_.briefing); written)
                adder_.mark_written(adding_.write), adding_.write_error.clear();
            else
                adding_.write_error = written.error().text();
        }
    }
    adding_.write.clear();
    adding_.added = &adder_.layers();
    adding_.can_write = !view_.briefing.empty();
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
    // The watcher's first load is the file the window started with: nothing to do, also while the
    // window's own first load is still under way (adopting it then built the scene twice and lost
    // the start options' selection).
    if (update->generation == 1 &&
        (briefing() ? loaded->briefing.path == briefing()->path : loader_->busy() || briefing_data_.valid()))
        return;
    std::shared_ptr<const geo::Briefing> next(loaded, &loaded->briefing);
    std::shared_ptr<const std::vector<geo::LayerFeatures>> layers(loaded, &loaded->layers);
    // Layers added at run time stay, unless the file now has a layer of that id (it was written).
    std::vector<const ReadyLayer*> keep;
    for (const ReadyLayer& a : added_)
        if (std::none_of(next->layers.begin(), next->layers.end(),
                         [&](const geo::Layer& l) { return l.id == a.layer.id; }))
            keep.push_back(&a);
    if (!keep.empty()) {
        auto grown = std::make_shared<geo::Briefing>(*next);
        auto features = std::make_shared<std::vector<geo::LayerFeatures>>(*layers);
        features->resize(grown->layers.size());
        for (const ReadyLayer* a : keep) {
            grown->layers.push_back(a->layer);
            features->push_back(a->features);
        }
        next = std::move(grown), layers = std::move(features);
    }
    loader_->set_briefing(std::move(next), std::move(layers));
    loader_->request(view_.basemap, view_.projection);
}

base::Status Window::apply_start_options() {
    started_ = true;
    struct ChangeAfter { // the start slide is not a change: only slides shown afterwards are
        int& slide;
        const Session& session;
        ~ChangeAfter() { slide = session.slide; }
    } change_after{change_slide_, session_};
    const geo::Briefing* b = briefing();
    if (!b) {
        if (!options_.time.empty() || !options_.slide.empty())
            return base::Error{"--time and --slide need a briefing"};
        return base::Ok{};
    }
    if (!options_.slide.empty()) {
        auto slide = geo::find_slide(options_.slide, *b);
        if (!slide) return slide.error();
        go_to_slide(session_, context(), int(*slide - b->slides.data()), true);
        session_.clock.playing = false; // a scripted still shows the slide's first day
    }
    if (!options_.time.empty()) {
        auto day = geo::briefing_day(options_.time, *b);
        if (!day) return day.error();
        set_time(session_.clock, *day);
        session_.slide_anchor = *day; // --slide with --time: the slide stays at that date
    }
    if (options_.speed > 0) session_.clock.speed = options_.speed;
    if (!options_.select.empty()) {
        session_.selected = selection_by_id(*b, options_.select);
        if (!session_.selected)
            return base::Error{fmt::format("--select '{}': no flow, place, event, theater, corridor or actor "
                                           "has that id",
                                           options_.select)};
    }
    session_.presenting = options_.present;
    session_.presenter = options_.presenter;
    return base::Ok{};
}

void Window::follow_session() {
    if (session_.presenting != presentation_.active()) {
        if (presentation_.active()) {
            presentation_.leave();
            session_.presenter = false; // the speaker's window goes with the presentation
        } else {
            presentation_.enter(session_.monitor);
            session_.talk_timer.reset(glfwGetTime()); // the talk starts with the presentation
            int count = 0;                            // with a second monitor, the speaker's notes open there
            glfwGetMonitors(&count);
            if (count >= 2) session_.presenter = true;
        }
        session_.presenting = presentation_.active();
    }
    if (presenter_ && presenter_->close_requested()) session_.presenter = false;
    if (session_.presenter == bool(presenter_)) return;
    if (!session_.presenter) {
        presenter_.reset();
        return;
    }
    GLFWmonitor* monitor = nullptr;
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    if (session_.presenting && count >= 2) monitor = monitors[session_.monitor == 0 ? 1 : 0];
    auto opened = PresenterWindow::open(window_, monitor, read_label_font(), presenter_characters(briefing()),
                                        on_glfw_key);
    if (opened) {
        presenter_ = std::move(*opened);
    } else {
        fmt::print(stderr, "supplyline: warning: {}\n", opened.error().text());
        session_.presenter = false;
    }
    session_.talk_timer.start(glfwGetTime());
}

void Window::save_ink() {
    session_.save_ink = false;
    if (!session_.ink || view_.briefing.empty() || !scene_) return;
    const std::string when = session_.slide >= 0
                                 ? fmt::format("on slide {}", session_.slide + 1)
                                 : "on " + geo::long_date(geo::Day(std::floor(session_.clock.t)));
    if (auto saved =
            save_ink_layer(*session_.ink, scene_->basemap.origin, view_.projection, view_.briefing, when))
        fmt::print("saved the ink as layer '{}': {}\n", saved->id, saved->path);
    else
        fmt::print(stderr, "supplyline: error: ink not saved: {}\n", saved.error().text());
}

void Window::draw_presenter() {
    if (!presenter_) {
        session_.pointer.reset(); // a window closed with the laser held leaves no dot behind
        return;
    }
    const double now = glfwGetTime();
    if (auto slide = presenter_->take_slide_click()) go_to_slide(session_, context(), *slide, false);
    if (presenter_->take_timer_click()) session_.talk_timer.toggle_pause(now);
    apply_presenter_marks(session_, presenter_->marks());
    int width = 0, height = 0;
    presenter_->framebuffer_size(width, height);
    const render::Camera& camera = session_.camera;
    const double aspect = double(camera.viewport_width) / std::max(camera.viewport_height, 1);
    const PresenterLayout layout = presenter_layout(width, height, aspect);
    if (scene_) {
        // Black screen: the presenter sees the black the room sees (and nothing is drawn for it).
        thumbnails_.update(*renderer_, frame_, scene_.get(), session_.next_slide(), layout.live, layout.next,
                           window_samples_, !session_.blackout);
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
    }
    const PresenterPicture live = session_.blackout || !scene_ ? PresenterPicture{} : thumbnails_.live();
    PresenterInfo info = presenter_info(session_, briefing(), now, time_of_day(std::time(nullptr)));
    info.aspect = aspect;
    presenter_->draw(info, live, thumbnails_.next(), window_, script_.keeps_frames());
}

void Window::handle_mouse(double to_fb, int map_height) {
    const ImGuiIO& io = ImGui::GetIO();
    const double mx = io.MousePos.x * to_fb, my = io.MousePos.y * to_fb;
    const bool over_map = !io.WantCaptureMouse && my < map_height;
    render::Camera& camera = session_.camera;
    if (over_map || input_.dragging) {
        if (io.MouseClicked[0]) press_x_ = mx, press_y_ = my;
        on_drag(input_, camera, io.MouseDown[0], mx, my);
        if (io.MouseDown[0] && std::hypot(mx - press_x_, my - press_y_) > 4) session_.flight.active = false;
    }
    if (over_map && io.MouseWheel != 0) {
        on_wheel(camera, mx, my, io.MouseWheel);
        session_.flight.active = false;
    }
    // A click (press and release without moving) inspects what is under the cursor: only what the
    // last frame drew can be picked.
    if (over_map && io.MouseReleased[0] && std::hypot(mx - press_x_, my - press_y_) <= 4 && scene_ &&
        scene_->briefing_scene)
        session_.selected = pick(*scene_->briefing, *scene_->briefing_scene, session_.visibility,
                                 frame_.flow_states, camera, mx, my, 10.0 * ui_scale());
}

void Window::draw_panels(PanelRequest& request, double to_fb) {
    const float s = ui_scale();
    // The left-hand panels start below the map's title block (as last drawn), whatever its size.
    float top = 150 * s;
    if (map_title_bottom_ > 0) top = std::max(top, float(map_title_bottom_ / to_fb) + 12 * s);
    const geo::Briefing* b = briefing();
    if (!session_.presenting) {
        panel_.ui_scale = session_.ui_scale;
        panel_.monitor = session_.monitor;
        const MapPanelActions actions = draw_map_panel(panel_, view_, session_.look, s);
        session_.ui_scale = panel_.ui_scale;
        session_.monitor = panel_.monitor;
        if (actions.apply_projection || actions.rebuild) loader_->request(view_.basemap, view_.projection);
        if (actions.home) fly_home(session_, home_, glfwGetTime());
        // Still reading or building: the strip says so (not before a presentation that starts full
        // screen, whose map has no strip).
        if (!b && !view_.briefing.empty() && !(options_.present && !started_)) {
            const bool reading = briefing_data_.valid();
            const geo::Briefing* next = loader_->briefing().get();
            timeline_height_ = draw_loading_timeline(
                loading_title_,
                reading ? "Reading the briefing and its layers..."
                        : fmt::format("Drawing {} flows on the map...", next ? next->flows.size() : 0),
                reading ? 0.3f : 0.7f, s);
        }
        if (b) {
            timeline_height_ = draw_timeline(session_, *b, chart_, s, request);
            draw_layers_panel(session_, *b, s, top, timeline_height_, adding_);
            draw_slides_panel(session_, *b, s, top, timeline_height_, request);
            draw_inspector(session_, *b, s, timeline_height_, request);
            if (!view_.briefing.empty())
                draw_export_panel(export_, session_, *b, view_, scene_->basemap.origin, s);
        }
    } else {
        timeline_height_ = 0;
    }
    if (b) draw_search(session_, *b, search_query_, s, request);
    draw_help(session_, s);
    draw_reload_banner(reload_errors_, s);
}

// A resized map area (window resized, full screen, timeline shown or hidden) keeps showing the
// same region, so a slide framed in the window stays framed on the projector.
void Window::fit_map_area(int width, int height) {
    render::Camera& camera = session_.camera;
    if (camera.viewport_width == width && camera.viewport_height == height) return;
    const geo::Bounds shown_before = camera.visible();
    camera.viewport_width = width;
    camera.viewport_height = height;
    if (!scene_) return;
    camera.fit(shown_before, 0.0);
    if (session_.flight.active) session_.flight.from = camera.visible();
}

void Window::draw_map(int fb_w, int fb_h, int timeline_px, double now) {
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    if (session_.blackout || !scene_) {
        glViewport(0, 0, fb_w, fb_h);
        glClearColor(0, 0, 0, 1);
        glClear(GL_COLOR_BUFFER_BIT);
        return;
    }
    const render::Camera& camera = session_.camera;
    // Points scale with the map's size exactly as in `render` and in presentation (one rule for
    // every output); the look's map text size, not the UI scale, enlarges names and the legend.
    const float pixel_scale = pixel_scale_for({camera.viewport_width, camera.viewport_height});
    frame_ = session_frame(session_, now, pixel_scale);
    frame_.reserved = panel_rectangles(fb_w);
    show_changes_since_last_slide(now);
    renderer_->evaluate(frame_);
    if (!frame_.changed_from) last_states_ = frame_.flow_states, last_t_ = frame_.t;
    renderer_->draw(frame_, {0, 0, timeline_px, window_samples_, nullptr, true, 8.0f});
    // The map's own title block (the presenter's pictures draw through the renderer after this).
    if (const auto* overlay = renderer_->last_overlay()) map_title_bottom_ = overlay->title.y1;
}

std::vector<geo::LabelBox> Window::panel_rectangles(int fb_w) const {
    std::vector<geo::LabelBox> rects;
    if (session_.presenting) return rects; // no panels: the picture is render's
    int win_w = 0, win_h = 0;
    glfwGetWindowSize(window_, &win_w, &win_h);
    const double to_fb = win_w > 0 ? double(fb_w) / win_w : 1.0;
    // The panels as ImGui placed them last frame (the timeline lies below the map, not over it).
    for (const PanelRect& p : open_panels())
        if (p.name != "Timeline")
            rects.push_back(
                {p.x * to_fb, p.y * to_fb, (p.x + p.width) * to_fb, (p.y + p.height) * to_fb, 0, -1, true});
    return rects;
}

void Window::show_changes_since_last_slide(double now) {
    constexpr double kChangeSeconds = 3.5; // the flight (at most 1.5 s) and two seconds on the slide
    if (started_ && session_.slide != change_slide_) {
        change_slide_ = session_.slide;
        change_from_.reset();
        if (session_.show_changes && session_.slide >= 0 && !last_states_.empty()) {
            change_from_ = std::make_shared<const std::vector<geo::FlowState>>(last_states_);
            change_from_t_ = last_t_;
            change_since_ = now;
        }
    }
    if (change_from_ && (now - change_since_ >= kChangeSeconds || !session_.show_changes))
        change_from_.reset();
    if (change_from_) {
        frame_.changed_from = change_from_;
        frame_.changed_from_t = change_from_t_;
        frame_.change_progress = float((now - change_since_) / kChangeSeconds);
    }
}

int Window::run() {
    auto renderer = render::MapRenderer::create(read_label_font());
    if (!renderer) return fail(renderer.error().text());
    renderer_ = std::move(*renderer);
    glGetIntegerv(GL_SAMPLES, &window_samples_);
    // The briefing file first (quick; its errors stop the start as before), the basemap scene for
    // its region next, while its layers are read in the background (issue 16: the map shows within
    // a frame of the basemap being ready, the flows follow).
    auto parsed = parse_briefing_for(view_);
    if (!parsed) return fail(parsed.error().text());
    const std::shared_ptr<const geo::Briefing> start_briefing = *parsed;
    const ResolvedView resolved = resolve_view(view_, start_briefing.get());
    view_.projection = resolved.projection;
    view_.basemap = resolved.basemap;
    session_.look = view_.look;
    session_.still_pulses = !options_.screenshot.empty();
    if (start_briefing) {
        glfwSetWindowTitle(window_, fmt::format("Supplyline — {}", start_briefing->info.title).c_str());
        loading_title_ = start_briefing->info.title;
    }
    session_.ui_scale = options_.ui_scale;
    session_.monitor = options_.monitor;
    panel_.projection_input = view_.projection;
    panel_.monitors = monitor_names();
    loader_ = std::make_unique<SceneLoader>();
    if (start_briefing) loader_->set_home(start_briefing->info.home);
    loader_->request(view_.basemap, view_.projection);
    if (start_briefing)
        briefing_data_ =
            std::async(std::launch::async, [view = view_] { return load_briefing_data_for(view); });

    double last_time = glfwGetTime();
    install_close_signals();
    uint64_t inputs_seen = input_events();
    double last_input = glfwGetTime();
    while (!glfwWindowShouldClose(window_) && !close_signalled()) {
        if (idle(last_input)) {
            // Nothing moves and nobody touches it: sleep until an event, drawing nothing new, and
            // look every quarter second for work arriving from the background (reload, a layer).
            glfwWaitEventsTimeout(0.25);
            const bool background = loader_->busy() || adder_.busy() || (watcher_ && watcher_->has_update());
            if (input_events() == inputs_seen && !background) {
                last_time = glfwGetTime(); // the clock does not jump when the window wakes
                continue;
            }
        } else if (scene_) {
            glfwPollEvents();
        } else {
            glfwWaitEventsTimeout(0.05);
        }
        if (input_events() != inputs_seen) inputs_seen = input_events(), last_input = glfwGetTime();
        const double now = glfwGetTime(), dt = wall_step(last_time, now);
        last_time = now;

        int fb_w = 0, fb_h = 0, win_w = 0, win_h = 0;
        glfwGetFramebufferSize(window_, &fb_w, &fb_h);
        glfwGetWindowSize(window_, &win_w, &win_h);
        if (fb_w == 0 || fb_h == 0) continue; // minimised
        const double to_fb = win_w > 0 ? double(fb_w) / win_w : 1.0;
        const int timeline_px = session_.presenting ? 0 : int(timeline_height_ * to_fb);
        fit_map_area(fb_w, std::max(fb_h - timeline_px, 1));
        const render::Camera& camera = session_.camera;

        if (briefing_data_.valid() &&
            briefing_data_.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
            auto data = briefing_data_.get();
            if (!data) return fail(data.error().text());
            take_briefing_data(std::move(*data));
        }
        if (auto done = loader_->poll()) {
            if (auto taken = take_scene(*done); !taken) return fail(taken.error().text());
            if (!started_ && scene_ && (scene_->briefing || view_.briefing.empty()))
                if (auto started = apply_start_options(); !started) return fail(started.error().text());
        }
        panel_.building = loader_->busy();
        poll_reload();

        follow_added_layers(scene_ && started_);
        const bool ready = scene_ && started_ && !adder_.busy() && layers_expected_ == 0;
        if (ready) script_.press_keys_once();
        // The clock moves before anything is drawn, so the timeline's date and the map's date stamp
        // show the same day in every frame (the timeline used to show the frame before's).
        if (briefing()) advance(session_.clock, *briefing(), dt);
        const std::vector<KeyPress> keys = take_pressed_keys();
        const auto ui_start = std::chrono::steady_clock::now();
        // A new UI scale bakes the font and style again once the slider is let go; until then the
        // baked font stretches to preview it.
        if (ui_scale() != imgui_.scale() && !ImGui::IsAnyItemActive()) imgui_.rescale(ui_scale());
        if (briefing() != text_baked_for_) { // a new briefing: bake the characters its text needs
            text_baked_for_ = briefing();
            if (text_baked_for_) {
                std::ifstream in(text_baked_for_->path, std::ios::binary);
                imgui_.set_text(std::string(std::istreambuf_iterator<char>(in), {}));
            }
        }
        ImGui::GetIO().FontGlobalScale = ui_scale() / imgui_.scale();
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        if (!ImGui::GetIO().WantTextInput)
            for (const KeyPress& k : keys)
                if (auto command = command_for_key(k.key, k.mods))
                    apply_command(*command, session_, context());
        handle_mouse(to_fb, camera.viewport_height);
        PanelRequest request;
        draw_panels(request, to_fb);
        ImGui::Render();
        const double ui_ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - ui_start).count();
        if (request.go_to_slide >= 0) go_to_slide(session_, context(), request.go_to_slide, false);
        if (session_.save_ink) save_ink();
        if (request.event_jump != 0)
            apply_command(request.event_jump > 0 ? Command::NextEvent : Command::PreviousEvent, session_,
                          context());
        if (request.show_event >= 0) show_event(session_, context(), request.show_event);
        if (request.toggle_presentation) session_.presenting = !session_.presenting;
        if (request.fly_to && scene_ && scene_->briefing_scene)
            if (auto target = selection_bounds(*scene_->briefing, *scene_->briefing_scene, request.fly_to))
                fly_to(session_, *target, now, false);
        follow_session();
        presentation_.update_cursor(now, ImGui::GetIO().MousePos.x, ImGui::GetIO().MousePos.y);

        if (briefing()) leave_slide_when_moved_away(session_, *briefing());
        update_caption(session_, now);
        update_flight(session_, now);
        if (scene_ && !session_.flight.active) session_.camera.clamp_to(scene_->basemap.bounds);
        if (session_.visibility_changed && briefing()) {
            chart_ = build_volume_chart(*briefing(), session_.visibility);
            session_.visibility_changed = false;
        }

        draw_map(fb_w, fb_h, timeline_px, now);
        glViewport(0, 0, fb_w, fb_h);
        if (!session_.blackout) ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        draw_presenter();
        auto export_still = [&](const std::string& output) {
            return still_export_args(session_, view_, scene_->basemap.origin,
                                     fmt::format("{}x{}", camera.viewport_width, camera.viewport_height),
                                     output);
        };
        if (auto finished =
                script_.after_frame(ready, session_, presenter_.get(), fb_w, fb_h, now, export_still))
            return *finished;
        glfwSwapBuffers(window_);
        script_.after_swap(ready, scene_ != nullptr, session_, ui_ms, now);
        if (auto finished = script_.finished()) return *finished;
    }
    save_preferences_on_exit();
    return 0;
}

void Window::save_preferences_on_exit() const {
    if (options_.preferences.empty()) return;
    Preferences p;
    p.theme = std::string(session_.look.theme->name);
    p.ui_scale = session_.ui_scale;
    p.monitor = session_.monitor;
    std::error_code ec;
    if (!view_.briefing.empty()) p.last_briefing = std::filesystem::absolute(view_.briefing, ec).string();
    if (auto saved = save_preferences(options_.preferences, p); !saved)
        fmt::print(stderr, "supplyline: warning: preferences not saved: {}\n", saved.error().message);
}

} // namespace

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
    // On a screen whose UI scale is above its content scale (a 4K screen at scale 1), the default
    // window grows by their ratio, within the screen, so the panels keep their share of it.
    GuiOptions sized = options;
    if (GLFWmonitor* primary = glfwGetPrimaryMonitor(); primary && !options.window_size_given) {
        const GLFWvidmode* mode = glfwGetVideoMode(primary);
        float monitor_scale = 1, unused = 1;
        glfwGetMonitorContentScale(primary, &monitor_scale, &unused);
        if (mode) {
            const float grow = default_ui_scale(monitor_scale, mode->height) / std::max(monitor_scale, 1.0f);
            sized.window_size = {std::min(int(options.window_size.width * grow), int(mode->width * 0.9)),
                                 std::min(int(options.window_size.height * grow), int(mode->height * 0.9))};
            sized.window_size.width = std::max(sized.window_size.width, options.window_size.width);
            sized.window_size.height = std::max(sized.window_size.height, options.window_size.height);
        }
    }
    WindowPtr window = open_window(sized, 4);
    if (window && render::software_renderer()) window = open_window(sized, 0);
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
    glfwSetDropCallback(window.get(), on_glfw_drop);
    install_input_counter(window.get());
    const GLFWvidmode* mode = glfwGetVideoMode(glfwGetPrimaryMonitor());
    const float base_scale = default_ui_scale(content_scale, mode ? mode->height : 1080);
    ImGuiSession imgui(window.get(), base_scale * options.ui_scale);
    Window w(window.get(), options, imgui, base_scale);
    return w.run();
}

} // namespace app
