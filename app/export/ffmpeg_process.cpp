// Spawning ffmpeg and streaming to it. posix_spawn and pipes by hand: no Debian library wraps a
// child process with a piped stdin more simply than these few system calls.
#include "app/export/ffmpeg_process.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

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

geo::Result<fs::path> find_ffmpeg() {
    const char* path = std::getenv("PATH");
    std::string dirs = path ? path : "";
    for (size_t start = 0; start <= dirs.size();) {
        size_t end = dirs.find(':', start);
        if (end == std::string::npos) end = dirs.size();
        const fs::path candidate = fs::path(dirs.substr(start, end - start)) / "ffmpeg";
        if (end > start && access(candidate.c_str(), X_OK) == 0) return candidate;
        start = end + 1;
    }
    return geo::Error{"ffmpeg not found on PATH; install it (Debian: apt-get install ffmpeg) or use "
                      "--png-dir DIR to write frames instead"};
}

geo::Result<std::unique_ptr<FfmpegProcess>> FfmpegProcess::start(const fs::path& program,
                                                                 const std::vector<std::string>& args) {
    int in[2], err[2];
    if (pipe2(in, O_CLOEXEC) != 0)
        return geo::Error{fmt::format("cannot create a pipe: {}", strerror(errno))};
    if (pipe2(err, O_CLOEXEC) != 0) {
        close(in[0]), close(in[1]);
        return geo::Error{fmt::format("cannot create a pipe: {}", strerror(errno))};
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in[0], STDIN_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, err[1], STDERR_FILENO);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    // Own process group (a terminal's Ctrl-C is ours to handle), default signals, nothing blocked.
    sigset_t none, defaults;
    sigemptyset(&none);
    sigemptyset(&defaults);
    for (int s : {SIGPIPE, SIGINT, SIGTERM})
        sigaddset(&defaults, s);
    posix_spawnattr_setpgroup(&attr, 0);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setsigdefault(&attr, &defaults);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

    std::vector<std::string> argv_strings{program.string()};
    argv_strings.insert(argv_strings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& a : argv_strings)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, program.c_str(), &actions, &attr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    close(in[0]);
    close(err[1]);
    if (rc != 0) {
        close(in[1]), close(err[0]);
        return geo::Error{fmt::format("cannot start {}: {}", program.string(), strerror(rc))};
    }
    auto process = std::unique_ptr<FfmpegProcess>(new FfmpegProcess);
    process->pid_ = pid;
    process->input_ = in[1];
    process->stderr_reader_ = std::thread([p = process.get(), fd = err[0]] {
        char buffer[4096];
        ssize_t n;
        while ((n = read(fd, buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR)) {
            if (n <= 0) continue;
            std::lock_guard lock(p->stderr_mutex_);
            p->stderr_tail_.append(buffer, size_t(n));
            if (p->stderr_tail_.size() > 4 * kStderrTail)
                p->stderr_tail_.erase(0, p->stderr_tail_.size() - kStderrTail);
        }
        close(fd);
    });
    return process;
}

FfmpegProcess::~FfmpegProcess() {
    kill();
}

geo::Status FfmpegProcess::write(const uint8_t* bytes, size_t size) {
    if (input_ < 0) return geo::Error{"ffmpeg's input is closed"};
    SigpipeGuard guard;
    while (size > 0) {
        const ssize_t n = ::write(input_, bytes, size);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            const int saved = errno;
            close_input();
            const int status = wait();
            return geo::Error{fmt::format("ffmpeg stopped taking frames ({}{}){}", strerror(saved),
                                          WIFEXITED(status)
                                              ? fmt::format(", exit code {}", WEXITSTATUS(status))
                                          : WIFSIGNALED(status) ? fmt::format(", signal {}", WTERMSIG(status))
                                                                : "",
                                          error_tail())};
        }
        bytes += n;
        size -= size_t(n);
    }
    return geo::Ok{};
}

geo::Status FfmpegProcess::finish() {
    close_input();
    const int status = wait();
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return geo::Ok{};
    return geo::Error{fmt::format("ffmpeg failed ({}){}",
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
    if (input_ >= 0) close(input_);
    input_ = -1;
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
