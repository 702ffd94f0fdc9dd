// The timeline: controls on top, then one canvas with the volume chart, the date axis, event
// markers, the shown span and the playhead. Dragging scrubs; Shift+drag selects a window; the
// wheel zooms the dates.
#include "app/panels/briefing_panels.hpp"
#include "app/session/timeline_axis.hpp"
#include "render/briefing_layer.hpp"
#include "render/flow_layer.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace app {
namespace {

ImU32 category_colour(size_t category, float alpha) {
    const render::Rgba c = render::category_palette()[category];
    return ImGui::ColorConvertFloat4ToU32(ImVec4(c.r, c.g, c.b, alpha));
}

void draw_controls(Session& session, float s, PanelRequest& request) {
    Playback& clock = session.clock;
    // Named for what they do: they jump between events, not to the timeline's ends.
    if (ImGui::Button("< Event")) request.event_jump = -1;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Previous event  [");
    ImGui::SameLine();
    if (ImGui::Button(clock.playing ? "Pause" : "Play", ImVec2(70 * s, 0))) toggle_play(clock);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Space");
    ImGui::SameLine();
    if (ImGui::Button("Event >")) request.event_jump = +1;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Next event  ]");
    ImGui::SameLine();
    // The date gets the width of the longest one, so the controls after it stay put as it changes.
    const float date_x = ImGui::GetCursorPosX();
    session.timeline_day_shown = std::floor(clock.t);
    ImGui::Text("%s", geo::long_date(geo::Day(session.timeline_day_shown)).c_str());
    ImGui::SameLine(date_x + ImGui::CalcTextSize("30 September 2000").x + 24 * s);
    float speed = float(clock.speed);
    ImGui::SetNextItemWidth(150 * s);
    if (ImGui::SliderFloat("##speed", &speed, 0.25f, 365.0f, "%.1f days/s", ImGuiSliderFlags_Logarithmic))
        clock.speed = speed;
    for (double preset : kSpeedPresets) {
        ImGui::SameLine();
        const std::string label = std::to_string(int(preset)) + "d";
        if (ImGui::SmallButton(label.c_str())) clock.speed = preset;
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%d days per second", int(preset));
    }
    ImGui::SameLine();
    ImGui::Checkbox("Loop", &clock.loop);
    ImGui::SameLine();
    static const char* const kModes[] = {"Active at date", "Window up to date", "Everything up to date"};
    int mode = int(clock.mode);
    ImGui::SetNextItemWidth(190 * s);
    if (ImGui::Combo("##mode", &mode, kModes, 3)) clock.mode = TimeMode(mode);
    if (clock.mode == TimeMode::Window) {
        ImGui::SameLine();
        float days = float(clock.window_days);
        ImGui::SetNextItemWidth(120 * s);
        if (ImGui::SliderFloat("##window", &days, 1.0f, 365.0f, "%.0f days")) clock.window_days = days;
    }
}

constexpr float kTimelineHeight = 150; // ImGui units at UI scale 1

// Places the bottom strip's window for this frame; returns its height.
float begin_timeline_window(float s) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float height = kTimelineHeight * s;
    ImGui::SetNextWindowPos(ImVec2(0, display.y - height));
    ImGui::SetNextWindowSize(ImVec2(display.x, height));
    ImGui::SetNextWindowBgAlpha(0.88f);
    return height;
}

constexpr ImGuiWindowFlags kTimelineFlags =
    ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing;

} // namespace

float draw_loading_timeline(const std::string& title, const std::string& stage, float fraction, float s) {
    const float height = begin_timeline_window(s);
    if (ImGui::Begin("Timeline", nullptr, kTimelineFlags)) {
        ImGui::TextUnformatted(title.c_str());
        ImGui::ProgressBar(fraction, ImVec2(-1, 0), stage.c_str());
    }
    ImGui::End();
    return height;
}

