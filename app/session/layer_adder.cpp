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

// TOML basic string: quotes and backslashes escaped.
std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

} // namespace

void LayerAdder::add(const geo::Briefing& briefing, const std::string& path) {
    AddedLayer entry;
    entry.path = path;
    std::error_code ec;
    const fs::path absolute = fs::weakly_canonical(fs::absolute(path, ec), ec);
    entry.id = unused_id(briefing, list_, absolute);
    // The briefer chose this file: its folder may be read from now on (network paths stay refused).
    geo::InputPolicy policy = geo::input_policy();
    const std::string folder = absolute.parent_path().string();
    if (std::find(policy.allowed_roots.begin(), policy.allowed_roots.end(), folder) ==
        policy.allowed_roots.end()) {
        policy.allowed_roots.push_back(folder);
        geo::set_input_policy(policy);
    }
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
    one.layers = {layer};
    jobs_.push_back(
        {index, std::async(std::launch::async, [one = std::move(one)]() -> base::Result<ReadyLayer> {
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
    for (auto it = jobs_.begin(); it != jobs_.end();) {
        if (it->result.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
            ++it;
            continue;
        }
        AddedLayer& entry = list_[it->index];
        entry.reading = false;
        base::Result<ReadyLayer> result = it->result.get();
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

std::string layer_table(const geo::Layer& layer, const std::string& briefing_path) {
    std::error_code ec;
    const fs::path folder = fs::absolute(briefing_path, ec).parent_path();
    const fs::path file(layer.path);
    const fs::path relative = fs::relative(file, folder, ec);
    const bool inside = !ec && !relative.empty() && relative.begin()->string() != "..";
    return fmt::format("\n[[layer]]\nid = {}\npath = {}\n", quoted(layer.id),
                       quoted(inside ? relative.string() : file.string()));
}

base::Status write_layer_into_briefing(const geo::Layer& layer, const std::string& briefing_path) {
    std::ifstream in(briefing_path, std::ios::binary);
    if (!in) return base::Error{fmt::format("{}: cannot read the briefing", briefing_path)};
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!text.empty() && text.back() != '\n') text += '\n';
    text += layer_table(layer, briefing_path);
    return write_file_atomic(briefing_path,
                             std::span(reinterpret_cast<const uint8_t*>(text.data()), text.size()));
}

} // namespace app
