// The presenter's marks on the audience's map: a laser pointer (a red dot with a pulsing ring,
// where the presenter points on the presenter window's picture) and ink strokes drawn there. Both
// are in scene metres, so ink stays on its places as the map moves. Drawn last, over everything.
#pragma once

#include "base/result.hpp"
#include "render/frame.hpp"
#include "render/line_batch.hpp"
#include "render/map_programs.hpp"
#include "render/ring_batch.hpp"
#include "render/triangle_mesh.hpp"

#include <memory>

namespace render {

class Annotations {
  public:
    static base::Result<std::unique_ptr<Annotations>> create();
    void draw(const MapPrograms& programs, const Frame& frame);

  private:
    Annotations() = default;
    std::unique_ptr<RingBatch> rings_;
    TriangleMesh dot_;
    LineBatch ink_;
    std::shared_ptr<const geo::LineSet> ink_built_for_; // the strokes ink_ holds (held: never reused)
};

} // namespace render
