// The red banner of a failed reload: the problems with file:line:col over the last good picture.
#include "app/panels/briefing_panels.hpp"

#include <imgui.h>

namespace app {

void draw_reload_banner(const std::vector<geo::Diagnostic>& errors, float s) {
    if (errors.empty()) return;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(display.x / 2, 12 * s), ImGuiCond_Always, ImVec2(0.5f, 0));
    ImGui::SetNextWindowSizeConstraints(ImVec2(300 * s, 0), ImVec2(display.x * 0.8f, display.y * 0.4f));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0.35f, 0.05f, 0.05f, 0.95f));
    ImGui::Begin("Reload failed: showing the last good version", nullptr,
                 ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoFocusOnAppearing);
    for (size_t i = 0; i < errors.size() && i < 8; ++i)
        ImGui::TextUnformatted(errors[i].text().c_str());
    if (errors.size() > 8) ImGui::Text("... and %zu more", errors.size() - 8);
    ImGui::TextDisabled("Fix the file and save: it reloads by itself.");
    ImGui::End();
    ImGui::PopStyleColor();
}

} // namespace app
