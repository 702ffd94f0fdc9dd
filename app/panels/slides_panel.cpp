// The Slides panel: every slide by number and title (click to go there), the current one's notes.
#include "app/panels/briefing_panels.hpp"
#include "app/panels/panel_layout.hpp"

#include <imgui.h>

#include <fmt/format.h>

#include <algorithm>

namespace app {

void draw_slides_panel(Session& session, const geo::Briefing& briefing, float s, float top,
                       float bottom_margin, PanelRequest& request) {
    if (briefing.slides.empty()) return;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    static float laid_out_for = 0;
    const int cond = layout_condition(laid_out_for, s);
    ImGui::SetNextWindowPos(ImVec2(12 * s, top + 40 * s), cond);
    ImGui::SetNextWindowSize(ImVec2(380 * s, 0), cond);
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
