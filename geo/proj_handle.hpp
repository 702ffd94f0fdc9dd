// RAII keepers for PROJ's C handles, so no context or object leaks on any path. PROJ's types are
// only forward-declared here, so headers that hold a Projection do not pull <proj.h> into every
// unit that includes them (the renderer's included: it must not reach PROJ even indirectly).
// Each thread creates its own context: PROJ contexts must not be shared between threads.
#pragma once

#include <memory>

struct pj_ctx;   // PJ_CONTEXT in <proj.h>
struct PJconsts; // PJ in <proj.h>

namespace geo {

struct ProjContextDeleter {
    void operator()(pj_ctx* ctx) const;
};
struct ProjObjectDeleter {
    void operator()(PJconsts* pj) const;
};
using ProjContextPtr = std::unique_ptr<pj_ctx, ProjContextDeleter>;
using ProjObjectPtr = std::unique_ptr<PJconsts, ProjObjectDeleter>;

} // namespace geo
