// Progress display, signal handling and the summary line of `supplyline export`.
#include "app/cli/export_command.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <string>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace app {
namespace {

std::atomic<bool> g_cancel{false};

extern "C" void request_cancel(int) {
    g_cancel = true;
}

// Sets the cancel flag on SIGINT/SIGTERM while alive; restores the previous handlers after.
class CancelOnSignals {
  public:
    CancelOnSignals() {
        g_cancel = false;
        struct sigaction action {};
        action.sa_handler = request_cancel;
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, &old_int_);
        sigaction(SIGTERM, &action, &old_term_);
    }
    ~CancelOnSignals() {
        sigaction(SIGINT, &old_int_, nullptr);
        sigaction(SIGTERM, &old_term_, nullptr);
    }

  private:
    struct sigaction old_int_ {
    }, old_term_{};
};

std::string clock_text(double seconds) {
    const int s = int(seconds + 0.5);
    return s >= 3600 ? fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
                     : fmt::format("{}:{:02}", s / 60, s % 60);
}

// On a terminal: one line redrawn with \r. Otherwise (logs, CI): a line at every 10 %, or every
// 1 % with SUPPLYLINE_PROGRESS=fine (the window's export runs this command and reads the lines).
class ProgressPrinter {
  public:
    ProgressPrinter()
        : tty_(isatty(STDERR_FILENO) == 1),
          steps_(std::getenv("SUPPLYLINE_PROGRESS") &&
                         std::string(std::getenv("SUPPLYLINE_PROGRESS")) == "fine"
                     ? 100
                     : 10) {}
    void operator()(const ExportProgress& p) {
        const double fraction = p.frames_total > 0 ? double(p.frames_done) / p.frames_total : 1;
        const double eta =
            p.frames_done > 0 ? p.elapsed_seconds / p.frames_done * (p.frames_total - p.frames_done) : 0;
        if (tty_) {
            constexpr int kWidth = 30;
            const int filled = int(fraction * kWidth);
            fmt::print(stderr, "\r[{}{}] {:>6}/{} frames {:3.0f}%  ETA {}  ",
                       std::string(size_t(filled), '#'), std::string(size_t(kWidth - filled), '.'),
                       p.frames_done, p.frames_total, fraction * 100, clock_text(eta));
            if (p.frames_done == p.frames_total) fmt::print(stderr, "\n");
            std::fflush(stderr);
            return;
        }
        const int step = int(fraction * steps_);
        if (step > last_step_) {
            last_step_ = step;
            fmt::print(stderr, "{}/{} frames ({:.0f}%), ETA {}\n", p.frames_done, p.frames_total,
                       fraction * 100, clock_text(eta));
        }
    }
    void interrupted() const {
        if (tty_) fmt::print(stderr, "\n");
    }

  private:
    bool tty_;
    int steps_;
    int last_step_ = 0;
};

} // namespace

int run_export_command(const ExportRequest& request, bool verbose) {
    if (auto checked = check_export_request(request); !checked) {
        fmt::print(stderr, "supplyline export: error: {}\n", checked.error().text());
        return 2;
    }
    CancelOnSignals signals;
    ProgressPrinter printer;
    auto stats = run_export(
        request, [&](const ExportProgress& p) { printer(p); }, g_cancel);
    if (!stats) {
        printer.interrupted();
        if (g_cancel) {
            fmt::print(stderr, "supplyline export: cancelled; nothing was written\n");
            return 130;
        }
        fmt::print(stderr, "supplyline export: error: {}\n", stats.error().text());
        return 2;
    }
    const auto where =
        request.png_folder.empty() ? request.output.string() : (request.png_folder / "frame_*.png").string();
    fmt::print("wrote {} ({} frames, {}x{}, {:.1f} s of video at {} fps, in {:.1f} s)\n", where,
               stats->frames, request.size.width, request.size.height, stats->video_seconds, request.fps,
               stats->seconds);
    if (verbose) {
        const double per_frame = 1000.0 / std::max(stats->frames, 1);
        fmt::print(stderr,
                   "  load      {:7.1f} ms\n  render    {:7.1f} ms/frame\n  readback  {:7.1f} ms/frame\n"
                   "  encode    {:7.1f} ms/frame (writer thread, overlaps rendering)\n"
                   "  {:.1f} frames/s overall\n",
                   stats->load_seconds * 1000, stats->render_seconds * per_frame,
                   stats->readback_seconds * per_frame, stats->encode_seconds * per_frame,
                   stats->frames / std::max(stats->seconds - stats->load_seconds, 1e-9));
    }
    return 0;
}

} // namespace app
