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
};

class BriefingWatcher {
  public:
    // Starts watching and loads the briefing once right away (the first update).
    explicit BriefingWatcher(std::string path, WatchOptions options = {});
    ~BriefingWatcher();
    BriefingWatcher(const BriefingWatcher&) = delete;
    BriefingWatcher& operator=(const BriefingWatcher&) = delete;

    // The newest reload outcome not taken yet (older untaken ones are dropped), or nullopt.
    std::optional<WatchUpdate> take_update();
    // The last briefing that loaded without errors (null before the first one).
    std::shared_ptr<const LoadedBriefing> last_good() const;
    // The errors of the last reload when it failed; empty after a good one.
    std::vector<geo::Diagnostic> current_errors() const;

    // For tests: how many files are watched now (the briefing and its layers; never accumulates).
    size_t watched_file_count() const;

  private:
    struct Stamp {
        bool exists = false;
        uint64_t size = 0, inode = 0;
        int64_t mtime_ns = 0;
        bool operator==(const Stamp&) const = default;
    };
    using Signature = std::map<std::string, Stamp>;

    void run();
    Signature look(const std::vector<std::string>& files) const;
    void reload();

    const std::string path_;
    const WatchOptions options_;
    std::vector<std::string> files_; // watched: the briefing, then its layers (loader thread only)
    Signature loaded_;               // what the files looked like at the last reload

    mutable std::mutex mutex_;
    std::condition_variable wake_;
    bool stopping_ = false;
    std::optional<WatchUpdate> pending_;
    std::shared_ptr<const LoadedBriefing> last_good_;
    std::vector<geo::Diagnostic> errors_;
    uint64_t generation_ = 0;
    size_t watched_count_ = 0;
    std::thread thread_; // last: starts after everything above is ready
};

} // namespace app
