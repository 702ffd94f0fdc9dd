// write_file_atomic: temp file + fsync + rename + fsync of the folder (POSIX).
#include "app/export/atomic_file.hpp"

#include <fmt/format.h>

#include <atomic>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace app {
namespace fs = std::filesystem;
namespace {

std::string temp_prefix(const fs::path& path) {
    return path.filename().string() + ".tmp-";
}

base::Error failure(const fs::path& path, const char* what) {
    return base::Error{fmt::format("cannot write '{}': {} ({})", path.string(), what, std::strerror(errno))};
}

// Writes everything, retrying short writes and interruptions.
bool write_all(int fd, std::span<const uint8_t> bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        bytes = bytes.subspan(size_t(n));
    }
    return true;
}

} // namespace

base::Result<OutputTarget> output_target(const fs::path& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) { // follows symlinks (and /proc's links to pipes)
        if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode)) return OutputTarget{path, true};
        if (S_ISDIR(st.st_mode))
            return base::Error{
                fmt::format("cannot write '{}': it is a folder; expected a file name", path.string())};
        if (!S_ISREG(st.st_mode))
            return base::Error{
                fmt::format("cannot write '{}': it is not a regular file (a block device or socket); "
                            "expected a file name",
                            path.string())};
    }
    std::error_code ec;
    if (!fs::is_symlink(fs::symlink_status(path, ec))) return OutputTarget{path, false};
    // A symlink: the file it names is written (created when missing), the link stays.
    fs::path target = path;
    for (int hops = 0; fs::is_symlink(fs::symlink_status(target, ec)); ++hops) {
        const fs::path link = fs::read_symlink(target, ec);
        if (ec || hops == 40)
            return base::Error{
                fmt::format("cannot write '{}': its symbolic links do not end in a file", path.string())};
        target = link.is_absolute() ? link : target.parent_path() / link;
    }
    char folder[PATH_MAX];
    const fs::path parent = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    if (!::realpath(parent.c_str(), folder))
        return base::Error{
            fmt::format("cannot write '{}': it is a symbolic link into '{}', which does not exist",
                        path.string(), parent.string())};
    return OutputTarget{fs::path(folder) / target.filename(), false};
}

size_t remove_stale_temp_files(const fs::path& path) {
    const fs::path dir = path.parent_path().empty() ? fs::path(".") : path.parent_path();
    const std::string prefix = temp_prefix(path);
    size_t removed = 0;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.rfind(prefix, 0) != 0) continue;
        const long pid = std::strtol(name.c_str() + prefix.size(), nullptr, 10);
        // A live process (another writer, or another thread of ours) may still be writing it.
        if (pid <= 0 || pid == long(getpid())) continue;
        if (::kill(pid_t(pid), 0) == 0 || errno != ESRCH) continue;
        std::error_code remove_ec;
        removed += fs::remove(it->path(), remove_ec) ? 1 : 0;
    }
    return removed;
}

// A character device or a pipe (/dev/null, /dev/stdout, a FIFO) is written through: renaming a
// file over it would replace the device node. Opened without blocking, so a FIFO nobody reads
// fails at once instead of hanging.
base::Status write_through(const fs::path& path, std::span<const uint8_t> bytes) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) return failure(path, errno == ENXIO ? "nothing reads from this pipe" : "cannot open it");
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    const bool written = write_all(fd, bytes);
    const int saved_errno = errno;
    ::close(fd);
    errno = saved_errno;
    if (!written) return failure(path, "writing failed");
    return base::Ok{};
}

base::Status write_file_atomic(const fs::path& given, std::span<const uint8_t> bytes) {
    auto where = output_target(given);
    if (!where) return where.error();
    if (where->write_through) return write_through(given, bytes);
    const fs::path& path = where->file;
    static std::atomic<unsigned> counter{0};
    const fs::path dir = path.parent_path().empty() ? fs::path(".") : path.parent_path();
    const fs::path tmp = dir / fmt::format("{}{}-{}", temp_prefix(path), getpid(), counter++);
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) return failure(path, "cannot create a temporary file beside it");
    const bool written = write_all(fd, bytes);
    // fsync before rename: otherwise a power cut can leave the new name pointing at empty blocks.
    const bool synced = written && ::fsync(fd) == 0;
    const int saved_errno = errno;
    ::close(fd);
    if (!written || !synced) {
        ::unlink(tmp.c_str());
        errno = saved_errno;
        return failure(path, written ? "flushing to disk failed" : "writing failed (disk full?)");
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        const base::Error e = failure(path, "renaming the temporary file failed");
        ::unlink(tmp.c_str());
        return e;
    }
    // The rename itself lives in the folder: sync it so the new name survives a crash too.
    if (const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    remove_stale_temp_files(path);
    return base::Ok{};
}

} // namespace app
