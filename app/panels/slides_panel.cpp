// The Slides panel: every slide by number and title (click to go there), the current one's notes.
#include "app/panels/briefing_panels.hpp"

#include <imgui.h>

#include <fmt/format.h>

#include <algorithm>

namespace app {

void draw_slides_panel(Session& session, const geo::Briefing& briefing, float s, float bottom_margin,
                       PanelRequest& request) {
    if (briefing.slides.empty()) return;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(12 * s, 190 * s), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(380 * s, 0), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSizeConstraints(
        ImVec2(240 * s, 0), ImVec2(800 * s, std::max(display.y - bottom_margin - 200 * s, 200 * s)));
    ImGui::SetNextWindowCollapsed(true, ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("Slides")) {
        ImGui::End();
        return;
    }
    for (size_t i = 0; i < briefing.slides.size(); ++i) {
        const std::string label = fmt::format("{:>2}. {}", i + 1, briefing.slides[i].title);
        if (ImGui::Selectable(label.c_str(), int(i) == session.slide)) request.go_to_slide = int(i);
    }
    if (session.slide >= 0 && size_t(session.slide) < briefing.slides.size()) {
        ImGui::Separator();
        const geo::Slide& slide = briefing.slides[size_t(session.slide)];
        ImGui::TextDisabled("Notes");
        ImGui::TextWrapped("%s", slide.notes.empty() ? "(none)" : slide.notes.c_str());
    }
    ImGui::Separator();
    if (ImGui::Button("Present (F5)")) request.toggle_presentation = true;
    ImGui::SameLine();
    ImGui::TextDisabled("Right/PageDown: next");
    ImGui::End();
}

} // namespace app
