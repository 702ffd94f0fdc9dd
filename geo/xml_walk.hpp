// A bounded walk over an XML file with expat: element start and end callbacks with local names
// (namespace prefixes dropped) and each element's text. Refuses DOCTYPEs (no entities are ever
// expanded), nesting deeper than kMaxXmlDepth and files that take longer than the deadline.
#pragma once

#include "base/result.hpp"

#include <chrono>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace geo {

inline constexpr int kMaxXmlDepth = 256;

struct XmlAttribute {
    std::string_view name, value;
};

struct XmlCallbacks {
    // An element opens: its local name ("Placemark" for "kml:Placemark") and attributes.
    std::function<void(std::string_view name, const std::vector<XmlAttribute>& attributes, int line)> start;
    // An element closes: its local name and the text directly inside it (children's text excluded).
    std::function<void(std::string_view name, std::string_view text)> end;
};

// Walks `path`; an Error says what is wrong and where ("line 12, column 4: not well-formed").
base::Status walk_xml(const std::string& path, const XmlCallbacks& callbacks,
                      std::chrono::steady_clock::time_point deadline);

// walk_xml with a reader object's start(name, attributes, line) and end(name, text).
template <class Reader>
base::Status walk_xml_into(const std::string& path, Reader& reader,
                           std::chrono::steady_clock::time_point deadline) {
    XmlCallbacks callbacks;
    callbacks.start = [&](std::string_view n, const std::vector<XmlAttribute>& a, int line) {
        reader.start(n, a, line);
    };
    callbacks.end = [&](std::string_view n, std::string_view text) { reader.end(n, text); };
    return walk_xml(path, callbacks, deadline);
}

} // namespace geo
