// The briefing UI's Dear ImGui panels, one .cpp each: timeline (bottom), layers and slides (left),
// inspector (right), search (Ctrl+F) and the keyboard help (?). Each reads and changes the
// Session; what needs the map (flying, selecting) comes back as a PanelRequest.
#pragma once

#include "app/export/export_job.hpp"
#include "app/map/view_options.hpp"
#include "app/session/layer_adder.hpp"
#include "app/session/picking.hpp"
#include "app/session/session.hpp"
#include "app/session/volume_chart.hpp"
#include "geo/briefing.hpp"

#include <optional>
#include <string>

namespace app {

// What a panel asks the frame loop to do.
struct PanelRequest {
    int go_to_slide = -1; // index into Briefing::slides
    Selection fly_to;     // frame this object
    int event_jump = 0;   // the timeline's "< Event" (-1) and "Event >" (+1): as [ and ]
    int show_event = -1;  // a timeline diamond clicked: index into Briefing::events
    bool toggle_presentation = false;
};

// Bottom strip: playback controls, date axis, volume chart, events, playhead. Returns its height.
float draw_timeline(Session& session, const geo::Briefing& briefing, const VolumeChart& chart, float ui_scale,
                    PanelRequest& request);
// The same strip while the briefing is still being read or built (the basemap shows above it):
// what is under way and how far, `fraction` of the way. Returns its height, the timeline's, so the
// map keeps its size when the timeline arrives.
float draw_loading_timeline(const std::string& title, const std::string& stage, float fraction,
                            float ui_scale);

// The Layers panel's "Add layer" part: the path being typed, the layers added so far, and what the
// briefer asked for this frame.
struct AddLayerPanel {
    char path[1024] = {};
    const std::vector<AddedLayer>* added = nullptr;
    bool can_write = false; // a briefing file to write into
    std::string add;        // set: read this file as a layer
    std::string write;      // set: write this added layer (by id) into the briefing file
    std::string write_error;
};

// `top`: where the left-hand panels start, below the map's title block.
void draw_layers_panel(Session& session, const geo::Briefing& briefing, float ui_scale, float top,
                       float bottom_margin, AddLayerPanel& adding);

void draw_slides_panel(Session& session, const geo::Briefing& briefing, float ui_scale, float top,
                       float bottom_margin, PanelRequest& request);

void draw_inspector(Session& session, const geo::Briefing& briefing, float ui_scale, float bottom_margin,
                    PanelRequest& request);

// The search box and its results; `query` persists between frames.
void draw_search(Session& session, const geo::Briefing& briefing, std::string& query, float ui_scale,
                 PanelRequest& request);

void draw_help(Session& session, float ui_scale);

// A failed hot reload: the problems (file:line:col) on a red banner; the last good picture stays.
void draw_reload_banner(const std::vector<geo::Diagnostic>& errors, float ui_scale);

struct ExportPanelState {
    int size = 0; // 0: 1920x1080, 1: 3840x2160
    bool slides = true;
    // As typed; empty until the panel first fills in the defaults beside the briefing.
    std::string still_path, video_path;
    bool video_named = false; // the briefer typed the video's name: slides/timeline no longer rename it
    std::vector<std::string> pending; // a command waiting for "Replace" because its output exists
    std::string pending_output;
    ExportJob job;
};

enum class ExportKind { Still, SlidesVideo, TimelineVideo };
// The default output beside the briefing: "<folder>/<briefing name>-still.png", "-slides.mp4" or
// "-timeline.mp4", absolute (the current folder when there is no briefing file).
std::string default_export_path(const std::string& briefing_path, ExportKind kind);
// Where an output typed in the panel goes: absolute paths as they are, relative ones in the
// briefing's folder (never the folder the program happened to start in).
std::string resolve_export_path(const std::string& typed, const std::string& briefing_path);
// Export still / video, run as a child process with progress and Cancel.
void draw_export_panel(ExportPanelState& state, const Session& session, const geo::Briefing& briefing,
                       const ViewOptions& view, geo::XY scene_origin, float ui_scale);

// The child command line of "Export still": `supplyline render` of the date, slide and camera on
// screen (--view, in projected metres: scene metres plus `scene_origin`) with the session's look.
std::vector<std::string> still_export_args(const Session& session, const ViewOptions& view,
                                           geo::XY scene_origin, const std::string& size,
                                           const std::string& output);

// Reliability grade as analysts write it: "B2" (source reliability A-F, information credibility 1-6).
std::string grade_of(const geo::Source& source);

} // namespace app
