// The window loop: GLFW events -> ImGui -> camera -> map draw -> ImGui draw -> swap.
#include "app/gui.hpp"

#include "app/asset_paths.hpp"
#include "app/briefing_source.hpp"
#include "app/map_input.hpp"
#include "app/map_panel.hpp"
#include "app/png_file.hpp"
#include "app/scene_loader.hpp"
#include "geo/flow_geometry.hpp"
#include "render/basemap_layer.hpp"
#include "render/briefing_layer.hpp"

#include <glad/gl.h>
// GLFW after glad so it does not pull in the system GL header.
#include <GLFW/glfw3.h>
#include <fmt/format.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

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
        io.IniFilename = nullptr; // preferences get their own file later; no imgui.ini in the user's folder
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
// (ImGui 1.86 chains to it), so letters and +/- work with this ImGui version's limited key enum.
std::vector<int>& pressed_keys() {
    static std::vector<int> keys;
    return keys;
}

void on_glfw_key(GLFWwindow*, int key, int, int action, int) {
    if (action == GLFW_PRESS || action == GLFW_REPEAT) pressed_keys().push_back(key);
}

void handle_keys(render::Camera& camera, ViewOptions& view, bool& go_home) {
    std::vector<int> keys;
    keys.swap(pressed_keys());
    if (ImGui::GetIO().WantCaptureKeyboard) return;
    for (int key : keys) {
        switch (key) {
        case GLFW_KEY_EQUAL:
        case GLFW_KEY_KP_ADD:
            on_key(camera, MapKey::ZoomIn);
            break;
        case GLFW_KEY_MINUS:
        case GLFW_KEY_KP_SUBTRACT:
            on_key(camera, MapKey::ZoomOut);
            break;
        case GLFW_KEY_LEFT:
            on_key(camera, MapKey::Left);
            break;
        case GLFW_KEY_RIGHT:
            on_key(camera, MapKey::Right);
            break;
        case GLFW_KEY_UP:
            on_key(camera, MapKey::Up);
            break;
        case GLFW_KEY_DOWN:
            on_key(camera, MapKey::Down);
            break;
        case GLFW_KEY_H:
            go_home = true;
            break;
        case GLFW_KEY_T:
            view.theme = view.theme == "dark" ? "light" : "dark";
            break;
        default:
            break;
        }
    }
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
    auto fail = [](const std::string& message) {
        fmt::print(stderr, "supplyline: error: {}\n", message);
        return 2;
    };
    GlfwSession glfw;
    if (!glfw.ok) return fail("cannot start GLFW (no display?); use `supplyline render -o map.png` instead");
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 4);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 5);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_SAMPLES, 4);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    WindowPtr window(glfwCreateWindow(options.window_size.width, options.window_size.height, "Supplyline",
                                      nullptr, nullptr));
    if (!window) return fail("cannot open an OpenGL 4.5 core window (driver too old?)");
    glfwMakeContextCurrent(window.get());
    glfwSwapInterval(1);
    if (!gladLoadGL(reinterpret_cast<GLADloadfunc>(glfwGetProcAddress)))
        return fail("cannot load OpenGL 4.5 functions");

    float content_scale = 1, unused = 1;
    glfwGetWindowContentScale(window.get(), &content_scale, &unused);
    const float ui_scale = std::max(1.0f, content_scale);
    glfwSetKeyCallback(window.get(), on_glfw_key);
    ImGuiSession imgui(window.get(), ui_scale);

    std::string error;
    auto programs = render::MapPrograms::create(error);
    if (!programs) return fail(error);

    ViewOptions view = options.view;
    auto briefing = load_briefing_for(view);
    if (!briefing) return fail(briefing.error().text());
    const ResolvedView resolved = resolve_view(view, briefing->get());
    view.projection = resolved.projection;
    view.basemap = resolved.basemap;
    if (*briefing)
        glfwSetWindowTitle(window.get(), fmt::format("Supplyline — {}", (*briefing)->info.title).c_str());
    const std::vector<uint8_t> label_font = read_label_font();
    MapPanelState panel;
    panel.projection_input = view.projection;
    SceneLoader loader(*briefing);
    loader.request(view.basemap, view.projection);
    std::unique_ptr<render::BriefingLayer> briefing_layer;
    const double shown_day = *briefing ? geo::busiest_day(**briefing) : 0.0;

    std::unique_ptr<render::BasemapLayer> layer;
    geo::Bounds world, home;
    std::string shown_projection;
    render::Camera camera;
    MapInput input;
    int frames_since_ready = 0;

    while (!glfwWindowShouldClose(window.get())) {
        if (layer)
            glfwPollEvents();
        else
            glfwWaitEventsTimeout(0.05);

        if (auto done = loader.poll()) {
            if (done->scene.ok()) {
                const geo::BasemapScene& scene = done->scene.value();
                const bool new_projection = scene.projection != shown_projection;
                layer = std::make_unique<render::BasemapLayer>(scene);
                world = scene.bounds;
                home = scene.home;
                if (done->briefing) {
                    briefing_layer =
                        render::BriefingLayer::create(**briefing, *done->briefing, label_font, error);
                    if (!briefing_layer) return fail(error);
                    if (done->briefing->has_home) home = done->briefing->home;
                }
                shown_projection = scene.projection;
                panel.status = describe(scene, *done);
                panel.error.clear();
                if (new_projection) {
                    int w = 0, h = 0;
                    glfwGetFramebufferSize(window.get(), &w, &h);
                    camera.viewport_width = std::max(w, 1);
                    camera.viewport_height = std::max(h, 1);
                    camera.fit(view.world ? world : home);
                }
            } else {
                panel.error = done->scene.error().text();
            }
        }
        panel.building = loader.busy();

        int fb_w = 0, fb_h = 0, win_w = 0, win_h = 0;
        glfwGetFramebufferSize(window.get(), &fb_w, &fb_h);
        glfwGetWindowSize(window.get(), &win_w, &win_h);
        if (fb_w == 0 || fb_h == 0) continue; // minimised
        camera.viewport_width = fb_w;
        camera.viewport_height = fb_h;

        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();

        const ImGuiIO& io = ImGui::GetIO();
        const double to_fb = win_w > 0 ? double(fb_w) / win_w : 1.0;
        const double mx = io.MousePos.x * to_fb, my = io.MousePos.y * to_fb;
        if (!io.WantCaptureMouse || input.dragging) on_drag(input, camera, io.MouseDown[0], mx, my);
        if (!io.WantCaptureMouse && io.MouseWheel != 0) on_wheel(camera, mx, my, io.MouseWheel);
        bool go_home = false;
        handle_keys(camera, view, go_home);

        const MapPanelActions actions = draw_map_panel(panel, view, ui_scale);
        if (actions.apply_projection || actions.rebuild) loader.request(view.basemap, view.projection);
        if (actions.home || go_home) camera.fit(home);
        if (layer) camera.clamp_to(world);
        ImGui::Render();

        const render::Theme& theme = *render::find_theme(view.theme);
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        render::begin_map_pass(camera, theme);
        const float pixel_scale = ui_scale * pixel_scale_for({fb_w, fb_h});
        if (layer) layer->draw(*programs, camera, theme, pixel_scale);
        // Until the timeline lands (issue 6) the window shows the busiest day, with pulses moving.
        if (briefing_layer)
            briefing_layer->draw(*programs, camera, theme, pixel_scale, shown_day, glfwGetTime(),
                                 layer.get());
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

        if (!options.screenshot.empty() && layer && ++frames_since_ready >= 3) {
            std::vector<uint8_t> pixels(size_t(fb_w) * fb_h * 4);
            glReadBuffer(GL_BACK);
            glPixelStorei(GL_PACK_ALIGNMENT, 1);
            glReadPixels(0, 0, fb_w, fb_h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
            const size_t row = size_t(fb_w) * 4;
            for (int y = 0; y < fb_h / 2; ++y)
                std::swap_ranges(pixels.begin() + y * row, pixels.begin() + (y + 1) * row,
                                 pixels.begin() + (fb_h - 1 - y) * row);
            if (geo::Error e = write_png_atomic(options.screenshot, fb_w, fb_h, pixels); !e.message.empty())
                return fail(e.message);
            fmt::print("wrote {} ({}x{})\n", options.screenshot.string(), fb_w, fb_h);
            return 0;
        }
        glfwSwapBuffers(window.get());
    }
    return 0;
}

} // namespace app
