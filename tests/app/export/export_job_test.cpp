// The window's export job: progress lines become a fraction, the exit status success or the
// command's own message, and Cancel stops the child.
#include "app/export/export_job.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

namespace {

void wait_for_end(app::ExportJob& job) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (job.running() && std::chrono::steady_clock::now() < until) {
        job.poll();
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    job.poll();
}

} // namespace

TEST(ExportJob, ReadsProgressAndTheFinalLine) {
    app::ExportJob job;
    ASSERT_TRUE(job.start("/bin/sh", {"-c", "echo '5/20 frames (25%), ETA 0:03'; sleep 0.3; "
                                            "echo \"$SUPPLYLINE_PROGRESS\"; echo 'wrote out.mp4'"}));
    EXPECT_TRUE(job.running());
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (job.fraction() == 0 && std::chrono::steady_clock::now() < until) {
        job.poll();
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    EXPECT_DOUBLE_EQ(job.fraction(), 0.25);
    wait_for_end(job);
    EXPECT_FALSE(job.running());
    EXPECT_TRUE(job.succeeded());
    EXPECT_EQ(job.message(), "wrote out.mp4");
    EXPECT_DOUBLE_EQ(job.fraction(), 1.0);
}

TEST(ExportJob, FailureKeepsTheCommandsError) {
    app::ExportJob job;
    ASSERT_TRUE(
        job.start("/bin/sh", {"-c", "echo 'supplyline export: error: ffmpeg not found' >&2; exit 2"}));
    wait_for_end(job);
    EXPECT_FALSE(job.succeeded());
    EXPECT_EQ(job.message(), "supplyline export: error: ffmpeg not found");
}

TEST(ExportJob, CancelStopsTheChild) {
    app::ExportJob job;
    ASSERT_TRUE(job.start("/bin/sh", {"-c", "trap 'exit 130' TERM; while true; do sleep 0.05; done"}));
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    const auto start = std::chrono::steady_clock::now();
    job.cancel();
    wait_for_end(job);
    EXPECT_FALSE(job.running());
    EXPECT_FALSE(job.succeeded());
    EXPECT_EQ(job.message(), "cancelled; nothing was written");
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

TEST(ExportJob, MissingProgramIsAClearFailure) {
    app::ExportJob job;
    // posix_spawn may report the missing file itself or let the child exit 127.
    if (job.start("/nonexistent/supplyline", {})) wait_for_end(job);
    EXPECT_FALSE(job.succeeded());
    EXPECT_FALSE(job.running());
}
