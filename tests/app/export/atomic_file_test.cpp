// Crash-safe writes: a writer killed at random points leaves the target either the old or the
// new complete file, and the temporary files it left are cleaned up by the next good write.
#include "app/export/atomic_file.hpp"

#include "support/status.hpp"

#include <gtest/gtest.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

// A recognisable complete file: version byte repeated, with the size at both ends.
std::vector<uint8_t> version_bytes(uint8_t version, size_t size) {
    std::vector<uint8_t> v(size, version);
    v[0] = uint8_t(size >> 16), v[1] = uint8_t(size >> 8), v[2] = uint8_t(size);
    v[size - 1] = 0xEE;
    return v;
}

std::vector<uint8_t> read_bytes(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::vector<uint8_t>(std::istreambuf_iterator<char>(in), {});
}

size_t temp_files(const fs::path& dir) {
    size_t n = 0;
    for (const auto& e : fs::directory_iterator(dir))
        n += e.path().filename().string().find(".tmp-") != std::string::npos;
    return n;
}

} // namespace

TEST(AtomicFile, WritesAndReplaces) {
    const fs::path dir = fs::path(testing::TempDir()) / "atomic_basic";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const auto a = version_bytes(1, 1000), b = version_bytes(2, 3000);
    ASSERT_EQ(test_support::failure(app::write_file_atomic(dir / "f.bin", a)), "");
    EXPECT_EQ(read_bytes(dir / "f.bin"), a);
    ASSERT_EQ(test_support::failure(app::write_file_atomic(dir / "f.bin", b)), "");
    EXPECT_EQ(read_bytes(dir / "f.bin"), b);
    EXPECT_EQ(temp_files(dir), 0u);
    const base::Status e = app::write_file_atomic(dir / "missing" / "f.bin", a);
    ASSERT_FALSE(e.ok());
    EXPECT_NE(e.error().message.find("cannot write"), std::string::npos);
    fs::remove_all(dir);
}

TEST(AtomicFile, AKilledWriterLeavesTheOldOrTheNewFile) {
    const fs::path dir = fs::path(testing::TempDir()) / "atomic_kill";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const fs::path target = dir / "export.png";
    std::vector<std::vector<uint8_t>> versions;
    for (int v = 0; v < 6; ++v)
        versions.push_back(version_bytes(uint8_t(v + 1), 200'000 + size_t(v) * 150'000));
    ASSERT_EQ(test_support::failure(app::write_file_atomic(target, versions[0])), "");

    std::mt19937 rng(8);
    int killed_mid_write = 0;
    const int iterations = 60;
    for (int i = 0; i < iterations; ++i) {
        const pid_t child = fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            // Keep writing new versions until killed.
            for (int k = 0;; ++k)
                app::write_file_atomic(target, versions[size_t(1 + k % 5)]);
        }
        usleep(useconds_t(std::uniform_int_distribution<int>(0, 20'000)(rng)));
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        ASSERT_TRUE(WIFSIGNALED(status));
        const auto now = read_bytes(target);
        const bool complete = std::find(versions.begin(), versions.end(), now) != versions.end();
        ASSERT_TRUE(complete) << "iteration " << i << ": the target is a partial file of " << now.size()
                              << " bytes";
        killed_mid_write += temp_files(dir) > 0;
    }
    // Kills landed during writes (temp files were left), and the next good write cleans them up.
    EXPECT_GT(killed_mid_write, 0);
    ASSERT_EQ(test_support::failure(app::write_file_atomic(target, versions[0])), "");
    EXPECT_EQ(read_bytes(target), versions[0]);
    EXPECT_EQ(temp_files(dir), 0u);
    fs::remove_all(dir);
}
