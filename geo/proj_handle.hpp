// RAII keepers for PROJ's C handles, so no context or object leaks on any path.
// Each thread creates its own context: PROJ contexts must not be shared between threads.
#pragma once

#include <proj.h>

#include <memory>

namespace geo {

struct ProjContextDeleter {
    void operator()(PJ_CONTEXT* ctx) const { proj_context_destroy(ctx); }
};
struct ProjObjectDeleter {
    void operator()(PJ* pj) const { proj_destroy(pj); }
};

using ProjContextPtr = std::unique_ptr<PJ_CONTEXT, ProjContextDeleter>;
using ProjObjectPtr = std::unique_ptr<PJ, ProjObjectDeleter>;

} // namespace geo
