// Hot reload under faults: the briefing and its layer are replaced many times with broken,
// half-written, deleted and renamed versions. The last good state stays, errors carry
// file:line:col, a good file brings recovery, and nothing accumulates across cycles.
#include "app/session/briefing_watcher.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <malloc.h>
#include <sstream>
#include <thread>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

std::string read_text(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void write_text(const fs::path& p, const std::string& text) {
    std::ofstream(p, std::ios::binary | std::ios::trunc) << text;
}

std::optional<app::WatchUpdate> wait_update(app::BriefingWatcher& w, std::chrono::milliseconds limit = 10s) {
    const auto end = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < end) {
        if (auto u = w.take_update()) return u;
        std::this_thread::sleep_for(2ms);
    }
    return std::nullopt;
}

bool sanitized() {
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#endif
#endif
    return false;
}

struct WatchedFolder {
    // One folder per test and process: ctest runs the tests of this file in parallel.
    fs::path dir =
        fs::path(testing::TempDir()) /
        ("watcher_test_" + std::string(testing::UnitTest::GetInstance()->current_test_info()->name()) + "_" +
         std::to_string(::getpid()));
    fs::path briefing = dir / "briefing.toml", layer = dir / "rail.geojson";
    std::string good_briefing, good_layer;
    WatchedFolder() {
        fs::remove_all(dir);
        fs::create_directories(dir);
        const fs::path src = SUPPLYLINE_TEST_FIXTURES "/briefings/with_layer";
        good_briefing = read_text(src / "briefing.toml");
        good_layer = read_text(src / "rail.geojson");
        write_text(layer, good_layer);
        write_good(0);
    }
    ~WatchedFolder() { fs::remove_all(dir); }
    std::string titled(int version) const {
        std::string text = good_briefing;
        const std::string from = "title = \"Test corridor with a rail layer\"";
        return text.replace(text.find(from), from.size(),
                            "title = \"version " + std::to_string(version) + "\"");
    }
    void write_good(int version) const { write_text(briefing, titled(version)); }
};

} // namespace

