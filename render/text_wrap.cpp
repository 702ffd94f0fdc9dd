// wrap_text: greedy, word by word.
#include "render/text_wrap.hpp"

#include <sstream>

namespace render {

std::vector<std::string> wrap_text(const FontAtlas& font, const std::string& text, float size_px,
                                   float width) {
    std::vector<std::string> lines;
    std::istringstream paragraphs(text);
    std::string paragraph;
    while (std::getline(paragraphs, paragraph)) {
        std::istringstream words(paragraph);
        std::string word, line;
        while (words >> word) {
            const std::string candidate = line.empty() ? word : line + " " + word;
            if (!line.empty() && font.measure(candidate, size_px) > width) {
                lines.push_back(line);
                line = word;
            } else {
                line = candidate;
            }
        }
        if (!line.empty()) lines.push_back(line);
    }
    return lines;
}

} // namespace render
