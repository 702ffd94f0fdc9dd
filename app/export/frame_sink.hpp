// Where exported frames go: an MP4 made by ffmpeg, or numbered PNGs in a folder. Either way the
// result appears only when complete: the video is written to a hidden temporary file beside the
// target and renamed over it on commit; a sink destroyed without commit (cancel, failure) removes
// what it wrote and leaves any old target untouched. What a killed process could not remove, the
// next export to the same target does.
#pragma once

#include "base/result.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>

namespace app {

class FrameSink {
  public:
    virtual ~FrameSink() = default;
    // One frame: width * height RGBA pixels, top row first.
    virtual base::Status write(const uint8_t* rgba) = 0;
    // All frames written: make the output appear.
    virtual base::Status commit() = 0;
};

struct VideoSettings {
    int width = 1920, height = 1080;
    int fps = 30;
    int crf = 20;                    // x264 quality: 0 lossless .. 51 worst; 18-23 looks clean
    std::string preset = "veryfast"; // x264 speed/size trade-off
};

// Starts ffmpeg (found on PATH) writing H.264 (yuv420p, BT.709, faststart) to a temporary file
// beside `output`.
base::Result<std::unique_ptr<FrameSink>> open_video_sink(const std::filesystem::path& output,
                                                         const VideoSettings& settings);

// Writes frame_000001.png, frame_000002.png, ... into `folder` (created if missing; its parent must
// exist). Each PNG is written atomically; an aborted export removes the frames it wrote.
base::Result<std::unique_ptr<FrameSink>> open_png_folder_sink(const std::filesystem::path& folder, int width,
                                                              int height);

// The temporary name the video is written under is ".NAME.partial-PID-XXXXXX" beside `output`;
// this is its start.
std::string partial_prefix(const std::filesystem::path& output);

// Removes temporary files a killed export (SIGKILL, power loss) left beside `output`: those whose
// process no longer exists. open_video_sink calls it.
void remove_stale_partials(const std::filesystem::path& output);

} // namespace app
