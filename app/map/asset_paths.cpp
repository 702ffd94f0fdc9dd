// Asset directory lookup.
#include "app/map/asset_paths.hpp"

#include <cstdlib>
#include <system_error>

namespace app {

std::filesystem::path asset_dir() {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (const char* env = std::getenv("SUPPLYLINE_ASSETS"); env && *env) return fs::path(env);
    if (fs::is_directory(fs::path(SUPPLYLINE_ASSET_DIR) / "basemap", ec)) return SUPPLYLINE_ASSET_DIR;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const fs::path installed = exe.parent_path().parent_path() / "share" / "supplyline" / "assets";
        if (fs::is_directory(installed, ec)) return installed;
    }
    return SUPPLYLINE_ASSET_DIR;
}

} // namespace app
