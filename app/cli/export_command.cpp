// Progress display, signal handling and the summary line of `supplyline export`.
#include "app/cli/export_command.hpp"

#include "app/cli/command.hpp"
#include "app/cli/view_flags.hpp"
#include "app/map/briefing_source.hpp"

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

CommandEntry add_export_command(CLI::App& cli) {
    struct Flags {
        ViewFlags view;
        ExportRequest request;
        bool verbose = false;
    };
    auto flags = std::make_shared<Flags>();
    CLI::App* cmd = cli.add_subcommand(
        "export", "render the timeline or the slides headless into an MP4 (ffmpeg) or numbered PNGs");
    add_view_flags(*cmd, flags->view, "1920x1080");
    cmd->add_option("-o,--output", flags->request.output, "MP4 file to write (H.264, yuv420p, faststart)");
    cmd->add_option("--png-dir", flags->request.png_folder,
                    "write frame_000001.png, frame_000002.png, ... into this folder instead");
    auto* from_opt = cmd->add_option("--from", flags->request.from,
                                     "first date, YYYY-MM-DD (default: the briefing's start)");
    auto* to_opt =
        cmd->add_option("--to", flags->request.to, "last date, YYYY-MM-DD (default: the briefing's end)");
    auto* slides_opt =
        cmd->add_flag("--slides", flags->request.slides,
                      "play the slides: fly to each, hold it (running the clock across its date window)");
    slides_opt->excludes(from_opt)->excludes(to_opt);
    cmd->add_option("--speed", flags->request.days_per_second,
                    fmt::format("days per second (default: from..to in about {:.0f} s of video; "
                                "with --slides: each date window within its hold)",
                                kDefaultSeconds));
    cmd->add_option("--fps", flags->request.fps, "frames per second, 1 to 240")->capture_default_str();
    cmd->add_option("--crf", flags->request.crf, "H.264 quality, 0 (lossless) to 51; lower is better")
        ->capture_default_str();
    cmd->add_option("--preset", flags->request.preset,
                    "x264 preset: ultrafast ... veryslow (slower: smaller file)")
        ->capture_default_str();
    cmd->add_option("--scale", flags->request.scale,
                    "multiply line widths, markers, labels and legend (0.25 to 8; default 1)");
    cmd->add_flag(
        "--force", flags->request.force,
        fmt::format("export even past {} frames or more than the free disk space", kMaxFramesWithoutForce));
    cmd->add_flag("-v,--verbose", flags->verbose, "print where the time went (render, readback, encode)");
    cmd->footer("Needs ffmpeg on PATH for video. The file appears only when complete; Ctrl-C cancels\n"
                "and leaves any old file untouched.\n"
                "Examples: supplyline export -o briefing.mp4\n"
                "          supplyline export --slides -o slides.mp4 --size 3840x2160\n"
                "          supplyline export --from 2024-06-01 --to 2024-07-01 --speed 2 -o june.mp4");

    return {cmd, [flags] {
                ExportRequest request = flags->request;
                use_input_policy(flags->view.trust);
                if (!resolve(flags->view, "export", "1920x1080", request.view, request.size)) return 2;
                return run_export_command(request, flags->verbose);
            }};
}

} // namespace app
