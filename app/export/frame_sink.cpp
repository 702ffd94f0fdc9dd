// The video sink (ffmpeg child process, temporary file, rename) and the PNG folder sink.
#include "app/export/frame_sink.hpp"

#include "app/export/atomic_file.hpp"
#include "app/export/ffmpeg_process.hpp"
#include "app/export/png_file.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace app {
namespace fs = std::filesystem;
namespace {

class VideoSink : public FrameSink {
  public:
    VideoSink(fs::path output, fs::path partial, std::unique_ptr<FfmpegProcess> ffmpeg, size_t frame_bytes)
        : output_(std::move(output)), partial_(std::move(partial)), ffmpeg_(std::move(ffmpeg)),
          frame_bytes_(frame_bytes) {}
    ~VideoSink() override {
        if (ffmpeg_) ffmpeg_->kill();
        if (!committed_) std::remove(partial_.c_str());
    }

    base::Status write(const uint8_t* rgba) override { return ffmpeg_->write(rgba, frame_bytes_); }

    base::Status commit() override {
        if (auto e = ffmpeg_->finish(); !e) return e.error();
        ffmpeg_.reset();
        // fsync before rename so a crash leaves the old file or the complete new one.
        if (int fd = open(partial_.c_str(), O_RDONLY | O_CLOEXEC); fd >= 0) {
            fsync(fd);
            close(fd);
        }
        std::error_code ec;
        fs::rename(partial_, output_, ec);
        if (ec) return base::Error{fmt::format("cannot write '{}': {}", output_.string(), ec.message())};
        committed_ = true;
        return base::Ok{};
    }

  private:
    fs::path output_, partial_;
    std::unique_ptr<FfmpegProcess> ffmpeg_;
    size_t frame_bytes_;
    bool committed_ = false;
};

// Frames go into a private staging folder inside the target folder and move into place only when
// the export completes: a cancelled or failed export leaves an earlier export's frames as they were.
class PngFolderSink : public FrameSink {
  public:
    PngFolderSink(fs::path folder, fs::path staging, bool created, int width, int height)
        : folder_(std::move(folder)), staging_(std::move(staging)), created_(created), width_(width),
          height_(height) {}
    ~PngFolderSink() override {
        std::error_code ec;
        fs::remove_all(staging_, ec);
        if (created_ && !committed_) fs::remove(folder_, ec); // only if empty: never someone else's files
    }

    base::Status write(const uint8_t* rgba) override {
        const fs::path path = staging_ / frame_name(written_ + 1);
        pixels_.assign(rgba, rgba + size_t(width_) * height_ * 4);
        if (auto e = write_png_atomic(path, width_, height_, pixels_); !e) return e.error();
        ++written_;
        return base::Ok{};
    }

    base::Status commit() override {
        std::error_code ec;
        for (size_t k = 1; k <= written_; ++k) {
            fs::rename(staging_ / frame_name(k), folder_ / frame_name(k), ec);
            if (ec)
                return base::Error{
                    fmt::format("cannot move frames into '{}': {}", folder_.string(), ec.message())};
        }
        // The folder holds this export alone: an earlier, longer export's later frames go.
        for (size_t k = written_ + 1; fs::remove(folder_ / frame_name(k), ec); ++k) {
        }
        if (const int dfd = ::open(folder_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dfd >= 0) {
            ::fsync(dfd);
            ::close(dfd);
        }
        committed_ = true;
        return base::Ok{};
    }

  private:
    static std::string frame_name(size_t k) { return fmt::format("frame_{:06d}.png", k); }
    fs::path folder_, staging_;
    bool created_;
    int width_, height_;
    std::vector<uint8_t> pixels_;
    size_t written_ = 0;
    bool committed_ = false;
};

// The process's umask, read without changing it (umask() would race with other threads).
mode_t current_umask() {
    if (FILE* f = std::fopen("/proc/self/status", "r")) {
        char line[256];
        unsigned mask = 022;
        while (std::fgets(line, sizeof line, f))
            if (std::sscanf(line, "Umask: %o", &mask) == 1) break;
        std::fclose(f);
        return mode_t(mask);
    }
    return 022;
}

} // namespace

std::string partial_prefix(const fs::path& output) {
    return "." + output.filename().string() + ".partial-";
}

void remove_stale_partials(const fs::path& output) {
    const fs::path dir = output.parent_path().empty() ? fs::path(".") : output.parent_path();
    const std::string prefix = partial_prefix(output);
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind(prefix, 0) != 0) continue;
        const long pid = std::strtol(name.c_str() + prefix.size(), nullptr, 10);
        // Only when its writer is gone: a concurrent export to the same file keeps its own.
        if (pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH) fs::remove_all(entry.path(), ec);
    }
}

