// An export started from the window: runs `supplyline render` or `supplyline export` as a child
// process (its own EGL context, so the window's GL stays untouched and a crash cannot take the
// presentation down), reads its progress lines, and cancels it with SIGTERM, on which the
// command removes its temporary file and leaves any old target as it was.
#pragma once

#include "app/export/child_process.hpp"

#include <string>
#include <sys/types.h>
#include <vector>

namespace app {

class ExportJob {
  public:
    ExportJob() = default;
    ~ExportJob(); // cancels a running job and waits for it
    ExportJob(const ExportJob&) = delete;
    ExportJob& operator=(const ExportJob&) = delete;

    // Starts `program ARGS...` (the window passes /proc/self/exe: this very supplyline); false
    // with `message()` set when it cannot start.
    bool start(const std::string& program, const std::vector<std::string>& args);
    // Reads new output and checks whether the child ended; call once per frame.
    void poll();
    void cancel();

    bool running() const { return pid_ > 0; }
    double fraction() const { return fraction_; } // 0..1 from the progress lines
    // While running: the last progress line; after: "wrote ..." or the error the command printed.
    const std::string& message() const { return message_; }
    bool succeeded() const { return succeeded_; }

  private:
    void take_line(const std::string& line);

    pid_t pid_ = -1;
    UniqueFd output_;     // its stdout and stderr
    std::string pending_; // partial line
    double fraction_ = 0;
    std::string message_;
    bool succeeded_ = false;
};

} // namespace app
