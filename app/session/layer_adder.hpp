// Layers added while the window runs (the Layers panel's "Add layer" or a file dropped on the
// window): each file is read on a worker thread under the input policy, its folder allowed for
// reading since the briefer chose it; a finished layer is handed to the window to join the
// briefing, a failed one keeps its error for the panel. An added layer can be written into the
// briefing file as a [[layer]] table (appended, so every comment stays).
#pragma once

#include "base/result.hpp"
#include "geo/briefing.hpp"
#include "geo/layer_data.hpp"

#include <future>
#include <optional>
#include <string>
#include <vector>

namespace app {

struct AddedLayer {
    std::string id, path; // path as dropped or typed
    bool reading = true;
    std::string error;            // set when reading failed
    size_t features = 0;          // once read
    bool written = false;         // appended to the briefing file
    bool beside_briefing = false; // in the briefing's folder: the briefing may name it
};

struct ReadyLayer {
    geo::Layer layer;
    geo::LayerFeatures features;
};

class LayerAdder {
  public:
    // Starts reading `path` as a plain drawn layer of `briefing`, with an id made from its name
    // that no layer of the briefing uses yet.
    void add(const geo::Briefing& briefing, const std::string& path);
    // The layers read since the last call, in the order they were added.
    std::vector<ReadyLayer> take_ready();
    const std::vector<AddedLayer>& layers() const { return list_; }
    bool busy() const;
    void mark_written(const std::string& id);

  private:
    struct Job {
        size_t index; // into list_
        std::future<base::Result<ReadyLayer>> result;
    };
    std::vector<AddedLayer> list_;
    std::vector<Job> jobs_;
};

// `layer`'s path relative to the briefing's folder, or nullopt when it lies outside (a briefing
// may only name files beside it, unless run with --trust).
std::optional<std::string> layer_path_in_briefing(const geo::Layer& layer, const std::string& briefing_path);

// The [[layer]] table for `layer`, with its path relative to the briefing's folder when inside it.
std::string layer_table(const geo::Layer& layer, const std::string& briefing_path);

// Appends `layer`'s table to the briefing file (a crash-safe rewrite: the old file or the new one),
// after a `comment` line when given.
base::Status write_layer_into_briefing(const geo::Layer& layer, const std::string& briefing_path,
                                       const std::string& comment = {});

} // namespace app
