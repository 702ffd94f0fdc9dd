// `supplyline export` as an engine: renders a briefing's timeline or its slide tour frame by frame,
// headless (its own EGL context, created on the calling thread, so the window can run it on a
// worker thread), reads frames back asynchronously and streams them to ffmpeg or PNG files. The
// animation clock comes from the frame number, never from wall time: the same request gives the
// same frames.
#pragma once

#include "app/map/view_options.hpp"
#include "base/result.hpp"

#include <atomic>
#include <filesystem>
#include <functional>
#include <string>

namespace app {

struct ExportRequest {
    ViewOptions view;
    Size size;
    std::filesystem::path output;     // the MP4 to write (empty when png_folder is set)
    std::filesystem::path png_folder; // write frame_000001.png... here instead of a video
    std::string from, to;             // YYYY-MM-DD within the briefing; empty: its start / end
    bool slides = false;              // play the slide tour instead of from..to
    double days_per_second = 0;       // clock speed; 0: from..to lasts about kDefaultSeconds
    int fps = 30;
    int crf = 20;
    float scale = 1; // multiplies line widths, markers, labels and legend
    std::string preset = "veryfast";
    bool force = false; // --force: past the frame budget and the free-space check
};

// Exports larger than this many frames (an hour at 30 fps... 100,000 frames) need --force.
constexpr int kMaxFramesWithoutForce = 100'000;

// A whole-timeline export with no --speed lasts this long.
constexpr double kDefaultSeconds = 24;

struct ExportProgress {
    int frames_done = 0; // handed to the encoder
    int frames_total = 0;
    double elapsed_seconds = 0; // since the first frame (loading excluded), for an ETA
};
using ProgressFn = std::function<void(const ExportProgress&)>;

struct ExportStats {
    int frames = 0;
    double seconds = 0;          // wall time of the whole export, loading included
    double load_seconds = 0;     // briefing, basemap, projection, GL setup
    double render_seconds = 0;   // issuing the draws (on llvmpipe: most of the rasterising too)
    double readback_seconds = 0; // resolve, copy into pixel buffers, wait, map, flip
    double encode_seconds = 0;   // writer thread inside ffmpeg's pipe or the PNG encoder (overlaps)
    double video_seconds = 0;    // length of the result at its frame rate
};

// Refuses a plan of `frames` frames when it is over the frame budget or when its estimated size is
// more than the free space where it goes, unless `request.force`; the error says what to change.
base::Status check_export_budget(const ExportRequest& request, int frames);

// Checks the request's plain values (sizes, fps, crf, speed, scale, output) without loading
// anything; an Error names the option and what was expected.
base::Status check_export_request(const ExportRequest& request);

// Runs the export; `progress` (may be empty) is called after each frame on the calling thread.
// When `cancel` becomes true the export stops within a frame, removes what it wrote and returns
// an Error "cancelled". On any failure the old output is untouched and no partial file remains.
base::Result<ExportStats> run_export(const ExportRequest& request, const ProgressFn& progress,
                                     const std::atomic<bool>& cancel);

} // namespace app