TEST(BriefingWatcher, KeepsTheLastGoodStateThroughFaultsAndRecovers) {
    WatchedFolder folder;
    app::WatchOptions options;
    options.poll = 5ms;
    options.settle = 250ms; // a writer descheduled mid-write on a loaded CI machine must not look settled
    app::BriefingWatcher watcher(folder.briefing.string(), options);
    auto first = wait_update(watcher);
    ASSERT_TRUE(first && first->good) << (first && !first->errors.empty() ? first->errors[0].text() : "");
    EXPECT_EQ(first->good->briefing.info.title, "version 0");
    ASSERT_EQ(first->good->layers.size(), 1u);
    EXPECT_EQ(first->good->layers[0].fids.size(), 5u);

    size_t heap_after_warmup = 0;
    const int cycles = 24;
    for (int cycle = 1; cycle <= cycles; ++cycle) {
        const auto good_before = watcher.last_good();
        std::string expect_error;
        switch (cycle % 6) {
        case 0: // broken TOML
            write_text(folder.briefing, folder.titled(cycle) + "\n[[place]\nid = \"x\n");
            expect_error = "not valid TOML";
            break;
        case 1: // half-written and left so: the first half of the file only
            write_text(folder.briefing, folder.titled(cycle).substr(0, folder.good_briefing.size() / 2));
            expect_error = "error";
            break;
        case 2: // deleted
            fs::remove(folder.briefing);
            expect_error = "file not found";
            break;
        case 3: // renamed away (editors' save-by-rename, undone below)
            fs::rename(folder.briefing, folder.dir / "moved.toml");
            expect_error = "file not found";
            break;
        case 4: // the layer broken
            write_text(folder.layer, folder.good_layer.substr(0, 100));
            expect_error = "layer 'rail' (rail.geojson)";
            break;
        case 5: // the layer deleted
            fs::remove(folder.layer);
            expect_error = "rail.geojson' not found";
            break;
        }
        // A writer descheduled mid-write on a loaded machine may let the watcher see the file
        // truncated first (another bad state); the fault's own error must follow, and every
        // update on the way must be bad, with a location.
        std::optional<app::WatchUpdate> bad;
        bool found = false;
        std::string seen = "nothing";
        const auto give_up_bad = std::chrono::steady_clock::now() + 20s;
        while (!found && std::chrono::steady_clock::now() < give_up_bad) {
            bad = wait_update(watcher, 1s);
            if (!bad) continue;
            ASSERT_FALSE(bad->good) << "cycle " << cycle << ": a faulty file loaded as good";
            ASSERT_FALSE(bad->errors.empty());
            for (const geo::Diagnostic& d : bad->errors) {
                found = found || d.text().find(expect_error) != std::string::npos;
                EXPECT_FALSE(d.where.file.empty()) << d.text();
            }
            seen = bad->errors[0].text();
        }
        ASSERT_TRUE(found) << "cycle " << cycle << ": expected '" << expect_error << "'; last seen: " << seen;
        if (cycle % 6 == 0) {
            EXPECT_GT(bad->errors[0].where.line, 0) << bad->errors[0].text();
        }
        EXPECT_EQ(watcher.last_good(), good_before) << "cycle " << cycle << ": the last good state was lost";
        EXPECT_FALSE(watcher.current_errors().empty());

        // Recovery: good files return (the renamed briefing is renamed back).
        if (cycle % 6 == 3) fs::rename(folder.dir / "moved.toml", folder.briefing);
        if (cycle % 6 >= 4) write_text(folder.layer, folder.good_layer);
        folder.write_good(cycle);
        // On a busy machine the watcher may also see steps in between (the old briefing renamed
        // back, the layer restored before the briefing, a file caught while the test rewrites it):
        // any of those may come first, but the good version must arrive.
        const std::string title = "version " + std::to_string(cycle);
        std::optional<app::WatchUpdate> good;
        std::string last_seen = "nothing";
        const auto give_up = std::chrono::steady_clock::now() + 20s;
        while (std::chrono::steady_clock::now() < give_up) {
            auto update = wait_update(watcher, 1s);
            if (!update) continue;
            if (update->good && update->good->briefing.info.title == title) {
                good = update;
                break;
            }
            last_seen = update->good ? update->good->briefing.info.title
                                     : (update->errors.empty() ? "?" : update->errors[0].text());
        }
        ASSERT_TRUE(good) << "cycle " << cycle << ": no recovery; last update: " << last_seen;
        EXPECT_EQ(watcher.last_good(), good->good);
        EXPECT_TRUE(watcher.current_errors().empty());
        EXPECT_LE(watcher.watched_file_count(), 2u);
        if (cycle == 12) heap_after_warmup = mallinfo2().uordblks; // every fault kind seen twice
    }
    // Memory does not grow with the number of reloads (the allocator's view; ASan replaces it).
    if (!sanitized()) {
        const size_t heap_now = mallinfo2().uordblks;
        EXPECT_LT(heap_now, heap_after_warmup + (2u << 20))
            << "heap grew from " << heap_after_warmup << " to " << heap_now << " bytes over the cycles";
    }
}

TEST(BriefingWatcher, WaitsUntilAFileBeingWrittenHoldsStill) {
    WatchedFolder folder;
    app::WatchOptions options;
    options.poll = 5ms;
    options.settle = 400ms; // far above the writer's 15 ms steps, even on a loaded 2-core machine
    app::BriefingWatcher watcher(folder.briefing.string(), options);
    ASSERT_TRUE(wait_update(watcher));
    // A slow writer: the file grows for a while; no reload may read it half-way.
    const std::string full = folder.titled(7);
    for (size_t n = 64; n < full.size(); n += full.size() / 12) {
        write_text(folder.briefing, full.substr(0, n));
        std::this_thread::sleep_for(15ms);
        EXPECT_FALSE(watcher.take_update()) << "reloaded a file still being written (" << n << " bytes)";
    }
    write_text(folder.briefing, full);
    auto update = wait_update(watcher);
    ASSERT_TRUE(update && update->good);
    EXPECT_EQ(update->good->briefing.info.title, "version 7");
}

TEST(BriefingWatcher, ClosingNeverWaitsForAStuckReload) {
    // A reload stuck inside a driver (here: a load that takes a minute) must not hold up closing the
    // window: the watcher gives its thread kStopWait, then leaves it to finish on its own.
    WatchedFolder folder;
    app::WatchOptions options;
    options.poll = 5ms;
    options.load = [](const std::string& path, const geo::CountryCatalog& countries) {
        std::this_thread::sleep_for(60s);
        return geo::load_briefing(path, countries);
    };
    EXPECT_FALSE(app::watcher_left_running());
    const auto start = std::chrono::steady_clock::now();
    {
        app::BriefingWatcher watcher(folder.briefing.string(), options);
        std::this_thread::sleep_for(50ms); // the first reload is under way
    }
    const auto waited = std::chrono::steady_clock::now() - start;
    EXPECT_LT(waited, 3s) << "closing waited for the stuck reload";
    EXPECT_TRUE(app::watcher_left_running());
}
