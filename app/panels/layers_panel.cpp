// The Layers panel: number-key groups, then categories (with their colours), confidence grades,
// actors, map furniture and the briefing's extra layers.
#include "app/panels/briefing_panels.hpp"
#include "app/panels/panel_layout.hpp"
#include "render/flow_layer.hpp"

#include <imgui.h>

#include <cmath>

#include <fmt/format.h>

namespace app {
namespace {

// ImGui checkboxes take bool*; std::vector<bool> has no addressable elements.
bool checkbox(const char* label, std::vector<bool>& flags, size_t i) {
    bool value = i < flags.size() && flags[i];
    if (!ImGui::Checkbox(label, &value) || i >= flags.size()) return false;
    flags[i] = value;
    return true;
}

} // namespace

void draw_layers_panel(Session& session, const geo::Briefing& briefing, float s, float top,
                       float bottom_margin, AddLayerPanel& adding) {
    static float laid_out_for = 0;
    const int cond = layout_condition(laid_out_for, s);
    ImGui::SetNextWindowPos(ImVec2(12 * s, top), cond);
    ImGui::SetNextWindowSize(ImVec2(290 * s, 0), cond);
    ImGui::SetNextWindowSizeConstraints(
        ImVec2(200 * s, 0), ImVec2(600 * s, ImGui::GetIO().DisplaySize.y - bottom_margin - 160 * s));
    ImGui::SetNextWindowCollapsed(true, ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("Layers")) {
        ImGui::End();
        return;
    }
    geo::Visibility& v = session.visibility;
    bool changed = false;
    if (ImGui::CollapsingHeader("Groups (keys 1-9)", ImGuiTreeNodeFlags_DefaultOpen)) {
        for (size_t g = 0; g < geo::toggle_groups().size(); ++g) {
            bool on = geo::group_on(v, int(g + 1));
            const std::string label = fmt::format("{}  {}", g + 1, geo::toggle_groups()[g].name);
            if (ImGui::Checkbox(label.c_str(), &on)) changed |= geo::toggle_group(v, int(g + 1));
        }
    }
    if (ImGui::CollapsingHeader("Categories", ImGuiTreeNodeFlags_DefaultOpen)) {
        std::vector<bool> used(geo::flow_category_names().size(), false);
        for (const geo::Flow& f : briefing.flows)
            used[size_t(f.category)] = true;
        for (size_t c = 0; c < used.size(); ++c) {
            if (!used[c]) continue;
            const render::Rgba colour = render::category_palette()[c];
            ImGui::ColorButton(fmt::format("##c{}", c).c_str(), ImVec4(colour.r, colour.g, colour.b, 1),
                               ImGuiColorEditFlags_NoTooltip, ImVec2(12 * s, 12 * s));
            ImGui::SameLine();
            changed |= checkbox(std::string(geo::flow_category_names()[c]).c_str(), v.categories, c);
        }
    }
    if (ImGui::CollapsingHeader("Confidence")) {
        for (size_t g = 0; g < geo::confidence_names().size(); ++g)
            changed |= checkbox(std::string(geo::confidence_names()[g]).c_str(), v.confidences, g);
    }
    if (ImGui::CollapsingHeader("Actors")) {
        for (size_t a = 0; a < briefing.actors.size(); ++a)
            changed |= checkbox(fmt::format("{}##actor{}", briefing.actors[a].name, a).c_str(), v.actors, a);
    }
    if (ImGui::CollapsingHeader("Map")) {
        changed |= ImGui::Checkbox("Theaters", &v.theaters);
        changed |= ImGui::Checkbox("Places", &v.places);
        changed |= ImGui::Checkbox("Labels", &v.labels);
        changed |= ImGui::Checkbox("Event rings", &v.events);
        changed |= ImGui::Checkbox("Legend  (L)", &v.legend);
    }
    if (!briefing.layers.empty() && ImGui::CollapsingHeader("Extra layers")) {
        for (size_t l = 0; l < briefing.layers.size(); ++l)
            changed |= checkbox(fmt::format("{}##layer{}", briefing.layers[l].id, l).c_str(), v.layers, l);
    }
    if (ImGui::CollapsingHeader("Add layer", ImGuiTreeNodeFlags_DefaultOpen)) {
        ImGui::TextDisabled("A file path, or drop files on the window");
        ImGui::SetNextItemWidth(-60 * s);
        const bool entered = ImGui::InputText("##addpath", adding.path, sizeof adding.path,
                                              ImGuiInputTextFlags_EnterReturnsTrue);
        ImGui::SameLine();
        if ((ImGui::Button("Add") || entered) && adding.path[0]) {
            adding.add = adding.path;
            adding.path[0] = 0;
        }
        static const std::vector<AddedLayer> kNone;
        for (const AddedLayer& a : adding.added ? *adding.added : kNone) {
            if (a.reading) {
                ImGui::Text("%s: reading", a.id.c_str());
                ImGui::SameLine();
                ImGui::ProgressBar(float(std::fmod(ImGui::GetTime(), 1.0)), ImVec2(-1, 0), "");
            } else if (!a.error.empty()) {
                ImGui::TextColored(ImVec4(1, 0.45f, 0.4f, 1), "%s: %s", a.id.c_str(), a.error.c_str());
            } else {
                ImGui::Text("%s: %zu features", a.id.c_str(), a.features);
                if (adding.can_write && a.beside_briefing && !a.written) {
                    ImGui::SameLine();
                    if (ImGui::SmallButton(fmt::format("Write into briefing##w{}", a.id).c_str()))
                        adding.write = a.id;
                } else if (a.written) {
                    ImGui::SameLine();
                    ImGui::TextDisabled("(in the briefing file)");
                } else if (adding.can_write) {
                    ImGui::TextDisabled("  outside the briefing's folder: copy it there to keep it");
                }
            }
        }
        if (!adding.write_error.empty())
            ImGui::TextColored(ImVec4(1, 0.45f, 0.4f, 1), "%s", adding.write_error.c_str());
    }
    if (ImGui::Button("Everything on")) {
        v = geo::Visibility::all(briefing);
        changed = true;
    }
    session.visibility_changed |= changed;
    ImGui::End();
}

} // namespace app
