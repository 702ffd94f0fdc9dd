// The inspector: what the selected object is, its volume over time (flows), and the sources
// behind it with their reliability grades and what they say.
#include "app/panels/briefing_panels.hpp"
#include "render/briefing_layer.hpp"

#include <imgui.h>
#include <imgui_internal.h> // ImTextCharFromUtf8

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace app {
namespace {

// True when the UI font has every character of `text` (else ImGui would draw '?' for them).
bool font_has_all(const std::string& text) {
    const ImFont* font = ImGui::GetFont();
    for (const char* c = text.c_str(); *c;) {
        unsigned int codepoint = 0;
        c += std::max(1, ImTextCharFromUtf8(&codepoint, c, nullptr)); // never stuck on a broken byte
        if (codepoint >= 0x20 && !font->FindGlyphNoFallback(ImWchar(codepoint))) return false;
    }
    return true;
}

// What the cited sources say (graded), then, set apart, what the briefer added from general
// knowledge: a reader must never take the second for the first.
void sources_section(const geo::Briefing& briefing, const std::vector<int>& sources,
                     const std::string& general_knowledge) {
    if (!general_knowledge.empty()) {
        ImGui::Spacing();
        ImGui::TextColored(ImVec4(1.0f, 0.784f, 0.47f, 1.0f),
                           "Added from general knowledge (not in the sources)");
        ImGui::TextWrapped("%s", general_knowledge.c_str());
    }
    ImGui::Spacing();
    if (sources.empty()) {
        ImGui::TextDisabled("No source cited.");
        return;
    }
    ImGui::TextDisabled("What the sources say (reliability A-F, credibility 1-6)");
    for (int i : sources) {
        const geo::Source& src = briefing.sources[size_t(i)];
        ImGui::Bullet();
        ImGui::TextWrapped("[%s] %s, %s: %s", grade_of(src).c_str(), src.publisher.c_str(),
                           geo::format_day(src.date).c_str(), src.title.c_str());
        if (!src.summary.empty()) {
            ImGui::Indent();
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            ImGui::TextWrapped("%s", src.summary.c_str());
            ImGui::PopStyleColor();
            ImGui::Unindent();
        }
    }
}

void flow_details(const geo::Briefing& b, const geo::Flow& f, double t, float s) {
    auto actor = [&](int a) { return a >= 0 ? b.actors[size_t(a)].name : std::string("?"); };
    ImGui::Text("%s -> %s", actor(f.from).c_str(), actor(f.to).c_str());
    ImGui::Text("%s, %s", std::string(geo::name_of(f.category)).c_str(),
                std::string(geo::name_of(f.confidence)).c_str());
    std::string route;
    for (int c : f.route)
        route += (route.empty() ? "" : ", ") + b.corridors[size_t(c)].name;
    ImGui::TextWrapped("Route: %s", route.c_str());
    ImGui::Text("Now: %.3g %s", f.volume.at(t), f.unit.c_str());
    // Volume over the briefing, sampled weekly, with the clock marked by the plot's tooltip.
    std::vector<float> samples;
    for (double d = b.info.start; d <= b.info.end; d += 7)
        samples.push_back(float(f.volume.at(d)));
    const std::string overlay = fmt::format("peak {:.3g} {}", f.volume.peak(), f.unit);
    // An explicit width: -1 ("to the edge") collapses to a few pixels in a window that sizes itself.
    const float width = std::max(ImGui::GetContentRegionAvail().x, 240 * s);
    ImGui::PlotLines("##volume", samples.data(), int(samples.size()), 0, overlay.c_str(), 0.0f,
                     float(f.volume.peak()) * 1.1f, ImVec2(width, 70 * s));
    if (!f.note.empty()) ImGui::TextWrapped("%s", f.note.c_str());
}

} // namespace

std::string grade_of(const geo::Source& source) {
    return fmt::format("{}{}", source.reliability, source.credibility);
}

void draw_inspector(Session& session, const geo::Briefing& b, float s, float bottom_margin,
                    PanelRequest& request) {
    if (!session.selected) return;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    // Below the Map and Export headers, which sit at the top right too.
    ImGui::SetNextWindowPos(ImVec2(display.x - 12 * s, 92 * s), ImGuiCond_Appearing, ImVec2(1, 0));
    // A new selection fits the panel to its own content (a place after a long flow shrinks it).
    static Selection sized_for;
    ImGui::SetNextWindowSize(ImVec2(420 * s, 0),
                             session.selected != sized_for ? ImGuiCond_Always : ImGuiCond_Appearing);
    sized_for = session.selected;
    ImGui::SetNextWindowSizeConstraints(ImVec2(280 * s, 0),
                                        ImVec2(900 * s, display.y - bottom_margin - 80 * s));
    ImGui::SetNextWindowBgAlpha(0.96f); // the map must not show through the sources' text
    bool open = true;
    const Selection sel = session.selected;
    const std::string title = selection_name(b, sel) + "###inspector";
    if (!ImGui::Begin(title.c_str(), &open)) {
        ImGui::End();
        if (!open) session.selected = {};
        return;
    }
    const size_t i = size_t(sel.index);
    switch (sel.kind) {
    case Selection::Kind::Flow:
        flow_details(b, b.flows[i], session.clock.t, s);
        sources_section(b, b.flows[i].sources, b.flows[i].general_knowledge);
        break;
    case Selection::Kind::Place: {
        const geo::Place& p = b.places[i];
        ImGui::Text("%s%s%s", std::string(geo::name_of(p.kind)).c_str(), p.actor >= 0 ? ", " : "",
                    p.actor >= 0 ? b.actors[size_t(p.actor)].name.c_str() : "");
        if (!p.local_name.empty() && font_has_all(p.local_name)) {
            ImGui::Text("Local name: %s", p.local_name.c_str());
        } else if (!p.local_name.empty()) { // never a row of '?': say what is missing
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            ImGui::TextWrapped(
                "Local name: not shown, no installed font has its script (Debian: fonts-noto-cjk "
                "or fonts-noto-core)");
            ImGui::PopStyleColor();
        }
        ImGui::Text("%.3f, %.3f", p.lonlat.lat, p.lonlat.lon);
        for (size_t e = 0; e < b.events.size(); ++e)
            if (b.events[e].place == sel.index) {
                ImGui::Bullet();
                if (ImGui::SmallButton(
                        fmt::format("{}  {}##ev{}", geo::format_day(b.events[e].from), b.events[e].title, e)
                            .c_str())) {
                    set_time(session.clock, b.events[e].from);
                    session.selected = {Selection::Kind::Event, int(e)};
                }
            }
        break;
    }
    case Selection::Kind::Corridor: {
        const geo::Corridor& c = b.corridors[i];
        ImGui::Text("%s route", std::string(geo::name_of(c.mode)).c_str());
        ImGui::TextDisabled("Flows on it");
        for (size_t f = 0; f < b.flows.size(); ++f)
            if (std::find(b.flows[f].route.begin(), b.flows[f].route.end(), sel.index) !=
                b.flows[f].route.end()) {
                ImGui::Bullet();
                if (ImGui::SmallButton(fmt::format("{}##fl{}", b.flows[f].name, f).c_str()))
                    session.selected = {Selection::Kind::Flow, int(f)};
            }
        sources_section(b, c.sources, c.general_knowledge);
        break;
    }
    case Selection::Kind::Theater: {
        const geo::Theater& th = b.theaters[i];
        const auto state = th.state_at(session.clock.t);
        ImGui::Text("%s theater, %s now", std::string(geo::name_of(th.kind)).c_str(),
                    state ? std::string(geo::name_of(*state)).c_str() : "not active");
        for (const geo::StatusInterval& st : th.status)
            ImGui::BulletText("%s to %s: %s", geo::format_day(st.from).c_str(),
                              geo::format_day(st.to).c_str(), std::string(geo::name_of(st.state)).c_str());
        sources_section(b, th.sources, th.general_knowledge);
        break;
    }
    case Selection::Kind::Event: {
        const geo::Event& e = b.events[i];
        ImGui::Text("%s%s%s", geo::format_day(e.from).c_str(), e.to > e.from ? " to " : "",
                    e.to > e.from ? geo::format_day(e.to).c_str() : "");
        if (e.place >= 0) ImGui::Text("At %s", b.places[size_t(e.place)].name.c_str());
        if (!e.detail.empty()) ImGui::TextWrapped("%s", e.detail.c_str());
        sources_section(b, e.sources, e.general_knowledge);
        break;
    }
    case Selection::Kind::Actor: {
        const geo::Actor& a = b.actors[i];
        if (!a.country.empty()) ImGui::Text("Country: %s", a.country.c_str());
        ImGui::TextDisabled("Flows");
        for (size_t f = 0; f < b.flows.size(); ++f)
            if (b.flows[f].from == sel.index || b.flows[f].to == sel.index) {
                ImGui::Bullet();
                if (ImGui::SmallButton(fmt::format("{}##af{}", b.flows[f].name, f).c_str()))
                    session.selected = {Selection::Kind::Flow, int(f)};
            }
        break;
    }
    case Selection::Kind::None:
        break;
    }
    ImGui::Separator();
    if (ImGui::Button("Fly to")) request.fly_to = session.selected;
    ImGui::End();
    if (!open) session.selected = {};
}

} // namespace app
