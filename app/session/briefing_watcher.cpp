// BriefingWatcher: a polling thread; a change must hold still for `settle` before a reload.
#include "app/session/briefing_watcher.hpp"

#include "geo/mapped_layers.hpp"

#include <sys/stat.h>

#include <atomic>

namespace app {
namespace {

std::atomic<int> abandoned{0};

} // namespace

struct BriefingWatcher::Core {
    struct Stamp {
        bool exists = false;
        uint64_t size = 0, inode = 0;
        int64_t mtime_ns = 0;
        bool operator==(const Stamp&) const = default;
    };
    using Signature = std::map<std::string, Stamp>;

    Core(std::string path, WatchOptions options)
        : path_(std::move(path)), options_(std::move(options)), files_{path_} {}
    void run();
    Signature look(const std::vector<std::string>& files) const;
    void reload();

    const std::string path_;
    const WatchOptions options_;
    std::vector<std::string> files_; // watched: the briefing, then its layers (watching thread only)
    Signature loaded_;               // what the files looked like at the last reload

    mutable std::mutex mutex_;
    std::condition_variable wake_, finished_changed_;
    bool stopping_ = false, finished_ = false;
    std::optional<WatchUpdate> pending_;
    std::shared_ptr<const LoadedBriefing> last_good_;
    std::vector<geo::Diagnostic> errors_;
    uint64_t generation_ = 0;
    size_t watched_count_ = 0;
};

bool watcher_left_running() {
    return abandoned > 0;
}

BriefingWatcher::BriefingWatcher(std::string path, WatchOptions options)
    : core_(std::make_shared<Core>(std::move(path), std::move(options))), thread_([core = core_] {
          core->run();
          std::lock_guard lock(core->mutex_);
          core->finished_ = true;
          core->finished_changed_.notify_all();
      }) {}

BriefingWatcher::~BriefingWatcher() {
    std::unique_lock lock(core_->mutex_);
    core_->stopping_ = true;
    core_->wake_.notify_all();
    const bool finished =
        core_->finished_changed_.wait_for(lock, kStopWait, [this] { return core_->finished_; });
    lock.unlock();
    if (finished) {
        thread_.join();
    } else { // stuck inside a reload: it owns its Core and ends by itself
        thread_.detach();
        ++abandoned;
    }
}

std::optional<WatchUpdate> BriefingWatcher::take_update() {
    std::lock_guard lock(core_->mutex_);
    std::optional<WatchUpdate> out = std::move(core_->pending_);
    core_->pending_.reset();
    return out;
}

bool BriefingWatcher::has_update() const {
    std::lock_guard lock(core_->mutex_);
    return core_->pending_.has_value();
}

std::shared_ptr<const LoadedBriefing> BriefingWatcher::last_good() const {
    std::lock_guard lock(core_->mutex_);
    return core_->last_good_;
}

std::vector<geo::Diagnostic> BriefingWatcher::current_errors() const {
    std::lock_guard lock(core_->mutex_);
    return core_->errors_;
}

size_t BriefingWatcher::watched_file_count() const {
    std::lock_guard lock(core_->mutex_);
    return core_->watched_count_;
}

BriefingWatcher::Core::Signature BriefingWatcher::Core::look(const std::vector<std::string>& files) const {
    Signature out;
    for (const std::string& f : files) {
        struct stat st {};
        Stamp& s = out[f];
        if (::stat(f.c_str(), &st) != 0) continue; // missing: exists = false
        s = {true, uint64_t(st.st_size), uint64_t(st.st_ino),
             int64_t(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec};
    }
    return out;
}

void BriefingWatcher::Core::reload() {
    // Look before reading: a change during the read is then seen as a change next time.
    loaded_ = look(files_);
    WatchUpdate update;
    geo::BriefingLoad load = options_.load ? options_.load(path_, options_.countries)
                                           : geo::load_briefing(path_, options_.countries);
    std::vector<std::string> files{path_};
    if (load.briefing) {
        geo::LayerLoad layers = geo::read_layers(*load.briefing);
        for (const geo::Layer& l : load.briefing->layers)
            if (!l.path.empty()) files.push_back(l.path);
        std::vector<geo::Diagnostic> warnings;
        if (layers.errors() == 0) geo::apply_mapped_layers(*load.briefing, layers.layers, warnings);
        for (geo::Diagnostic& d : load.diagnostics)
            warnings.push_back(std::move(d));
        for (geo::Diagnostic& d : layers.diagnostics)
            (d.severity == geo::Diagnostic::Severity::Error ? update.errors : warnings)
                .push_back(std::move(d));
        if (update.errors.empty())
            update.good = std::make_shared<const LoadedBriefing>(
                LoadedBriefing{std::move(*load.briefing), std::move(layers.layers), std::move(warnings)});
    } else {
        for (geo::Diagnostic& d : load.diagnostics)
            if (d.severity == geo::Diagnostic::Severity::Error) update.errors.push_back(std::move(d));
        // Keep watching the last good briefing's layers: fixing one of them may be the fix.
        for (size_t i = 1; i < files_.size(); ++i)
            files.push_back(files_[i]);
    }
    if (files != files_) {
        files_ = std::move(files); // replaced, never appended: the watched set cannot grow
        loaded_ = look(files_);
    }
    std::lock_guard lock(mutex_);
    update.generation = ++generation_;
    if (update.good) {
        last_good_ = update.good;
        errors_.clear();
    } else {
        errors_ = update.errors;
    }
    watched_count_ = files_.size();
    pending_ = std::move(update); // an untaken older update is dropped, not queued
}

void BriefingWatcher::Core::run() {
    reload();
    std::optional<Signature> candidate; // a change seen, waiting to hold still
    auto candidate_since = std::chrono::steady_clock::now();
    std::unique_lock lock(mutex_);
    while (!stopping_) {
        wake_.wait_for(lock, options_.poll, [this] { return stopping_; });
        if (stopping_) break;
        lock.unlock();
        const Signature now = look(files_);
        const auto t = std::chrono::steady_clock::now();
        if (now == loaded_) {
            candidate.reset(); // changed and changed back: nothing to do
        } else if (!candidate || *candidate != now) {
            candidate = now; // still changing (being written): wait for it to settle
            candidate_since = t;
        } else if (t - candidate_since >= options_.settle) {
            candidate.reset();
            reload();
        }
        lock.lock();
    }
}

} // namespace app
