// Comparing an output with the briefing's inputs by device and inode (through links and ../).
#include "app/export/output_guard.hpp"

#include "app/export/atomic_file.hpp"

#include <fmt/format.h>

#include <sys/stat.h>

namespace app {
namespace fs = std::filesystem;
namespace {

bool same_inode(const fs::path& a, const fs::path& b) {
    struct stat sa {
    }, sb{};
    return ::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

} // namespace

bool same_file(const fs::path& path, int fd) {
    struct stat sp {
    }, sf{};
    return ::stat(path.c_str(), &sp) == 0 && ::fstat(fd, &sf) == 0 && sp.st_dev == sf.st_dev &&
           sp.st_ino == sf.st_ino;
}

base::Status check_not_an_input(const fs::path& output, const geo::Briefing& briefing) {
    auto target = output_target(output);
    if (!target || target->write_through) return base::Ok{}; // devices and pipes replace nothing
    const fs::path& file = target->file;
    if (same_inode(file, briefing.path))
        return base::Error{
            fmt::format("refusing to write '{}': it is the briefing itself ({}); choose another "
                        "output file",
                        output.string(), briefing.path)};
    std::error_code ec;
    for (const geo::Layer& layer : briefing.layers) {
        const fs::path input = layer.path;
        bool hit = same_inode(file, input);
        // A Shapefile (or a CSV) also reads sidecars of the same name: .dbf, .shx, .prj, .cpg, .csvt.
        if (!hit && input.has_parent_path())
            for (fs::directory_iterator it(input.parent_path(), ec), end; !ec && it != end && !hit;
                 it.increment(ec))
                hit = it->path().stem() == input.stem() && same_inode(file, it->path());
        if (hit)
            return base::Error{
                fmt::format("refusing to write '{}': it is a file of the briefing's layer '{}' ({}); "
                            "choose another output file",
                            output.string(), layer.id, layer.written_path)};
    }
    return base::Ok{};
}

} // namespace app
