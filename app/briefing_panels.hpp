// The briefing UI's Dear ImGui panels, one .cpp each: timeline (bottom), layers and slides (left),
// inspector (right), search (Ctrl+F) and the keyboard help (?). Each reads and changes the
// Session; what needs the map (flying, selecting) comes back as a PanelRequest.
#pragma once

#include "app/picking.hpp"
#include "app/session.hpp"
#include "app/volume_chart.hpp"
#include "geo/briefing.hpp"

#include <optional>
#include <string>

namespace app {

// What a panel asks the frame loop to do.
struct PanelRequest {
    int go_to_slide = -1; // index into Briefing::slides
    Selection fly_to;     // frame this object
    bool toggle_presentation = false;
};

// Bottom strip: playback controls, date axis, volume chart, events, playhead. Returns its height.
float draw_timeline(Session& session, const geo::Briefing& briefing, const VolumeChart& chart, float ui_scale,
                    PanelRequest& request);

void draw_layers_panel(Session& session, const geo::Briefing& briefing, float ui_scale, float bottom_margin);

void draw_slides_panel(Session& session, const geo::Briefing& briefing, float ui_scale, float bottom_margin,
                       PanelRequest& request);

void draw_inspector(Session& session, const geo::Briefing& briefing, float ui_scale, float bottom_margin,
                    PanelRequest& request);

// The search box and its results; `query` persists between frames.
void draw_search(Session& session, const geo::Briefing& briefing, std::string& query, float ui_scale,
                 PanelRequest& request);

void draw_help(Session& session, float ui_scale);

// Reliability grade as analysts write it: "B2" (source reliability A-F, information credibility 1-6).
std::string grade_of(const geo::Source& source);

} // namespace app
