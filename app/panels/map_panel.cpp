// The Map panel in Dear ImGui.
#include "app/panels/map_panel.hpp"
#include "app/panels/panel_layout.hpp"

#include "geo/projection.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>

namespace app {
namespace {

// ImGui::InputText needs a fixed buffer; 512 characters fit any PROJ string a person types.
bool input_string(const char* label, std::string& text) {
    std::array<char, 512> buffer{};
    text.copy(buffer.data(), buffer.size() - 1);
    const bool entered =
        ImGui::InputText(label, buffer.data(), buffer.size(), ImGuiInputTextFlags_EnterReturnsTrue);
    text = buffer.data();
    return entered;
}

} // namespace

MapPanelActions draw_map_panel(MapPanelState& state, ViewOptions& view, render::FrameLook& look,
                               float ui_scale) {
    MapPanelActions actions;
    // Top right and collapsed at first, so the briefing's title and the map stay clear.
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    static float laid_out_for = 0;
    const int cond = layout_condition(laid_out_for, ui_scale);
    ImGui::SetNextWindowPos(ImVec2(display.x - 12 * ui_scale, 12 * ui_scale), cond, ImVec2(1, 0));
    ImGui::SetNextWindowCollapsed(true, ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(430 * ui_scale, 0), cond);
    if (!ImGui::Begin("Map")) {
        ImGui::End();
        return actions;
    }

    ImGui::TextUnformatted("Projection");
    const auto presets = geo::projection_presets();
    const char* current = "Custom";
    for (const auto& p : presets)
        if (p.definition == view.projection) current = p.name.data();
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo("##preset", current)) {
        for (const auto& p : presets) {
            if (ImGui::Selectable(p.name.data(), p.definition == view.projection)) {
                view.projection = std::string(p.definition);
                state.projection_input = view.projection;
                actions.apply_projection = true;
            }
        }
        ImGui::EndCombo();
    }
    ImGui::SetNextItemWidth(-80 * ui_scale);
    const bool entered = input_string("##proj", state.projection_input);
    ImGui::SameLine();
    if (ImGui::Button("Apply") || entered) {
        view.projection = state.projection_input;
        actions.apply_projection = true;
    }
    ImGui::TextDisabled("PROJ string, EPSG:code or WKT");

    ImGui::Separator();
    ImGui::TextUnformatted("Basemap detail");
    for (geo::BasemapScale s : {geo::BasemapScale::k110m, geo::BasemapScale::k50m, geo::BasemapScale::k10m}) {
        ImGui::SameLine();
        if (ImGui::RadioButton(geo::to_string(s).data(), view.basemap == s) && view.basemap != s) {
            view.basemap = s;
            actions.rebuild = true;
        }
    }
    ImGui::TextUnformatted("Theme");
    for (const char* theme : {"dark", "light"}) {
        ImGui::SameLine();
        if (ImGui::RadioButton(theme, look.theme->name == theme)) look.theme = render::find_theme(theme);
    }
    ImGui::SetNextItemWidth(160 * ui_scale);
    ImGui::SliderFloat("Map text", &look.text_scale, 0.5f, 3.0f, "%.2fx");
    ImGui::SameLine();
    ImGui::TextDisabled("(names, legend; also in F5 and exports)");
    if (ImGui::Button("Home view (H)")) actions.home = true;

    ImGui::Separator();
    ImGui::SetNextItemWidth(160 * ui_scale);
    ImGui::SliderFloat("UI scale", &state.ui_scale, 0.75f, 3.0f, "%.2fx");
    if (!state.monitors.empty()) {
        ImGui::SetNextItemWidth(-90 * ui_scale);
        const int shown = std::clamp(state.monitor, 0, int(state.monitors.size()) - 1);
        if (ImGui::BeginCombo("Present on", state.monitors[size_t(shown)].c_str())) {
            for (size_t i = 0; i < state.monitors.size(); ++i)
                if (ImGui::Selectable(state.monitors[i].c_str(), int(i) == shown)) state.monitor = int(i);
            ImGui::EndCombo();
        }
    }

    ImGui::Separator();
    if (state.building)
        ImGui::TextUnformatted("Building map...");
    else
        ImGui::TextDisabled("%s", state.status.c_str());
    if (!state.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.45f, 0.4f, 1.0f));
        ImGui::TextWrapped("%s", state.error.c_str());
        ImGui::PopStyleColor();
        ImGui::TextDisabled("The previous map stays on screen.");
    }
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("Drag: pan   Wheel, +/-: zoom   H: home   T: theme   ?: all keys");
    ImGui::PopStyleColor();
    ImGui::End();
    return actions;
}

} // namespace app
