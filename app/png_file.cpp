// Atomic PNG writing through stb_image_write.
#include "app/png_file.hpp"

#include <fmt/format.h>
#include <stb_image_write.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace app {
namespace fs = std::filesystem;

geo::Error check_writable(const fs::path& path) {
    const fs::path dir = path.parent_path().empty() ? fs::path(".") : path.parent_path();
    std::error_code ec;
    if (path.empty()) return geo::Error{"no output path given; expected -o FILE.png"};
    if (!fs::is_directory(dir, ec))
        return geo::Error{
            fmt::format("cannot write '{}': folder '{}' does not exist", path.string(), dir.string())};
    if (fs::is_directory(path, ec))
        return geo::Error{
            fmt::format("cannot write '{}': it is a folder; expected a file name", path.string())};
    if (access(dir.c_str(), W_OK) != 0)
        return geo::Error{fmt::format("cannot write '{}': folder '{}' is not writable ({})", path.string(),
                                      dir.string(), std::strerror(errno))};
    return geo::Error{};
}

geo::Error write_png_atomic(const fs::path& path, int width, int height, const std::vector<uint8_t>& rgba) {
    if (geo::Error e = check_writable(path); !e.message.empty()) return e;
    const fs::path tmp = path.string() + fmt::format(".tmp-{}", getpid());
    stbi_write_png_compression_level = 6;
    if (!stbi_write_png(tmp.c_str(), width, height, 4, rgba.data(), width * 4)) {
        std::remove(tmp.c_str());
        return geo::Error{
            fmt::format("cannot write '{}': writing the PNG failed (disk full?)", path.string())};
    }
    // fsync before rename so a crash leaves the old file or the complete new one.
    if (FILE* f = std::fopen(tmp.c_str(), "rb")) {
        fsync(fileno(f));
        std::fclose(f);
    }
    std::error_code ec;
    fs::rename(tmp, path, ec);
    if (ec) {
        std::remove(tmp.c_str());
        return geo::Error{fmt::format("cannot write '{}': {}", path.string(), ec.message())};
    }
    return geo::Error{};
}

} // namespace app
