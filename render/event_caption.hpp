// An event named on the map while the briefer narrates it (]/[ landing on it, a slide on its date,
// playback pausing at it): its title, its date and place, and an optional note, on a translucent
// backing beside its place with a leader line to it. The box goes in the spot around the place
// (on screen, never over the place itself) that the caller's cost finds cheapest: clear of the
// title, the date stamp and the legend, covering the fewest names; place labels then keep clear
// of it. Drawn in pixels with the map's fill program.
#pragma once

#include "geo/briefing.hpp"
#include "geo/label_layout.hpp"
#include "render/font_atlas.hpp"
#include "render/map_programs.hpp"
#include "render/text_batch.hpp"
#include "render/theme.hpp"
#include "render/triangle_mesh.hpp"

#include <array>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace render {

// Where the caption goes and what it says, in screen pixels (y down).
struct CaptionLayout {
    std::vector<std::string> title_lines; // the event's title, wrapped; empty: no caption
    std::string when;                     // "12 October 2023 · Rajin"
    std::string note;                     // e.g. why playback stopped here
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0; // the backing
    float title_px = 0, when_px = 0, inset = 0;
    std::optional<geo::XY> anchor; // the place, where the leader line ends
    float alpha = 1;
    int viewport_width = 0, viewport_height = 0;
    float pixel_scale = 1;
    geo::LabelBox box() const { return {x0, y0, x1, y1, 0, -1, true}; }
};

class EventCaption {
  public:
    // The words a caption adds to the briefing's own (the atlas bakes them).
    static std::string characters();

    // The caption for `event` (its place at `anchor` on screen, if it has one there; `place_name`
    // may be empty) in the spot of least `cost` (what a box there would cover; nearer spots win ties).
    static CaptionLayout layout(const geo::Event& event, const std::string& place_name,
                                std::optional<geo::XY> anchor, const std::string& note, int viewport_width,
                                int viewport_height, float pixel_scale, float text_scale,
                                const FontAtlas& font,
                                const std::function<double(const geo::LabelBox&)>& cost, float alpha);

    void draw(const MapPrograms& programs, const CaptionLayout& l, const Theme& theme, const FontAtlas& font,
              TextBatch& text) const;

  private:
    mutable TriangleMesh backing_, leader_;
    mutable std::array<float, 6> drawn_{}; // the rectangle and anchor the meshes were built for
};

} // namespace render
