// TextBatch: per-frame glyph quads in a streaming buffer.
#include "render/text_batch.hpp"

#include "render/shader_library.hpp"

namespace render {

base::Result<std::unique_ptr<TextBatch>> TextBatch::create() {
    auto batch = std::unique_ptr<TextBatch>(new TextBatch);
    auto program_made = build_program("text");
    if (!program_made) return program_made.error();
    batch->program_ = std::move(*program_made);
    return batch;
}

void TextBatch::add(const FontAtlas& font, std::string_view text, float x, float y, float size_px) {
    const float s = size_px / FontAtlas::kBaseSize;
    for (char32_t c : decode_utf8(text)) {
        const Glyph* g = font.glyph(c);
        if (!g) continue;
        if (g->x1 > g->x0) {
            quads_.insert(quads_.end(), {x + g->x0 * s, y + g->y0 * s, x + g->x1 * s, y + g->y1 * s, g->u0,
                                         g->v0, g->u1, g->v1});
        }
        x += g->advance * size_px;
    }
}

void TextBatch::draw(const FontAtlas& font, int width, int height, Rgba fill, Rgba halo, float halo_px,
                     float size_px) {
    if (quads_.empty()) return;
    instances_.upload(quads_, 2);
    const ShaderProgram& p = program_;
    glProgramUniform2f(p.get(), p.uniform("u_viewport"), float(width), float(height));
    glProgramUniform4f(p.get(), p.uniform("u_fill"), fill.r, fill.g, fill.b, fill.a);
    glProgramUniform4f(p.get(), p.uniform("u_halo"), halo.r, halo.g, halo.b, halo.a);
    glProgramUniform1f(p.get(), p.uniform("u_px_per_sdf"), size_px / FontAtlas::kBaseSize);
    glProgramUniform1f(p.get(), p.uniform("u_sdf_spread"), float(FontAtlas::kPadding));
    glProgramUniform1f(p.get(), p.uniform("u_halo_px"), halo_px);
    glProgramUniform1i(p.get(), p.uniform("u_atlas"), 0);
    glBindTextureUnit(0, font.texture());
    glUseProgram(p.get());
    instances_.bind();
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, instances_.instances());
}

} // namespace render
