// Child processes for exports: `ffmpeg` fed frames through its standard input, and the window's
// export jobs (a child `supplyline render|export` whose output we read). One spawn helper with
// RAII file descriptors serves both, so no pipe end leaks on any path.
#pragma once

#include "base/result.hpp"

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace app {

// Owns one file descriptor; closes it when dropped.
class UniqueFd {
  public:
    UniqueFd() = default;
    explicit UniqueFd(int fd) : fd_(fd) {}
    ~UniqueFd() { reset(); }
    UniqueFd(UniqueFd&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
    UniqueFd& operator=(UniqueFd&& other) noexcept {
        if (this != &other) reset(std::exchange(other.fd_, -1));
        return *this;
    }
    UniqueFd(const UniqueFd&) = delete;
    UniqueFd& operator=(const UniqueFd&) = delete;

    int get() const { return fd_; }
    explicit operator bool() const { return fd_ >= 0; }
    void reset(int fd = -1);

  private:
    int fd_ = -1;
};

struct SpawnOptions {
    bool pipe_input = false;              // we write the child's standard input (else it shares ours)
    bool discard_output = false;          // its standard output goes to /dev/null (else to a pipe we read)
    bool merge_errors = false;            // its standard error goes into the output pipe (else its own pipe)
    bool own_process_group = false;       // a terminal's Ctrl-C reaches us only; default signal handling
    std::vector<std::string> environment; // "NAME=value" entries that replace ours
};

struct ChildProcess {
    pid_t pid = -1;
    UniqueFd input;  // write end of its standard input (pipe_input)
    UniqueFd output; // read end of its standard output (and error, with merge_errors)
    UniqueFd errors; // read end of its standard error (without merge_errors)
};

// Starts `program` with `args` (argv[1..]). The error names the program and the system's reason.
base::Result<ChildProcess> spawn_child(const std::filesystem::path& program,
                                       const std::vector<std::string>& args, const SpawnOptions& options);

} // namespace app
