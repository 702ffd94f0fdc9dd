// Ctrl+F: type a name, pick a result (Enter takes the first), the map flies there and the
// inspector opens.
#include "app/panels/briefing_panels.hpp"
#include "app/session/search.hpp"

#include <imgui.h>

#include <array>

namespace app {

void draw_search(Session& session, const geo::Briefing& briefing, std::string& query, float s,
                 PanelRequest& request) {
    if (!session.search) return;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(display.x / 2, 70 * s), ImGuiCond_Always, ImVec2(0.5f, 0));
    ImGui::SetNextWindowSize(ImVec2(460 * s, 0));
    const ImGuiWindowFlags flags =
        ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings;
    if (!ImGui::Begin("Search (Esc closes)", &session.search, flags)) {
        ImGui::End();
        return;
    }
    std::array<char, 256> buffer{};
    query.copy(buffer.data(), buffer.size() - 1);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(-1);
    const bool entered =
        ImGui::InputText("##query", buffer.data(), buffer.size(), ImGuiInputTextFlags_EnterReturnsTrue);
    query = buffer.data();
    const std::vector<Selection> hits = search_briefing(briefing, query);
    auto choose = [&](Selection hit) {
        session.selected = hit;
        request.fly_to = hit;
        session.search = false;
    };
    if (entered && !hits.empty()) choose(hits.front());
    static const char* const kKinds[] = {"", "place", "flow", "corridor", "theater", "event", "actor"};
    for (size_t i = 0; i < hits.size(); ++i) {
        const std::string label = selection_name(briefing, hits[i]) + "##hit" + std::to_string(i);
        if (ImGui::Selectable(label.c_str(), i == 0)) choose(hits[i]);
        ImGui::SameLine(ImGui::GetWindowWidth() - 90 * s);
        ImGui::TextDisabled("%s", kKinds[int(hits[i].kind)]);
    }
    if (!query.empty() && hits.empty()) ImGui::TextDisabled("Nothing by that name.");
    ImGui::End();
}

} // namespace app
