// Draws what a briefing adds to the basemap: corridors, place markers, place labels (placed
// without overlaps, sized for a 4K room) and the title overlay. Shared by the window and the
// headless render so export equals preview. Flows and theaters join here with the flow renderer.
#pragma once

#include "geo/briefing.hpp"
#include "geo/briefing_scene.hpp"
#include "geo/visibility.hpp"
#include "render/basemap_layer.hpp"
#include "render/camera.hpp"
#include "render/flow_layer.hpp"
#include "render/font_atlas.hpp"
#include "render/legend.hpp"
#include "render/line_batch.hpp"
#include "render/map_programs.hpp"
#include "render/marker_batch.hpp"
#include "render/ring_batch.hpp"
#include "render/text_batch.hpp"
#include "render/theme.hpp"

#include <array>
#include <memory>
#include <string>
#include <vector>

namespace render {

class BriefingLayer {
  public:
    // `font` is the bytes of the label font (TTF/OTF). Null with `error` set on failure.
    static std::unique_ptr<BriefingLayer> create(const geo::Briefing& briefing,
                                                 const geo::BriefingScene& scene, std::vector<uint8_t> font,
                                                 std::string& error);

    // Spotlight: flows, theaters and places whose ids are in `ids` keep full strength, the rest
    // dim. An empty list clears the focus. A flow is also in focus when its places or actors are.
    void set_focus(const std::vector<std::string>& ids);
    // The slide title shown as the headline (empty: the briefing's title).
    void set_slide_title(std::string title) { slide_title_ = std::move(title); }
    const geo::Briefing& briefing() const { return *briefing_; }
    // Each flow's state as last drawn (visibility and spotlight applied): what is on screen.
    const std::vector<geo::FlowState>& flow_states() const { return states_; }
    // What is switched on (Layers panel, number keys, a slide's `show`).
    void set_visibility(const geo::Visibility& visibility);
    const geo::Visibility& visibility() const { return visibility_; }
    // Time shown as a span ending at the drawn t: flows that moved since `from` stay faintly
    // visible (window and cumulative modes). `from` >= t shows only what moves at t.
    void set_shown_from(double from) { shown_from_ = from; }
    // Names each moving flow halfway along its route (placed like place labels, never overlapping).
    void set_flow_labels(bool on) { flow_labels_ = on; }

    // `t` is the briefing clock in days (geo::Day, fractional); `anim_seconds` moves the flow
    // pulses. `pixel_scale`: 1 at 1080 lines, 2 at 2160 (sizes are in points of a 1080p screen).
    // `basemap` (may be null) lets theaters tint their countries.
    void draw(const MapPrograms& programs, const Camera& camera, const Theme& theme, float pixel_scale,
              double t, double anim_seconds, const BasemapLayer* basemap);

  private:
    const geo::Briefing* briefing_ = nullptr;
    std::vector<geo::PlaceMarker> places_;
    std::vector<LineBatch> corridors_; // per corridor mode
    geo::Visibility visibility_;
    std::vector<bool> flow_visible_;
    double shown_from_ = 1e300;
    std::unique_ptr<MarkerBatch> markers_;
    std::unique_ptr<FontAtlas> font_;
    std::unique_ptr<TextBatch> text_;
    std::unique_ptr<FlowLayer> flows_;
    std::unique_ptr<Legend> legend_;
    std::vector<double> unit_peaks_; // per flow, for evaluate_flows
    std::vector<geo::Vec2f> flow_middle_;
    bool flow_labels_ = false;
    std::vector<TriangleMesh> theater_discs_; // per theater; empty meshes for country theaters
    std::unique_ptr<RingBatch> rings_;
    std::vector<int> place_marker_; // per briefing place: index into places_, or -1 (not visible)
    std::string slide_title_;
    std::vector<geo::Vec2f> theater_anchor_;
    std::vector<bool> has_anchor_;
    std::vector<float> flow_focus_, theater_focus_; // per object: 1 in focus (or no focus), dimmed otherwise
    std::vector<geo::FlowState> states_;

    void draw_theaters(const MapPrograms& programs, const Camera& camera, double t, double anim_seconds,
                       const BasemapLayer* basemap);
    void draw_labels(const Camera& camera, const Theme& theme, float pixel_scale, double t);
    void draw_event_rings(const Camera& camera, const Theme& theme, float pixel_scale, double t,
                          double anim_seconds);
    void draw_overlay(const Camera& camera, const Theme& theme, float pixel_scale, double t,
                      double anim_seconds);
};

// The tint of a theater kind (index = geo::TheaterKind), drawn translucent so borders show through.
const std::array<Rgba, 6>& theater_palette();

// "K A Z A K H S T A N": map-style theater names (ASCII letters capitalised, spaced).
std::string spaced_capitals(const std::string& text);

// "19 June 2024"
std::string long_date(geo::Day day);

// Label size in points (1080p) for a place priority; at 4K these give >= 32 px cap height for
// priority 1 and >= 22 px for the rest (Inter's cap height is 0.73 of its size).
float label_size_points(int priority);

} // namespace render
