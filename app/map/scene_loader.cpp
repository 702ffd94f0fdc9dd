// SceneLoader: std::async tasks, one at a time, each running geo::build_map_scene.
#include "app/map/scene_loader.hpp"

#include "app/map/asset_paths.hpp"
#include "geo/map_scene.hpp"

#include <chrono>

namespace app {

void SceneLoader::request(geo::BasemapScale scale, const std::string& projection) {
    if (running_.valid()) {
        queued_ = {scale, projection};
        return;
    }
    start(scale, projection);
}

void SceneLoader::start(geo::BasemapScale scale, const std::string& projection) {
    std::shared_ptr<const geo::Basemap> cached;
    if (auto it = basemaps_.find(scale); it != basemaps_.end()) cached = it->second;
    std::shared_ptr<const geo::MapScene> reuse;
    if (last_built_ && last_scale_ == scale && last_built_->basemap.projection == projection &&
        last_home_ == home_)
        reuse = last_built_;
    geo::SceneOptions options;
    if (home_) {
        const auto& [west, south, east, north] = *home_;
        options.home_west = west, options.home_south = south, options.home_east = east,
        options.home_north = north;
    }
    running_ = std::async(std::launch::async, [scale, projection, cached, reuse, options, home = home_,
                                               briefing = briefing_, layers = layers_]() {
        const auto start = std::chrono::steady_clock::now();
        LoadedScene out;
        out.scale = scale;
        out.projection = projection;
        out.home = home;
        auto proj = geo::Projection::create(projection);
        if (!proj) {
            out.scene = proj.error();
            return out;
        }
        static const std::vector<geo::LayerFeatures> kNoLayers;
        if (reuse) {
            out.scene = std::make_shared<const geo::MapScene>(
                geo::build_map_scene(reuse->basemap, briefing, layers ? *layers : kNoLayers, *proj));
            out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            return out;
        }
        std::shared_ptr<const geo::Basemap> basemap = cached;
        if (!basemap) {
            auto loaded = geo::load_basemap(geo::basemap_file(asset_dir(), scale));
            if (!loaded) {
                out.scene = loaded.error();
                return out;
            }
            basemap = std::make_shared<const geo::Basemap>(std::move(loaded.value()));
        }
        auto scene = geo::build_map_scene(*basemap, briefing, layers ? *layers : kNoLayers, *proj, options);
        if (scene)
            out.scene = std::make_shared<const geo::MapScene>(std::move(*scene));
        else
            out.scene = scene.error();
        out.basemap = basemap;
        out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        return out;
    });
}

std::optional<LoadedScene> SceneLoader::poll() {
    if (!running_.valid() || running_.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return std::nullopt;
    LoadedScene done = running_.get();
    if (done.basemap) basemaps_[done.scale] = done.basemap;
    if (done.scene) last_built_ = done.scene.value(), last_scale_ = done.scale, last_home_ = done.home;
    if (queued_) {
        auto [scale, projection] = *queued_;
        queued_.reset();
        start(scale, projection);
    }
    return done;
}

} // namespace app
