// The flags every map command shares (the window, `render`, `export`): which briefing, projection,
// basemap, look (theme, flow labels), size, trust; turned into ViewOptions. Each flag is registered
// and written back (view_args, for the window's export child process) in this one place, so a new
// view option is one field in render::FrameLook (or ViewOptions) plus one flag here.
#pragma once

#include "app/map/view_options.hpp"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace app {

struct ViewFlags {
    std::string projection{geo::kDefaultProjection};
    std::string theme = "dark";
    std::string basemap = "50m";
    std::string size;
    bool world = false;
    bool flow_labels = false;
    float text_size = 1.0f;
    std::string briefing;
    bool basemap_only = false;
    bool trust = false;
    std::string view_box; // render only: --view
    CLI::App* command = nullptr;
};

// The one switch that lifts the untrusted-input policy (README "Safety").
void add_trust_flag(CLI::App& cmd, bool& trust);

void add_view_flags(CLI::App& cmd, ViewFlags& flags, const char* default_size);

// Turns flags into options; on error prints "supplyline <cmd>: error: ..." and returns false.
bool resolve(const ViewFlags& flags, const char* command, const char* default_size, ViewOptions& view,
             Size& size);

// The flags that give a child `supplyline render|export` this view with this look.
std::vector<std::string> view_args(const ViewOptions& view, const render::FrameLook& look);

// "--view XMIN,YMIN,XMAX,YMAX" (projected metres) <-> bounds.
base::Result<geo::Bounds> parse_view_box(const std::string& text);
std::string format_view_box(const geo::Bounds& box);

} // namespace app
