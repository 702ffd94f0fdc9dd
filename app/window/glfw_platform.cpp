// GLFW/ImGui setup and teardown, key queue, close signals.
#include "app/window/glfw_platform.hpp"

#include "app/map/asset_paths.hpp"
#include "app/session/ui_glyphs.hpp"

#include <glad/gl.h>
// GLFW after glad so it does not pull in the system GL header.
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h> // the panels list, ImTextCharFromUtf8

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdlib>
#include <filesystem>

namespace app {
namespace {

std::vector<KeyPress>& pressed_keys() {
    static std::vector<KeyPress> keys;
    return keys;
}

std::atomic<bool> close_requested{false};
void on_close_signal(int) {
    close_requested = true;
}

} // namespace

GlfwSession::GlfwSession() : ok(glfwInit() == GLFW_TRUE) {}
GlfwSession::~GlfwSession() {
    if (ok) glfwTerminate();
}

void WindowDeleter::operator()(GLFWwindow* w) const {
    glfwDestroyWindow(w);
}

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

ImGuiSession::ImGuiSession(GLFWwindow* window, float ui_scale) {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename =
        nullptr; // preferences live in their own file; no imgui.ini in the user's folder
    bake(ui_scale);
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 450 core");
}

void ImGuiSession::rescale(float ui_scale) {
    if (ui_scale == scale_) return;
    rebuild(ui_scale);
}

void ImGuiSession::rebuild(float ui_scale) {
    bake(ui_scale);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

namespace {

// Latin with accents (Rzeszów) and Vietnamese (Hà Nội), combining marks, Greek and Cyrillic (local
// names), general punctuation (the briefings' dashes and quotes), the euro and arrows: all in Inter.
static_assert(sizeof(ImWchar) == sizeof(uint16_t), "ImGui built with 16-bit characters");

// Fonts for the scripts Inter lacks (Hangul, Han, Arabic, ...), where Debian's packages put them:
// merged for just the characters the briefing uses, when installed.
constexpr const char* kScriptFonts[] = {
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",    // fonts-noto-cjk
    "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf", // fonts-noto-core
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",           // fonts-dejavu-core
};

} // namespace

void ImGuiSession::set_text(std::string_view text) {
    std::vector<unsigned short> extra;
    const std::string owned(text); // ImGui decodes from a NUL-terminated string
    for (const char* p = owned.c_str(); *p;) {
        unsigned int c = 0;
        p += std::max(1, ImTextCharFromUtf8(&c, p, nullptr)); // never stuck on a broken byte
        if (c > 0xFFFF || in_ui_base_glyphs(c)) continue;     // ImGui 1.86 holds 16-bit characters
        extra.push_back(static_cast<unsigned short>(c));
    }
    std::sort(extra.begin(), extra.end());
    extra.erase(std::unique(extra.begin(), extra.end()), extra.end());
    std::vector<unsigned short> ranges;
    for (unsigned short c : extra)
        ranges.insert(ranges.end(), {c, c});
    if (!ranges.empty()) ranges.push_back(0);
    if (ranges == extra_ranges_) return;
    extra_ranges_ = std::move(ranges);
    rebuild(scale_);
}

void ImGuiSession::bake(float ui_scale) {
    scale_ = ui_scale;
    ImGuiIO& io = ImGui::GetIO();
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    ImGui::StyleColorsDark();
    style.WindowRounding = 6;
    style.FrameRounding = 4;
    style.ScaleAllSizes(ui_scale);
    io.Fonts->Clear();
    const std::string font = (asset_dir() / "fonts" / "Inter-Regular.otf").string();
    if (!io.Fonts->AddFontFromFileTTF(font.c_str(), 18.0f * ui_scale, nullptr,
                                      ui_base_glyph_ranges().data())) {
        io.Fonts->AddFontDefault();
        return;
    }
    if (extra_ranges_.empty()) return;
    ImFontConfig merge;
    merge.MergeMode = true;
    std::error_code ec;
    for (const char* path : kScriptFonts)
        if (std::filesystem::is_regular_file(path, ec))
            io.Fonts->AddFontFromFileTTF(path, 18.0f * ui_scale, &merge, extra_ranges_.data());
}

ImGuiSession::~ImGuiSession() {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
}

namespace {
uint64_t input_event_count = 0; // main thread only: GLFW calls back inside its event functions
} // namespace

uint64_t input_events() {
    return input_event_count;
}

std::vector<PanelRect> open_panels() {
    std::vector<PanelRect> panels;
    for (const ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
        if (w->WasActive && !(w->Flags & (ImGuiWindowFlags_Tooltip | ImGuiWindowFlags_ChildWindow)) &&
            std::string_view(w->Name) != "Debug##Default")
            panels.push_back({w->Name, w->Pos.x, w->Pos.y, w->Size.x, w->Size.y});
    return panels;
}

void install_input_counter(GLFWwindow* window) {
    glfwSetCursorPosCallback(window, [](GLFWwindow*, double, double) { ++input_event_count; });
    glfwSetMouseButtonCallback(window, [](GLFWwindow*, int, int, int) { ++input_event_count; });
    glfwSetScrollCallback(window, [](GLFWwindow*, double, double) { ++input_event_count; });
    glfwSetCharCallback(window, [](GLFWwindow*, unsigned int) { ++input_event_count; });
    glfwSetWindowSizeCallback(window, [](GLFWwindow*, int, int) { ++input_event_count; });
    glfwSetWindowFocusCallback(window, [](GLFWwindow*, int) { ++input_event_count; });
    glfwSetWindowRefreshCallback(window, [](GLFWwindow*) { ++input_event_count; });
    glfwSetCursorEnterCallback(window, [](GLFWwindow*, int) { ++input_event_count; });
}

void on_glfw_key(GLFWwindow*, int key, int, int action, int mods) {
    ++input_event_count;
    if (action == GLFW_PRESS || action == GLFW_REPEAT) pressed_keys().push_back({key, mods});
}

std::vector<KeyPress> take_pressed_keys() {
    std::vector<KeyPress> keys;
    keys.swap(pressed_keys());
    return keys;
}

void push_key(KeyPress press) {
    pressed_keys().push_back(press);
}

namespace {
std::vector<std::string>& dropped_paths() {
    static std::vector<std::string> paths; // GLFW calls back on the main thread, inside glfwPollEvents
    return paths;
}
} // namespace

void on_glfw_drop(GLFWwindow*, int count, const char** paths) {
    ++input_event_count;
    for (int i = 0; i < count; ++i)
        dropped_paths().emplace_back(paths[i]);
}

std::vector<std::string> take_dropped_paths() {
    std::vector<std::string> paths;
    paths.swap(dropped_paths());
    return paths;
}

void push_drop(std::string path) {
    dropped_paths().push_back(std::move(path));
}

void install_close_signals() {
    std::signal(SIGINT, on_close_signal);
    std::signal(SIGTERM, on_close_signal);
}

bool close_signalled() {
    return close_requested;
}

bool has_display() {
    for (const char* var : {"DISPLAY", "WAYLAND_DISPLAY"}) {
        const char* v = std::getenv(var);
        if (v && *v) return true;
    }
    return false;
}

} // namespace app
