// The one map renderer: draws basemap, extra layers, briefing layer and overlay (title, date
// stamp, legend) from a MapScene and a Frame. The window, `render`, `export` and tests all draw
// through MapRenderer::draw, so every output shows the same picture for the same Frame.
// It holds GPU resources and caches only (the basemap picture while the camera stands still, the
// spotlight weights for the last focus ids); what a frame shows is what its Frame says.
#pragma once

#include "base/result.hpp"
#include "geo/scene.hpp"
#include "geo/spotlight.hpp"
#include "render/annotations.hpp"
#include "render/basemap_cache.hpp"
#include "render/basemap_layer.hpp"
#include "render/briefing_layer.hpp"
#include "render/frame.hpp"
#include "render/frame_tiles.hpp"
#include "render/gl_handles.hpp"
#include "render/layer_overlay.hpp"
#include "render/map_programs.hpp"

#include <cstdint>
#include <memory>
#include <vector>

namespace render {

// Where a frame goes.
struct DrawTarget {
    GLuint framebuffer = 0; // 0: the window
    int x = 0, y = 0;       // the map's bottom-left corner in it (the window's map sits above its timeline)
    int samples = 1;        // of that framebuffer, for the basemap cache
    const FrameTile* tile = nullptr; // only this part of the frame (the framebuffer is the tile's size)
    bool cache_basemap = false;      // keep the drawn basemap while the camera stands still (window, export)
    // While the camera moves, reuse the kept basemap shifted by a rounded offset or scaled, drawing
    // it afresh when the camera stops, if drawing it took longer than this many milliseconds of
    // GPU time (the window: 8, so a GPU that draws it in a millisecond keeps every frame exact);
    // below 0: never (exports stay exact); 0: always.
    float approximate_above_ms = -1;
};

class MapRenderer {
  public:
    // Compiles the programs; `font` is the label font's bytes (TTF/OTF). Needs a current GL context.
    static base::Result<std::unique_ptr<MapRenderer>> create(std::vector<uint8_t> font);

    // Uploads a new scene; on failure the previous one stays and the error says why.
    base::Status set_scene(std::shared_ptr<const geo::MapScene> scene);
    // Null before the first scene.
    const geo::MapScene* scene() const { return scene_.get(); }

    // Fills frame.flow_states for its time, span, visibility and spotlight: once per frame, before
    // draw() and before picking, so both see the same flows.
    void evaluate(Frame& frame);

    // Clears and draws the whole map for `frame` into `target`.
    void draw(const Frame& frame, const DrawTarget& target = {});
    // The labels and legend the last draw() placed; null without a briefing.
    const BriefingLayer::PlacedOverlay* last_overlay() const {
        return briefing_ ? &briefing_->last_overlay() : nullptr;
    }
    // How the last draw() got its basemap and corridors (tests, frame statistics).
    StaticPicture last_static_picture() const { return last_static_; }

  private:
    MapRenderer() = default;
    const geo::Spotlight& spotlight_for(const std::vector<std::string>& ids);

    std::vector<uint8_t> font_;
    std::unique_ptr<MapPrograms> programs_;
    std::shared_ptr<const geo::MapScene> scene_;
    std::unique_ptr<BasemapLayer> basemap_;
    std::unique_ptr<LayerOverlay> overlay_;   // the briefing's extra layers, when it has any
    std::unique_ptr<BriefingLayer> briefing_; // null for the basemap alone
    std::unique_ptr<Annotations> annotations_;
    BasemapCache basemap_cache_;
    StaticPicture last_static_ = StaticPicture::Drawn;
    geo::Spotlight spotlight_; // weights for spotlight_.ids
};

} // namespace render
