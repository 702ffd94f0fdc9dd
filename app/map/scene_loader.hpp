// Builds map scenes (geo::build_map_scene) off the UI thread: the window keeps drawing the last good
// scene until the new one is ready, then swaps it in. Basemaps are cached per scale, and the last
// projected basemap is reused while scale and projection stay (a reload or a new layer projects
// only the briefing); projections are per task (PROJ contexts are per thread).
#pragma once

#include "geo/basemap.hpp"
#include "geo/layer_data.hpp"
#include "geo/scene.hpp"

#include <array>
#include <future>
#include <map>
#include <memory>
#include <optional>

namespace app {

struct LoadedScene {
    geo::BasemapScale scale = geo::BasemapScale::k50m;
    std::string projection;
    base::Result<std::shared_ptr<const geo::MapScene>> scene = base::Error{"not built"};
    double seconds = 0;
    std::shared_ptr<const geo::Basemap> basemap; // kept so the next build of this scale skips loading
    std::optional<std::array<double, 4>> home;   // the box its basemap frames (SceneLoader::set_home)
};

class SceneLoader {
  public:
    // The briefing (may be null) and its layers' features built with every scene.
    explicit SceneLoader(std::shared_ptr<const geo::Briefing> briefing = nullptr,
                         std::shared_ptr<const std::vector<geo::LayerFeatures>> layers = nullptr)
        : briefing_(std::move(briefing)), layers_(std::move(layers)) {}

    // Builds later scenes with this briefing (hot reload); the next request uses it.
    void set_briefing(std::shared_ptr<const geo::Briefing> briefing,
                      std::shared_ptr<const std::vector<geo::LayerFeatures>> layers) {
        if (briefing) home_ = briefing->info.home; // each briefing frames its own box (or the default)
        briefing_ = std::move(briefing);
        layers_ = std::move(layers);
    }
    // The box a scene without a briefing frames ({west, south, east, north}; default: Eurasia), so
    // the basemap shown while a briefing loads already shows the briefing's region.
    void set_home(std::optional<std::array<double, 4>> home) { home_ = home; }
    // Starts building; a request made while one is running replaces it when that one ends.
    void request(geo::BasemapScale scale, const std::string& projection);
    // The finished build, once; nullopt while nothing new is ready.
    std::optional<LoadedScene> poll();
    bool busy() const { return running_.valid(); }
    const std::shared_ptr<const geo::Briefing>& briefing() const { return briefing_; }
    const std::shared_ptr<const std::vector<geo::LayerFeatures>>& layers() const { return layers_; }

  private:
    void start(geo::BasemapScale scale, const std::string& projection);

    std::shared_ptr<const geo::Briefing> briefing_;
    std::shared_ptr<const std::vector<geo::LayerFeatures>> layers_;
    std::future<LoadedScene> running_;
    std::optional<std::pair<geo::BasemapScale, std::string>> queued_;
    std::map<geo::BasemapScale, std::shared_ptr<const geo::Basemap>> basemaps_;
    std::shared_ptr<const geo::MapScene> last_built_; // its basemap serves the next build on the same map
    geo::BasemapScale last_scale_ = geo::BasemapScale::k50m;
    std::optional<std::array<double, 4>> last_home_; // the box last_built_'s basemap frames
    std::optional<std::array<double, 4>> home_;
};

} // namespace app
