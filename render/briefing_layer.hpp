// Draws what a briefing adds to the basemap: theaters, corridors, flows, place markers, event
// rings, labels (placed without overlaps, sized for a 4K room) and the overlay (title, date stamp,
// legend), all from a Frame. Holds GPU geometry and the font, never what a frame shows.
#pragma once

#include "base/result.hpp"
#include "geo/briefing.hpp"
#include "geo/flow_time_index.hpp"
#include "geo/label_layout.hpp"
#include "geo/scene.hpp"
#include "geo/spotlight.hpp"
#include "render/basemap_layer.hpp"
#include "render/camera.hpp"
#include "render/event_caption.hpp"
#include "render/flow_layer.hpp"
#include "render/font_atlas.hpp"
#include "render/frame.hpp"
#include "render/legend.hpp"
#include "render/line_batch.hpp"
#include "render/map_programs.hpp"
#include "render/marker_batch.hpp"
#include "render/ring_batch.hpp"
#include "render/text_batch.hpp"
#include "render/theme.hpp"

#include <array>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace render {

class BriefingLayer {
  public:
    // `font` is the bytes of the label font (TTF/OTF).
    static base::Result<std::unique_ptr<BriefingLayer>>
    create(const geo::Briefing& briefing, const geo::BriefingScene& scene, std::vector<uint8_t> font);

    const geo::Briefing& briefing() const { return *briefing_; }

    // Fills frame.flow_states for its time, shown span, visibility and spotlight.
    void evaluate(Frame& frame, const geo::Spotlight& spotlight) const;

    // Draws the corridors the frame's visibility shows: static (nothing in them moves with time),
    // so the map's static picture holds them with the basemap (MapRenderer::draw_static), seen by
    // `camera` (the frame's, or the wider one of that picture).
    void draw_corridors(const MapPrograms& programs, const Frame& frame, const Camera& camera) const;

    // Draws what changes with time over the static picture: the frame's theaters, flows (from
    // frame.flow_states), markers, event rings, labels and the overlay (title, date stamp,
    // legend). `basemap` (may be null) lets theaters tint their countries.
    void draw(const MapPrograms& programs, const Frame& frame, const geo::Spotlight& spotlight,
              const BasemapLayer* basemap) const;

    // What the last draw() placed, in screen pixels: every label drawn, and the legend's backing
    // when there was a legend (tests check that they never overlap).
    struct PlacedOverlay {
        std::vector<geo::LabelBox> labels;
        std::optional<geo::LabelBox> legend;
        std::optional<geo::LabelBox> caption; // the event caption's backing
        geo::LabelBox title, date;            // the title block and the date stamp
    };
    const PlacedOverlay& last_overlay() const { return placed_; }

  private:
    const geo::Briefing* briefing_ = nullptr;
    std::vector<geo::PlaceMarker> places_;
    std::vector<std::vector<LineBatch>> corridors_; // per level of detail, per corridor mode
    std::unique_ptr<MarkerBatch> markers_;
    std::unique_ptr<FontAtlas> font_;
    std::unique_ptr<TextBatch> text_; // scratch for each text draw
    mutable PlacedOverlay placed_;
    std::unique_ptr<FlowLayer> flows_;
    std::unique_ptr<Legend> legend_;
    EventCaption caption_;
    std::vector<double> unit_peaks_; // per flow, for evaluate_flows
    geo::FlowTimeIndex time_index_;  // which flows a frame need evaluate
    std::vector<geo::Vec2f> flow_middle_;
    std::vector<TriangleMesh> theater_discs_; // per theater; empty meshes for country theaters
    std::unique_ptr<RingBatch> rings_;        // scratch for event rings
    std::vector<int> place_marker_;           // per briefing place: index into places_, or -1 (not visible)
    std::vector<geo::Vec2f> theater_anchor_;
    std::vector<bool> has_anchor_;

    void draw_theaters(const MapPrograms& programs, const Frame& frame, const geo::Spotlight& spotlight,
                       const BasemapLayer* basemap) const;
    // Where the title block and the date stamp go (screen pixels), worked out once a frame for the
    // overlay that draws them and the label placement that keeps clear of them.
    struct OverlayLayout {
        float pad, title_px, sub_px, date_px;
        std::string_view headline, subline;
        geo::LabelBox title_block, date_stamp;
        LegendLayout legend;                     // no rows: no legend
        std::optional<geo::LabelBox> legend_box; // its backing, kept clear of labels
        CaptionLayout caption;                   // no title lines: no caption
    };
    // The frame's event caption, clear of the title, date stamp and legend already laid out.
    CaptionLayout caption_layout(const Frame& frame, const OverlayLayout& o) const;
    // Flows that started since frame.changed_from swell, flows that stopped linger as ghosts.
    void show_changes(Frame& frame) const;
    LegendContent legend_content(const Frame& frame) const;
    // The flows that can be alive in this frame when only what moves at t is shown (the time
    // index's candidates, ascending); nullopt for a shown span, where any flow may be.
    std::optional<std::span<const uint32_t>> live_candidates(const Frame& frame) const;
    // How much of the story a rectangle would cover: visible places (weighted by priority) and
    // theater names. Not the moving flows: they change every frame and the legend would jump
    // corners during playback; the frame alone decides, so every output agrees.
    int busyness(const geo::LabelBox& box, const Frame& frame) const;
    OverlayLayout overlay_layout(const Frame& frame) const;
    void draw_labels(const Frame& frame, const geo::Spotlight& spotlight, const OverlayLayout& overlay) const;
    void draw_event_rings(const Frame& frame) const;
    void draw_overlay(const MapPrograms& programs, const Frame& frame, const OverlayLayout& overlay) const;
};

// The tint of a theater kind (index = geo::TheaterKind), drawn translucent so borders show through.
const std::array<Rgba, 6>& theater_palette();
// A theater's name: its tint mixed toward the theme's label colour (light on the dark theme, dark
// on the light one), so it keeps its hue and reads at >= 4.5:1 on its halo in both themes.
Rgba theater_label_colour(size_t kind, const Theme& theme);

// "K A Z A K H S T A N": map-style theater names (ASCII letters capitalised, spaced).
std::string spaced_capitals(const std::string& text);

// Label size in points (1080p) for a place priority: about 2 % of the screen's height for minor
// places and 2.2 % for capitals, so every name reads from the back of the room at 25 % of 4K.
float label_size_points(int priority);

// Theater names (spaced capitals) and flow names, in points at 1080p.
float theater_label_points();
float flow_label_points();

} // namespace render
