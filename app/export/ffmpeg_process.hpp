// An `ffmpeg` child process fed raw frames through a pipe on its standard input (video export).
// Its standard error is collected so failures can quote ffmpeg's own last words; it runs in its
// own process group so a Ctrl-C in the terminal reaches only us, and we decide how it stops.
#pragma once

#include "app/export/child_process.hpp"
#include "base/result.hpp"

#include <sys/types.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace app {

// The ffmpeg program on PATH, or an error saying how to get it.
base::Result<std::filesystem::path> find_ffmpeg();

class FfmpegProcess {
  public:
    // Starts `program` with `args` (argv[1..]); its stdin is a pipe we write, stdout is discarded.
    static base::Result<std::unique_ptr<FfmpegProcess>> start(const std::filesystem::path& program,
                                                              const std::vector<std::string>& args);
    ~FfmpegProcess(); // stops ffmpeg (SIGKILL) if it still runs
    FfmpegProcess(const FfmpegProcess&) = delete;
    FfmpegProcess& operator=(const FfmpegProcess&) = delete;

    // Writes all of `bytes`; an error (with ffmpeg's stderr tail) when ffmpeg has gone away.
    base::Status write(const uint8_t* bytes, size_t size);
    // Closes its input and waits for it to finish; an error with its stderr tail if it failed.
    base::Status finish();
    // Stops it now (cancel): closes its input, kills it, waits.
    void kill();

  private:
    FfmpegProcess() = default;
    void close_input();
    int wait(); // exit status as returned by waitpid, once
    std::string error_tail();

    pid_t pid_ = -1;
    UniqueFd input_;
    int status_ = 0;
    std::thread stderr_reader_;
    std::mutex stderr_mutex_;
    std::string stderr_tail_;
};

} // namespace app
