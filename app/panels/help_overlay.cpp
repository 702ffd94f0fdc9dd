// The keyboard help (? or F1): every binding from the keymap, centred over the map.
#include "app/panels/briefing_panels.hpp"
#include "app/session/keymap.hpp"

#include <imgui.h>

#include <string>

namespace app {

void draw_help(Session& session, float s) {
    if (!session.help) return;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(display.x / 2, display.y / 2), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowBgAlpha(0.94f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse;
    if (!ImGui::Begin("Keyboard (Esc closes)", &session.help, flags)) {
        ImGui::End();
        return;
    }
    if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_PadOuterX)) {
        ImGui::TableSetupColumn("key", ImGuiTableColumnFlags_WidthFixed, 230 * s);
        for (const KeyHelp& k : key_help()) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::TextUnformatted(std::string(k.keys).c_str());
            ImGui::TableSetColumnIndex(1);
            ImGui::TextUnformatted(std::string(k.what).c_str());
        }
        ImGui::EndTable();
    }
    ImGui::End();
}

} // namespace app
