// ExportJob: a child (spawn_child) with stdout and stderr on one pipe, read without blocking.
#include "app/export/export_job.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>

namespace app {

ExportJob::~ExportJob() {
    cancel();
    if (pid_ > 0) waitpid(pid_, nullptr, 0);
}

bool ExportJob::start(const std::string& program, const std::vector<std::string>& args) {
    if (running()) return false;
    SpawnOptions options;
    options.merge_errors = true;
    options.environment = {"SUPPLYLINE_PROGRESS=fine"}; // a progress line at every percent
    auto child = spawn_child(program, args, options);
    if (!child) {
        message_ = "cannot start the export: " + child.error().message;
        return false;
    }
    fcntl(child->output.get(), F_SETFL, fcntl(child->output.get(), F_GETFL) | O_NONBLOCK);
    output_ = std::move(child->output);
    pid_ = child->pid;
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
    if (output_) {
        char buffer[4096];
        ssize_t n;
        while ((n = read(output_.get(), buffer, sizeof buffer)) > 0) {
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
