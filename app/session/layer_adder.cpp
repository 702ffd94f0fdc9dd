// Reading added layers with std::async; ids from file names; appending [[layer]] tables.
#include "app/session/layer_adder.hpp"

#include "app/export/atomic_file.hpp"
#include "geo/input_policy.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include <toml++/toml.h>

namespace app {
namespace {

namespace fs = std::filesystem;

std::string unused_id(const geo::Briefing& briefing, const std::vector<AddedLayer>& added,
                      const fs::path& file) {
    std::string base;
    for (char c : file.stem().string())
        base += std::isalnum(static_cast<unsigned char>(c))
                    ? char(std::tolower(static_cast<unsigned char>(c)))
                    : '-';
    if (base.empty() || !std::isalpha(static_cast<unsigned char>(base[0]))) base = "layer-" + base;
    auto taken = [&](const std::string& id) {
        return std::any_of(briefing.layers.begin(), briefing.layers.end(),
                           [&](const geo::Layer& l) { return l.id == id; }) ||
               std::any_of(added.begin(), added.end(), [&](const AddedLayer& a) { return a.id == id; });
    };
    std::string id = base;
    for (int n = 2; taken(id); ++n)
        id = fmt::format("{}-{}", base, n);
    return id;
}

} // namespace

void LayerAdder::add(const geo::Briefing& briefing, const std::string& path) {
    AddedLayer entry;
    entry.path = path;
    std::error_code ec;
    const fs::path absolute = fs::weakly_canonical(fs::absolute(path, ec), ec);
    entry.id = unused_id(briefing, list_, absolute);
    // The briefer chose this file: its folder is readable for this read only, on the threads
    // that read it (network paths and drivers stay under the policy).
    const geo::ChosenFile chosen(absolute.string());
    geo::Briefing one; // a briefing of just this layer, with the real one's span and file for messages
    one.path = briefing.path;
    one.info = briefing.info;
    geo::Layer layer;
    layer.id = entry.id;
    layer.written_path = path;
    layer.where = {path, 0, 0};
    auto resolved =
        geo::resolve_data_path(absolute.string(), briefing.path.empty() ? absolute.string() : briefing.path);
    list_.push_back(entry);
    const size_t index = list_.size() - 1;
    if (!resolved) {
        list_[index].reading = false;
        list_[index].error = resolved.error().message;
        return;
    }
    layer.path = *resolved;
    list_[index].beside_briefing = !briefing.path.empty() && layer_path_in_briefing(layer, briefing.path);
    one.layers = {layer};
    jobs_.push_back(
        {index, std::async(std::launch::async, [one = std::move(one)]() -> base::Result<ReadyLayer> {
             const geo::ChosenFile chosen(one.layers[0].path);
             geo::LayerLoad load = geo::read_layers(one);
             for (const geo::Diagnostic& d : load.diagnostics)
                 if (d.severity == geo::Diagnostic::Severity::Error) return base::Error{d.message};
             if (load.layers.empty() || load.layers[0].fids.empty())
                 return base::Error{fmt::format("{}: no drawable features", one.layers[0].written_path)};
             return ReadyLayer{one.layers[0], std::move(load.layers[0])};
         })});
}

std::vector<ReadyLayer> LayerAdder::take_ready() {
    std::vector<ReadyLayer> ready;
    // From the front only, stopping at the first still reading: a small file dropped after a big
    // one waits for it, so layers join the briefing (and its draw order) in the order they were added.
    for (auto it = jobs_.begin(); it != jobs_.end();) {
        if (it->result.wait_for(std::chrono::seconds(0)) != std::future_status::ready) break;
        AddedLayer& entry = list_[it->index];
        entry.reading = false;
        base::Result<ReadyLayer> result = base::Error{"reading failed"};
        try {
            result = it->result.get();
        } catch (const std::exception& e) { // a worker's failure must not take the window down
            result = base::Error{fmt::format("reading failed: {}", e.what())};
        }
        if (result) {
            entry.features = result->features.fids.size();
            ready.push_back(std::move(*result));
        } else {
            entry.error = result.error().message;
        }
        it = jobs_.erase(it);
    }
    return ready;
}

bool LayerAdder::busy() const {
    return !jobs_.empty();
}

void LayerAdder::mark_written(const std::string& id) {
    for (AddedLayer& a : list_)
        if (a.id == id) a.written = true;
}

std::optional<std::string> layer_path_in_briefing(const geo::Layer& layer, const std::string& briefing_path) {
    std::error_code ec;
    const fs::path folder = fs::weakly_canonical(fs::absolute(briefing_path, ec).parent_path(), ec);
    const fs::path relative = fs::path(layer.path).lexically_relative(folder);
    if (relative.empty() || *relative.begin() == "..") return std::nullopt;
    return relative.generic_string();
}

std::string layer_table(const geo::Layer& layer, const std::string& briefing_path) {
    const std::string path = layer_path_in_briefing(layer, briefing_path).value_or(layer.path);
    // toml++ writes the strings, escapes and all.
    std::ostringstream text;
    toml::table table{{"id", layer.id}, {"path", path}};
    if (!layer.color.empty()) {
        toml::table style{{"color", layer.color}, {"width", layer.width}};
        style.is_inline(true); // style = { color = ..., width = ... }, inside this [[layer]]
        table.insert("style", std::move(style));
    }
    text << "\n[[layer]]\n" << table << "\n";
    return text.str();
}

base::Status write_layer_into_briefing(const geo::Layer& layer, const std::string& briefing_path,
                                       const std::string& comment) {
    std::ifstream in(briefing_path, std::ios::binary);
    if (!in) return base::Error{fmt::format("{}: cannot read the briefing", briefing_path)};
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!text.empty() && text.back() != '\n') text += '\n';
    if (!comment.empty()) text += "\n# " + comment;
    text += layer_table(layer, briefing_path);
    return write_file_atomic(briefing_path,
                             std::span(reinterpret_cast<const uint8_t*>(text.data()), text.size()));
}

} // namespace app
