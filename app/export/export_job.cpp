// ExportJob: posix_spawn with stdout and stderr on one pipe. Written by hand because no Debian
// library wraps "spawn, read non-blocking, signal" more simply than these few calls.
#include "app/export/export_job.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>

extern char** environ;

namespace app {

ExportJob::~ExportJob() {
    cancel();
    if (pid_ > 0) waitpid(pid_, nullptr, 0);
    if (output_fd_ >= 0) close(output_fd_);
}

bool ExportJob::start(const std::string& program, const std::vector<std::string>& args) {
    if (running()) return false;
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) {
        message_ = std::string("cannot start the export: ") + std::strerror(errno);
        return false;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDERR_FILENO);
    std::vector<std::string> argv_text{program};
    argv_text.insert(argv_text.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& a : argv_text)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    // The command prints a progress line at every percent when told so.
    std::vector<std::string> env_text{"SUPPLYLINE_PROGRESS=fine"};
    for (char** e = environ; *e; ++e)
        if (std::strncmp(*e, "SUPPLYLINE_PROGRESS=", 20) != 0) env_text.push_back(*e);
    std::vector<char*> envp;
    for (std::string& e : env_text)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);
    if (rc != 0) {
        close(fds[0]);
        message_ = std::string("cannot start the export: ") + std::strerror(rc);
        return false;
    }
    fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK);
    if (output_fd_ >= 0) close(output_fd_);
    output_fd_ = fds[0];
    pid_ = pid;
    fraction_ = 0;
    succeeded_ = false;
    message_ = "starting...";
    pending_.clear();
    return true;
}

void ExportJob::take_line(const std::string& line) {
    if (line.empty()) return;
    // "123/900 frames (14%), ETA 0:41"
    int done = 0, total = 0;
    if (std::sscanf(line.c_str(), "%d/%d frames", &done, &total) == 2 && total > 0)
        fraction_ = double(done) / total;
    message_ = line;
}

void ExportJob::poll() {
    if (output_fd_ >= 0) {
        char buffer[4096];
        ssize_t n;
        while ((n = read(output_fd_, buffer, sizeof buffer)) > 0) {
            pending_.append(buffer, size_t(n));
            size_t end;
            while ((end = pending_.find_first_of("\r\n")) != std::string::npos) {
                take_line(pending_.substr(0, end));
                pending_.erase(0, end + 1);
            }
        }
    }
    if (pid_ <= 0) return;
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) != pid_) return;
    pid_ = -1;
    take_line(pending_);
    pending_.clear();
    succeeded_ = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (succeeded_) fraction_ = 1;
    if (!succeeded_ && WIFEXITED(status) && WEXITSTATUS(status) == 130)
        message_ = "cancelled; nothing was written";
}

void ExportJob::cancel() {
    if (pid_ > 0) kill(pid_, SIGTERM);
}

} // namespace app