float draw_timeline(Session& session, const geo::Briefing& briefing, const VolumeChart& chart, float s,
                    PanelRequest& request) {
    const float height = begin_timeline_window(s);
    if (!ImGui::Begin("Timeline", nullptr, kTimelineFlags)) {
        ImGui::End();
        return height;
    }
    draw_controls(session, s, request);

    Playback& clock = session.clock;
    if (session.timeline_to <= session.timeline_from)
        session.timeline_from = clock.start, session.timeline_to = clock.end;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 size(ImGui::GetContentRegionAvail().x, std::max(ImGui::GetContentRegionAvail().y, 40 * s));
    ImGui::InvisibleButton("##timeline", size);
    const bool hovered = ImGui::IsItemHovered(), active = ImGui::IsItemActive();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const double from = session.timeline_from, to = session.timeline_to;
    auto x_of = [&](double day) { return float(origin.x + (day - from) / (to - from) * size.x); };
    auto day_of = [&](float x) { return from + (x - origin.x) / size.x * (to - from); };
    const float top = origin.y + 14 * s, axis = origin.y + size.y - 18 * s; // chart between top and axis
    draw->AddRectFilled(origin, ImVec2(origin.x + size.x, origin.y + size.y), IM_COL32(255, 255, 255, 10));
    draw->PushClipRect(origin, ImVec2(origin.x + size.x, origin.y + size.y), true);

    // Stacked volume by category.
    if (chart.max_total > 0 && chart.totals.size() > 1) {
        const float column = std::max(1.0f, x_of(chart.day_of(1)) - x_of(chart.day_of(0)));
        for (size_t i = 0; i < chart.totals.size(); ++i) {
            const float x = x_of(chart.day_of(i));
            if (x + column < origin.x || x > origin.x + size.x) continue;
            float y = axis;
            for (size_t c = 0; c < chart.totals[i].size(); ++c) {
                const float h = chart.totals[i][c] / chart.max_total * (axis - top);
                if (h <= 0) continue;
                draw->AddRectFilled(ImVec2(x, y - h), ImVec2(x + column + 0.5f, y),
                                    category_colour(c, 0.75f));
                y -= h;
            }
        }
    }
    // Shown span (window / cumulative), then ticks.
    if (clock.shown_from() < clock.t)
        draw->AddRectFilled(ImVec2(x_of(clock.shown_from()), origin.y),
                            ImVec2(x_of(clock.t), origin.y + size.y), IM_COL32(255, 255, 255, 28));
    for (const Tick& tick : timeline_ticks(from, to, size.x, 70 * s)) {
        const float x = x_of(tick.day);
        draw->AddLine(ImVec2(x, tick.major ? origin.y : axis - 4 * s), ImVec2(x, axis + 3 * s),
                      tick.major ? IM_COL32(255, 255, 255, 120) : IM_COL32(255, 255, 255, 60));
        draw->AddText(ImVec2(x + 3 * s, axis + 1 * s), IM_COL32(220, 225, 235, 220), tick.label.c_str());
    }
    // Events: diamonds along the top; hover names them, click jumps there and inspects.
    bool on_event = false;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    for (size_t e = 0; e < briefing.events.size(); ++e) {
        const geo::Event& event = briefing.events[e];
        const float x = x_of(event.from), y = origin.y + 7 * s, r = 5 * s;
        const bool near = hovered && std::abs(mouse.x - x) <= r + 2 && std::abs(mouse.y - y) <= r + 3;
        const ImU32 colour = near          ? IM_COL32(255, 255, 255, 255)
                             : event.pause ? IM_COL32(255, 200, 80, 230)
                                           : IM_COL32(210, 215, 225, 200);
        draw->AddQuadFilled(ImVec2(x, y - r), ImVec2(x + r, y), ImVec2(x, y + r), ImVec2(x - r, y), colour);
        if (near) {
            on_event = true;
            ImGui::SetTooltip("%s\n%s%s", event.title.c_str(), geo::format_day(event.from).c_str(),
                              event.pause ? "  (playback pauses here)" : "");
            if (ImGui::IsMouseClicked(0)) request.show_event = int(e);
        }
    }
    // Playhead.
    const float px = x_of(clock.t);
    draw->AddLine(ImVec2(px, origin.y), ImVec2(px, origin.y + size.y), IM_COL32(255, 255, 255, 255),
                  2.0f * s);
    draw->AddTriangleFilled(ImVec2(px - 6 * s, origin.y), ImVec2(px + 6 * s, origin.y),
                            ImVec2(px, origin.y + 8 * s), IM_COL32(255, 255, 255, 255));
    draw->PopClipRect();

    // Scrub, select a window (Shift+drag), zoom (wheel).
    const ImGuiIO& io = ImGui::GetIO();
    if (active && !on_event) {
        const double day = std::clamp(day_of(mouse.x), clock.start, clock.end);
        if (ImGui::IsMouseClicked(0)) session.timeline_anchor = day;
        if (io.KeyShift && std::abs(day - session.timeline_anchor) >= 1) {
            clock.mode = TimeMode::Window;
            clock.window_days = std::abs(day - session.timeline_anchor);
            set_time(clock, std::max(day, session.timeline_anchor));
        } else if (!io.KeyShift) {
            set_time(clock, day);
        }
        clock.playing = false;
    }
    if (hovered && io.MouseWheel != 0) {
        const double at = day_of(mouse.x), factor = std::pow(0.85, io.MouseWheel);
        double a = at - (at - from) * factor, b = at + (to - at) * factor;
        if (b - a < 14) a = at - 7, b = at + 7;
        session.timeline_from = std::max(double(clock.start), a);
        session.timeline_to = std::min(double(clock.end), b);
    }
    ImGui::End();
    return height;
}

} // namespace app
