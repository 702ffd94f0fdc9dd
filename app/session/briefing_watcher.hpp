// Hot reload for the window: watches a briefing file and its layer files (polling size, mtime
// and inode, so editors that save by rename are seen), waits until they stop changing (a file
// being written is not read half-way), reloads and validates on a background thread, and hands
// over either a new good briefing or the diagnostics. The caller keeps showing the last good
// state until a good one arrives. No GL, no ImGui: plain code the GUI polls once per frame.
#pragma once

#include "geo/briefing.hpp"
#include "geo/layer_data.hpp"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace app {

// A briefing that loaded without errors, with its layers read.
struct LoadedBriefing {
    geo::Briefing briefing;
    std::vector<geo::LayerFeatures> layers;
    std::vector<geo::Diagnostic> warnings;
};

// The outcome of one reload: `good` when it loaded, otherwise the errors (file:line:col).
struct WatchUpdate {
    std::shared_ptr<const LoadedBriefing> good;
    std::vector<geo::Diagnostic> errors;
    uint64_t generation = 0; // counts reloads
};

struct WatchOptions {
    std::chrono::milliseconds poll{200};   // how often files are looked at
    std::chrono::milliseconds settle{300}; // how long they must stay unchanged before reloading
    geo::CountryCatalog countries;
    // How a reload reads the briefing (tests put a slow one here); empty: geo::load_briefing.
    std::function<geo::BriefingLoad(const std::string& path, const geo::CountryCatalog&)> load;
};

class BriefingWatcher {
  public:
    // Starts watching and loads the briefing once right away (the first update).
    explicit BriefingWatcher(std::string path, WatchOptions options = {});
    // Stops the thread. A reload stuck inside a driver (a slow SQL view, a pathological geometry)
    // is not waited for beyond `kStopWait`: the thread is left to finish on its own, holding its
    // own state, and watcher_left_running() says so, so closing the window never hangs.
    ~BriefingWatcher();
    BriefingWatcher(const BriefingWatcher&) = delete;
    BriefingWatcher& operator=(const BriefingWatcher&) = delete;

    // The newest reload outcome not taken yet (older untaken ones are dropped), or nullopt.
    std::optional<WatchUpdate> take_update();
    // Whether take_update() has something (without taking it).
    bool has_update() const;
    // The last briefing that loaded without errors (null before the first one).
    std::shared_ptr<const LoadedBriefing> last_good() const;
    // The errors of the last reload when it failed; empty after a good one.
    std::vector<geo::Diagnostic> current_errors() const;
    // For tests: how many files are watched now (the briefing and its layers; never accumulates).
    size_t watched_file_count() const;

    static constexpr std::chrono::milliseconds kStopWait{500};

  private:
    struct Core; // everything the watching thread touches; shared with it, so it may outlive us
    std::shared_ptr<Core> core_;
    std::thread thread_;
};

// True once a watcher was destroyed while its reload was stuck: its thread still runs inside a
// driver, so the process should end with std::_Exit rather than run static destructors under it.
bool watcher_left_running();

} // namespace app