base::Result<std::unique_ptr<FrameSink>> open_video_sink(const fs::path& given, const VideoSettings& s) {
    if (auto e = check_writable(given); !e) return e.error();
    auto target = output_target(given); // a symlink's file; never a device or a pipe
    if (!target) return target.error();
    if (target->write_through)
        return base::Error{
            fmt::format("cannot write a video to '{}': it is a device or a pipe, and an MP4 needs "
                        "a file it can seek in; expected a file name",
                        given.string())};
    const fs::path output = target->file;
    auto ffmpeg_path = find_ffmpeg();
    if (!ffmpeg_path) return ffmpeg_path.error();
    const fs::path dir = output.parent_path().empty() ? fs::path(".") : output.parent_path();
    remove_stale_partials(output);
    std::string pattern = (dir / fmt::format("{}{}-XXXXXX", partial_prefix(output), getpid())).string();
    const int fd = mkostemp(pattern.data(), O_CLOEXEC);
    if (fd < 0)
        return base::Error{fmt::format("cannot write '{}': cannot create a temporary file beside it ({})",
                                       output.string(), std::strerror(errno))};
    // mkstemp makes it private (0600); the video gets the permissions any new file would.
    fchmod(fd, 0666 & ~current_umask());
    close(fd);
    const fs::path partial = pattern;
    // Raw RGBA in, H.264 out, tagged BT.709 (what players assume for HD) so colours match the screen.
    const std::vector<std::string> args{"-hide_banner",
                                        "-loglevel",
                                        "error",
                                        "-nostdin",
                                        "-f",
                                        "rawvideo",
                                        "-pix_fmt",
                                        "rgba",
                                        "-s",
                                        fmt::format("{}x{}", s.width, s.height),
                                        "-framerate",
                                        std::to_string(s.fps),
                                        "-i",
                                        "pipe:0",
                                        "-an",
                                        "-vf",
                                        "scale=out_color_matrix=bt709:out_range=tv",
                                        "-c:v",
                                        "libx264",
                                        "-preset",
                                        s.preset,
                                        "-crf",
                                        std::to_string(s.crf),
                                        "-pix_fmt",
                                        "yuv420p",
                                        "-colorspace",
                                        "bt709",
                                        "-color_primaries",
                                        "bt709",
                                        "-color_trc",
                                        "bt709",
                                        "-color_range",
                                        "tv",
                                        "-movflags",
                                        "+faststart",
                                        "-f",
                                        "mp4",
                                        "-y",
                                        partial.string()};
    auto ffmpeg = FfmpegProcess::start(*ffmpeg_path, args);
    if (!ffmpeg) {
        std::remove(partial.c_str());
        return ffmpeg.error();
    }
    return std::unique_ptr<FrameSink>(
        new VideoSink(output, partial, std::move(*ffmpeg), size_t(s.width) * s.height * 4));
}

base::Result<std::unique_ptr<FrameSink>> open_png_folder_sink(const fs::path& folder, int width, int height) {
    std::error_code ec;
    bool created = false;
    if (!fs::is_directory(folder, ec)) {
        if (fs::exists(folder, ec))
            return base::Error{
                fmt::format("cannot write frames into '{}': it is a file, not a folder", folder.string())};
        const fs::path parent = folder.parent_path().empty() ? fs::path(".") : folder.parent_path();
        if (!fs::is_directory(parent, ec))
            return base::Error{fmt::format("cannot write frames into '{}': folder '{}' does not exist",
                                           folder.string(), parent.string())};
        if (!fs::create_directory(folder, ec))
            return base::Error{
                fmt::format("cannot create folder '{}': {}", folder.string(), ec ? ec.message() : "unknown")};
        created = true;
    }
    if (access(folder.c_str(), W_OK) != 0)
        return base::Error{fmt::format("cannot write frames into '{}': the folder is not writable ({})",
                                       folder.string(), std::strerror(errno))};
    const fs::path marker = folder / "frames"; // partial_prefix names staging folders like partial files
    remove_stale_partials(marker);
    const fs::path staging = folder / fmt::format("{}{}", partial_prefix(marker), getpid());
    fs::remove_all(staging, ec);
    if (!fs::create_directory(staging, ec))
        return base::Error{fmt::format("cannot write frames into '{}': cannot create a staging folder ({})",
                                       folder.string(), ec ? ec.message() : "unknown")};
    return std::unique_ptr<FrameSink>(new PngFolderSink(folder, staging, created, width, height));
}

} // namespace app
