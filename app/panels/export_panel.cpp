// The Export panel: a still of the date (and slide) shown, or a video of the slides or the whole
// timeline, written by a child `supplyline render|export` so the window stays responsive; a
// progress bar, Cancel, and the result or the error.
#include "app/cli/view_flags.hpp"
#include "app/panels/briefing_panels.hpp"
#include "app/panels/panel_layout.hpp"

#include <imgui.h>

#include <array>
#include <cmath>
#include <filesystem>

namespace app {
namespace {

bool input_path(const char* label, std::string& text) {
    std::array<char, 1024> buffer{};
    text.copy(buffer.data(), buffer.size() - 1);
    const bool changed = ImGui::InputText(label, buffer.data(), buffer.size());
    text = buffer.data();
    return changed;
}

constexpr const char* kSizes[] = {"1920x1080", "3840x2160"};

std::filesystem::path briefing_folder(const std::string& briefing_path) {
    std::error_code ec;
    const std::filesystem::path folder = briefing_path.empty()
                                             ? std::filesystem::current_path(ec)
                                             : std::filesystem::absolute(briefing_path, ec).parent_path();
    return folder.lexically_normal();
}

// Starts `args`, or asks first when `output` exists.
void start_or_ask(ExportPanelState& state, std::vector<std::string> args, const std::string& output) {
    std::error_code ec;
    if (std::filesystem::exists(output, ec)) {
        state.pending = std::move(args);
        state.pending_output = output;
        ImGui::OpenPopup("Replace the file?");
        return;
    }
    state.job.start("/proc/self/exe", args);
}

} // namespace

std::string default_export_path(const std::string& briefing_path, ExportKind kind) {
    const std::string stem = briefing_path.empty() ? std::string("supplyline")
                                                   : std::filesystem::path(briefing_path).stem().string();
    const std::string base =
        stem == "briefing" && !briefing_path.empty()
            ? briefing_folder(briefing_path).filename().string() // ".../berlin-airlift/briefing.toml"
            : stem;
    const char* suffix = kind == ExportKind::Still         ? "-still.png"
                         : kind == ExportKind::SlidesVideo ? "-slides.mp4"
                                                           : "-timeline.mp4";
    return (briefing_folder(briefing_path) / (base + suffix)).string();
}

std::string resolve_export_path(const std::string& typed, const std::string& briefing_path) {
    const std::filesystem::path p(typed);
    if (p.empty() || p.is_absolute()) return typed;
    return (briefing_folder(briefing_path) / p).lexically_normal().string();
}

std::vector<std::string> still_export_args(const Session& session, const ViewOptions& view, geo::XY origin,
                                           const std::string& size, const std::string& output) {
    std::vector<std::string> args{"render"};
    for (std::string& a : view_args(view, session.look))
        args.push_back(std::move(a));
    const geo::Bounds shown = session.camera.visible();
    const geo::Bounds projected{shown.min_x + origin.x, shown.min_y + origin.y, shown.max_x + origin.x,
                                shown.max_y + origin.y};
    args.insert(args.end(), {"--size", size, "-o", output, "--time",
                             geo::format_day(geo::Day(std::floor(session.clock.t))), "--view",
                             format_view_box(projected)});
    if (session.slide >= 0) args.insert(args.end(), {"--slide", std::to_string(session.slide + 1)});
    return args;
}

void draw_export_panel(ExportPanelState& state, const Session& session, const geo::Briefing& briefing,
                       const ViewOptions& view, geo::XY origin, float s) {
    state.job.poll();
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    static float laid_out_for = 0;
    const int cond = layout_condition(laid_out_for, s);
    ImGui::SetNextWindowPos(ImVec2(display.x - 12 * s, 56 * s), cond, ImVec2(1, 0));
    ImGui::SetNextWindowSize(ImVec2(430 * s, 0), cond);
    ImGui::SetNextWindowCollapsed(true, ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("Export")) {
        ImGui::End();
        return;
    }
    ImGui::RadioButton("1920x1080", &state.size, 0);
    ImGui::SameLine();
    ImGui::RadioButton("3840x2160", &state.size, 1);
    const bool busy = state.job.running();

    const std::string& briefing_path = view.briefing;
    const ExportKind video_kind = state.slides ? ExportKind::SlidesVideo : ExportKind::TimelineVideo;
    if (state.still_path.empty()) state.still_path = default_export_path(briefing_path, ExportKind::Still);
    if (state.video_path.empty() || !state.video_named)
        state.video_path = default_export_path(briefing_path, video_kind);
    const std::string still_out = resolve_export_path(state.still_path, briefing_path);
    const std::string video_out = resolve_export_path(state.video_path, briefing_path);

    ImGui::Separator();
    ImGui::TextDisabled("Still (PNG)");
    ImGui::SetNextItemWidth(-1);
    input_path("##still", state.still_path);
    if (still_out != state.still_path) ImGui::TextDisabled("-> %s", still_out.c_str());
    const geo::Day day = geo::Day(std::floor(session.clock.t));
    ImGui::BeginDisabled(busy);
    if (ImGui::Button("Export still..."))
        start_or_ask(state, still_export_args(session, view, origin, kSizes[state.size], still_out),
                     still_out);
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::TextDisabled("%s%s", geo::long_date(day).c_str(),
                        session.slide >= 0 ? ", this slide, the view on screen" : ", the view on screen");

    ImGui::Separator();
    ImGui::TextDisabled("Video (MP4)");
    ImGui::SetNextItemWidth(-1);
    if (input_path("##video", state.video_path)) state.video_named = true;
    if (video_out != state.video_path) ImGui::TextDisabled("-> %s", video_out.c_str());
    ImGui::Checkbox("The slides, with fly-tos", &state.slides);
    if (!state.slides)
        ImGui::TextDisabled("The whole timeline, %s to %s", geo::format_day(briefing.info.start).c_str(),
                            geo::format_day(briefing.info.end).c_str());
    ImGui::BeginDisabled(busy || (state.slides && briefing.slides.empty()));
    if (ImGui::Button("Export video...")) {
        std::vector<std::string> args{"export"};
        for (std::string& a : view_args(view, session.look))
            args.push_back(std::move(a));
        args.insert(args.end(), {"--size", kSizes[state.size], "-o", video_out});
        if (state.slides) args.push_back("--slides");
        start_or_ask(state, std::move(args), video_out);
    }
    ImGui::EndDisabled();
    if (ImGui::BeginPopupModal("Replace the file?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::Text("%s already exists.", state.pending_output.c_str());
        if (ImGui::Button("Replace")) {
            state.job.start("/proc/self/exe", state.pending);
            state.pending.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button("Cancel")) {
            state.pending.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }

    if (busy || !state.job.message().empty()) {
        ImGui::Separator();
        ImGui::ProgressBar(float(state.job.fraction()), ImVec2(busy ? -90 * s : -1, 0));
        if (busy) {
            ImGui::SameLine();
            if (ImGui::Button("Cancel")) state.job.cancel();
        }
        const bool failed = !busy && !state.job.succeeded();
        if (failed) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.45f, 0.4f, 1.0f));
        ImGui::TextWrapped("%s", state.job.message().c_str());
        if (failed) ImGui::PopStyleColor();
    }
    ImGui::End();
}

} // namespace app
