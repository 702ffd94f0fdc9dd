// posix_spawn with pipes. Written by hand: no Debian library wraps "spawn with these pipes, in
// its own process group" more simply than these few system calls.
#include "app/export/child_process.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <unistd.h>

extern char** environ;

namespace app {
namespace {

struct Pipe {
    UniqueFd read, write;
};

base::Result<Pipe> make_pipe() {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0)
        return base::Error{fmt::format("cannot create a pipe: {}", strerror(errno))};
    return Pipe{UniqueFd(fds[0]), UniqueFd(fds[1])};
}

// Our environment with `overrides` ("NAME=value") in place of the variables they name.
std::vector<std::string> environment_with(const std::vector<std::string>& overrides) {
    std::vector<std::string> env = overrides;
    for (char** e = environ; *e; ++e) {
        const std::string_view entry(*e);
        bool replaced = false;
        for (const std::string& o : overrides)
            replaced = replaced || entry.substr(0, entry.find('=') + 1) == o.substr(0, o.find('=') + 1);
        if (!replaced) env.emplace_back(entry);
    }
    return env;
}

std::vector<char*> pointers(std::vector<std::string>& strings) {
    std::vector<char*> out;
    for (std::string& s : strings)
        out.push_back(s.data());
    out.push_back(nullptr);
    return out;
}

} // namespace

void UniqueFd::reset(int fd) {
    if (fd_ >= 0) close(fd_);
    fd_ = fd;
}

base::Result<ChildProcess> spawn_child(const std::filesystem::path& program,
                                       const std::vector<std::string>& args, const SpawnOptions& options) {
    Pipe input, output, errors;
    for (auto [wanted, pipe] : {std::pair{options.pipe_input, &input},
                                {!options.discard_output, &output},
                                {!options.merge_errors, &errors}}) {
        if (!wanted) continue;
        auto made = make_pipe();
        if (!made) return made.error();
        *pipe = std::move(*made);
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (input.read) posix_spawn_file_actions_adddup2(&actions, input.read.get(), STDIN_FILENO);
    if (options.discard_output)
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    else
        posix_spawn_file_actions_adddup2(&actions, output.write.get(), STDOUT_FILENO);
    if (options.merge_errors)
        posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
    else
        posix_spawn_file_actions_adddup2(&actions, errors.write.get(), STDERR_FILENO);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    if (options.own_process_group) {
        sigset_t none, defaults;
        sigemptyset(&none);
        sigemptyset(&defaults);
        for (int s : {SIGPIPE, SIGINT, SIGTERM})
            sigaddset(&defaults, s);
        posix_spawnattr_setpgroup(&attr, 0);
        posix_spawnattr_setsigmask(&attr, &none);
        posix_spawnattr_setsigdefault(&attr, &defaults);
        posix_spawnattr_setflags(&attr,
                                 POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    }
    std::vector<std::string> argv_text{program.string()};
    argv_text.insert(argv_text.end(), args.begin(), args.end());
    std::vector<std::string> env_text = environment_with(options.environment);
    std::vector<char*> argv = pointers(argv_text), envp = pointers(env_text);
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, program.c_str(), &actions, &attr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    if (rc != 0) return base::Error{fmt::format("cannot start {}: {}", program.string(), strerror(rc))};
    ChildProcess child;
    child.pid = pid;
    child.input = std::move(input.write);
    child.output = std::move(output.read);
    child.errors = std::move(errors.read);
    return child;
}

} // namespace app
