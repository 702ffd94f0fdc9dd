// Builds basemap scenes off the UI thread: the window keeps drawing the last good scene until the
// new one is ready, then swaps it in. Basemaps are cached per scale; projections are per task
// (PROJ contexts are per thread).
#pragma once

#include "app/view_options.hpp"
#include "geo/basemap_scene.hpp"
#include "geo/briefing_scene.hpp"

#include <future>
#include <map>
#include <memory>
#include <optional>

namespace app {

struct LoadedScene {
    geo::BasemapScale scale = geo::BasemapScale::k50m;
    std::string projection;
    geo::Result<geo::BasemapScene> scene = geo::Error{"not built"};
    double seconds = 0;
    std::shared_ptr<const geo::Basemap> basemap; // kept so the next build of this scale skips loading
    std::optional<geo::BriefingScene> briefing;  // when the loader has a briefing
    std::shared_ptr<const geo::Briefing> briefing_source; // the briefing it was built from
    std::vector<geo::Bounds> slide_views;                 // per slide: what it frames (scene metres)
};

class SceneLoader {
  public:
    // The briefing whose places and corridors are built with every scene (may be null).
    explicit SceneLoader(std::shared_ptr<const geo::Briefing> briefing = nullptr)
        : briefing_(std::move(briefing)) {}

    // Builds later scenes with this briefing (hot reload); the next request uses it.
    void set_briefing(std::shared_ptr<const geo::Briefing> briefing) { briefing_ = std::move(briefing); }
    // Starts building; a request made while one is running replaces it when that one ends.
    void request(geo::BasemapScale scale, const std::string& projection);
    // The finished build, once; nullopt while nothing new is ready.
    std::optional<LoadedScene> poll();
    bool busy() const { return running_.valid(); }

  private:
    void start(geo::BasemapScale scale, const std::string& projection);

    std::shared_ptr<const geo::Briefing> briefing_;
    std::future<LoadedScene> running_;
    std::optional<std::pair<geo::BasemapScale, std::string>> queued_;
    std::map<geo::BasemapScale, std::shared_ptr<const geo::Basemap>> basemaps_;
};

} // namespace app
