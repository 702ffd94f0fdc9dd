// RAII keepers for GDAL's C handles and the one place that opens vector datasets,
// with the vector-only flag and an explicit list of allowed drivers.
#pragma once

#include <gdal.h>
#include <ogr_api.h>

#include <memory>
#include <string>

namespace geo {

struct GdalDatasetDeleter {
    void operator()(void* ds) const { GDALClose(static_cast<GDALDatasetH>(ds)); }
};
struct OgrFeatureDeleter {
    void operator()(void* f) const { OGR_F_Destroy(static_cast<OGRFeatureH>(f)); }
};
using GdalDatasetPtr = std::unique_ptr<void, GdalDatasetDeleter>;
using OgrFeaturePtr = std::unique_ptr<void, OgrFeatureDeleter>;

// Opens `path` read-only as a vector dataset with only the drivers the input policy allows.
// On failure returns null and sets `error` to GDAL's reason.
// `siblings` (null-terminated names, may be null): the files beside `path` GDAL may consider with it,
// instead of listing the folder itself (see vetted_sidecars).
GdalDatasetPtr open_vector_dataset(const std::string& path, std::string& error,
                                   const char* const* open_options = nullptr,
                                   const char* const* siblings = nullptr);

// The short name of the driver (any driver, raster or vector) that recognises `path`, or "" when
// none does: for naming what a refused file is ("VRT").
std::string identify_driver(const std::string& path);

} // namespace geo
