// PNG encoding through stb_image_write, written with write_file_atomic.
#include "app/export/png_file.hpp"

#include "app/export/atomic_file.hpp"

#include <fmt/format.h>
#include <stb_image_write.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace app {
namespace fs = std::filesystem;

base::Status check_writable(const fs::path& given) {
    if (given.empty()) return base::Error{"no output path given; expected -o FILE.png"};
    auto target = output_target(given);
    if (!target) return target.error();
    if (target->write_through) {
        if (access(given.c_str(), W_OK) != 0)
            return base::Error{fmt::format("cannot write '{}': {}", given.string(), std::strerror(errno))};
        return base::Ok{};
    }
    const fs::path& path = target->file;
    const fs::path dir = path.parent_path().empty() ? fs::path(".") : path.parent_path();
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        return base::Error{
            fmt::format("cannot write '{}': folder '{}' does not exist", path.string(), dir.string())};
    if (fs::is_directory(path, ec))
        return base::Error{
            fmt::format("cannot write '{}': it is a folder; expected a file name", path.string())};
    if (access(dir.c_str(), W_OK) != 0)
        return base::Error{fmt::format("cannot write '{}': folder '{}' is not writable ({})", path.string(),
                                       dir.string(), std::strerror(errno))};
    return base::Ok{};
}

base::Status write_png_atomic(const fs::path& path, int width, int height, const std::vector<uint8_t>& rgba) {
    if (auto e = check_writable(path); !e) return e.error();
    std::vector<uint8_t> png;
    stbi_write_png_compression_level = 6;
    const auto append = [](void* out, void* data, int size) {
        auto* bytes = static_cast<uint8_t*>(data);
        static_cast<std::vector<uint8_t>*>(out)->insert(static_cast<std::vector<uint8_t>*>(out)->end(), bytes,
                                                        bytes + size);
    };
    if (!stbi_write_png_to_func(append, &png, width, height, 4, rgba.data(), width * 4))
        return base::Error{fmt::format("cannot write '{}': encoding the PNG failed", path.string())};
    return write_file_atomic(path, png);
}

} // namespace app
