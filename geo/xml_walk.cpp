// expat driven in 64 KiB chunks; the handlers keep a stack of open elements' text.
#include "geo/xml_walk.hpp"

#include <cpl_vsi.h>
#include <expat.h>
#include <fmt/format.h>

#include <cstdio>
#include <memory>

namespace geo {
namespace {

struct Walk {
    XML_Parser parser = nullptr;
    const XmlCallbacks* callbacks = nullptr;
    std::vector<std::string> text; // one per open element
    std::vector<XmlAttribute> attributes;
    std::string refusal;
};

std::string_view local_name(const XML_Char* name) {
    std::string_view n(name);
    const size_t colon = n.rfind(':');
    return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

void stop(Walk& w, std::string why) {
    if (w.refusal.empty()) w.refusal = std::move(why);
    XML_StopParser(w.parser, XML_FALSE);
}

void on_start(void* data, const XML_Char* name, const XML_Char** attrs) {
    Walk& w = *static_cast<Walk*>(data);
    if (w.text.size() >= size_t(kMaxXmlDepth))
        return stop(w, fmt::format("elements nested more than {} deep", kMaxXmlDepth));
    w.text.emplace_back();
    w.attributes.clear();
    for (size_t i = 0; attrs[i] && attrs[i + 1]; i += 2)
        w.attributes.push_back({local_name(attrs[i]), attrs[i + 1]});
    if (w.callbacks->start)
        w.callbacks->start(local_name(name), w.attributes, int(XML_GetCurrentLineNumber(w.parser)));
}

void on_end(void* data, const XML_Char* name) {
    Walk& w = *static_cast<Walk*>(data);
    if (w.text.empty()) return;
    if (w.callbacks->end) w.callbacks->end(local_name(name), w.text.back());
    w.text.pop_back();
}

void on_text(void* data, const XML_Char* s, int len) {
    Walk& w = *static_cast<Walk*>(data);
    if (!w.text.empty()) w.text.back().append(s, size_t(len));
}

void on_doctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
    stop(*static_cast<Walk*>(data), "it has a DOCTYPE; entity definitions are not read");
}

struct FileCloser { // through GDAL's virtual file system, so /vsizip/ paths (--trust) read too
    void operator()(VSILFILE* f) const { VSIFCloseL(f); }
};
struct ParserFree {
    void operator()(XML_Parser p) const { XML_ParserFree(p); }
};

} // namespace

base::Status walk_xml(const std::string& path, const XmlCallbacks& callbacks,
                      std::chrono::steady_clock::time_point deadline) {
    std::unique_ptr<VSILFILE, FileCloser> file(VSIFOpenL(path.c_str(), "rb"));
    if (!file) return base::Error{"cannot be opened"};
    std::unique_ptr<std::remove_pointer_t<XML_Parser>, ParserFree> parser(XML_ParserCreate(nullptr));
    if (!parser) return base::Error{"out of memory for the XML parser"};
    Walk w;
    w.parser = parser.get();
    w.callbacks = &callbacks;
    XML_SetUserData(w.parser, &w);
    XML_SetElementHandler(w.parser, on_start, on_end);
    XML_SetCharacterDataHandler(w.parser, on_text);
    XML_SetStartDoctypeDeclHandler(w.parser, on_doctype);
    std::vector<char> chunk(64 << 10);
    for (;;) {
        if (std::chrono::steady_clock::now() > deadline) return base::Error{"reading took too long"};
        const size_t n = VSIFReadL(chunk.data(), 1, chunk.size(), file.get());
        const bool last = n < chunk.size();
        if (XML_Parse(w.parser, chunk.data(), int(n), last ? XML_TRUE : XML_FALSE) != XML_STATUS_OK) {
            const std::string why =
                w.refusal.empty() ? std::string(XML_ErrorString(XML_GetErrorCode(w.parser))) : w.refusal;
            return base::Error{fmt::format("line {}, column {}: {}", XML_GetCurrentLineNumber(w.parser),
                                           XML_GetCurrentColumnNumber(w.parser) + 1, why)};
        }
        if (last) break;
    }
    return base::Ok{};
}

} // namespace geo
