// Spawning ffmpeg (spawn_child) and streaming to it.
#include "app/export/ffmpeg_process.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <sys/wait.h>
#include <unistd.h>

namespace app {
namespace fs = std::filesystem;
namespace {

constexpr size_t kStderrTail = 1500; // bytes of ffmpeg's stderr kept for error messages

// Blocks SIGPIPE on this thread while alive, so a write to a dead ffmpeg returns EPIPE instead of
// killing the process; a SIGPIPE raised meanwhile is consumed before unblocking.
class SigpipeGuard {
  public:
    SigpipeGuard() {
        sigemptyset(&pipe_);
        sigaddset(&pipe_, SIGPIPE);
        pthread_sigmask(SIG_BLOCK, &pipe_, &old_);
    }
    ~SigpipeGuard() {
        const timespec none{0, 0};
        while (sigtimedwait(&pipe_, nullptr, &none) > 0) {
        }
        pthread_sigmask(SIG_SETMASK, &old_, nullptr);
    }

  private:
    sigset_t pipe_, old_;
};

} // namespace

base::Result<fs::path> find_ffmpeg() {
    const char* path = std::getenv("PATH");
    std::string dirs = path ? path : "";
    for (size_t start = 0; start <= dirs.size();) {
        size_t end = dirs.find(':', start);
        if (end == std::string::npos) end = dirs.size();
        const fs::path candidate = fs::path(dirs.substr(start, end - start)) / "ffmpeg";
        if (end > start && access(candidate.c_str(), X_OK) == 0) return candidate;
        start = end + 1;
    }
    return base::Error{"ffmpeg not found on PATH; install it (Debian: apt-get install ffmpeg) or use "
                       "--png-dir DIR to write frames instead"};
}

base::Result<std::unique_ptr<FfmpegProcess>> FfmpegProcess::start(const fs::path& program,
                                                                  const std::vector<std::string>& args) {
    SpawnOptions options;
    options.pipe_input = true;
    options.discard_output = true;
    options.own_process_group = true; // a terminal's Ctrl-C is ours to handle
    auto child = spawn_child(program, args, options);
    if (!child) return child.error();
    auto process = std::unique_ptr<FfmpegProcess>(new FfmpegProcess);
    process->pid_ = child->pid;
    process->input_ = std::move(child->input);
    process->stderr_reader_ = std::thread([p = process.get(), errors = std::move(child->errors)] {
        char buffer[4096];
        ssize_t n;
        while ((n = read(errors.get(), buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR)) {
            if (n <= 0) continue;
            std::lock_guard lock(p->stderr_mutex_);
            p->stderr_tail_.append(buffer, size_t(n));
            if (p->stderr_tail_.size() > 4 * kStderrTail)
                p->stderr_tail_.erase(0, p->stderr_tail_.size() - kStderrTail);
        }
    });
    return process;
}

FfmpegProcess::~FfmpegProcess() {
    kill();
}

base::Status FfmpegProcess::write(const uint8_t* bytes, size_t size) {
    if (!input_) return base::Error{"ffmpeg's input is closed"};
    SigpipeGuard guard;
    while (size > 0) {
        const ssize_t n = ::write(input_.get(), bytes, size);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            const int saved = errno;
            close_input();
            const int status = wait();
            return base::Error{
                fmt::format("ffmpeg stopped taking frames ({}{}){}", strerror(saved),
                            WIFEXITED(status)     ? fmt::format(", exit code {}", WEXITSTATUS(status))
                            : WIFSIGNALED(status) ? fmt::format(", signal {}", WTERMSIG(status))
                                                  : "",
                            error_tail())};
        }
        bytes += n;
        size -= size_t(n);
    }
    return base::Ok{};
}

base::Status FfmpegProcess::finish() {
    close_input();
    const int status = wait();
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return base::Ok{};
    return base::Error{fmt::format("ffmpeg failed ({}){}",
                                   WIFEXITED(status) ? fmt::format("exit code {}", WEXITSTATUS(status))
                                                     : fmt::format("signal {}", WTERMSIG(status)),
                                   error_tail())};
}

void FfmpegProcess::kill() {
    close_input();
    if (pid_ > 0) ::kill(pid_, SIGKILL);
    wait();
}

void FfmpegProcess::close_input() {
    input_.reset();
}

int FfmpegProcess::wait() {
    if (pid_ > 0) {
        while (waitpid(pid_, &status_, 0) < 0 && errno == EINTR) {
        }
        pid_ = -1;
    }
    if (stderr_reader_.joinable()) stderr_reader_.join();
    return status_;
}

std::string FfmpegProcess::error_tail() {
    std::lock_guard lock(stderr_mutex_);
    std::string tail = stderr_tail_.size() > kStderrTail
                           ? stderr_tail_.substr(stderr_tail_.size() - kStderrTail)
                           : stderr_tail_;
    while (!tail.empty() && (tail.back() == '\n' || tail.back() == '\r' || tail.back() == ' '))
        tail.pop_back();
    if (tail.empty()) return "";
    // One line for the message: ffmpeg's lines joined.
    for (char& c : tail)
        if (c == '\n' || c == '\r') c = ' ';
    return ": ffmpeg said: " + tail;
}

} // namespace app
