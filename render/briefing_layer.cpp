// BriefingLayer: corridors, markers, labels with collision avoidance, title.
#include "render/briefing_layer.hpp"

#include "geo/label_layout.hpp"
#include "geo/line_thinning.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

namespace render {

float label_size_points(int priority) {
    return priority == 1 ? 24.0f : priority == 2 ? 20.0f : 19.0f;
}

float theater_label_points() {
    return 18.0f;
}

float flow_label_points() {
    return 17.0f;
}

base::Result<std::unique_ptr<BriefingLayer>> BriefingLayer::create(const geo::Briefing& briefing,
                                                                   const geo::BriefingScene& scene,
                                                                   std::vector<uint8_t> font) {
    auto layer = std::unique_ptr<BriefingLayer>(new BriefingLayer);
    layer->briefing_ = &briefing;
    layer->places_ = scene.places;
    // One batch per corridor mode, so modes switch on and off without touching geometry, at each
    // level of detail (thinning keeps every line, so the modes of level 0's lines hold for all).
    for (size_t level = 0; level <= scene.corridor_levels.size(); ++level) {
        const geo::LineSet& lines = level == 0 ? scene.corridors : scene.corridor_levels[level - 1];
        std::vector<geo::LineSet> by_mode(geo::corridor_mode_names().size());
        for (size_t l = 0; l < lines.line_count() && l < scene.corridor_modes.size(); ++l) {
            geo::LineSet& set = by_mode[size_t(scene.corridor_modes[l])];
            set.points.insert(set.points.end(), lines.points.begin() + lines.starts[l],
                              lines.points.begin() + lines.starts[l + 1]);
            set.starts.push_back(uint32_t(set.points.size()));
        }
        std::vector<LineBatch>& batches = layer->corridors_.emplace_back();
        for (const geo::LineSet& set : by_mode)
            batches.emplace_back(set);
    }
    auto markers_made = MarkerBatch::create(scene.places);
    if (!markers_made) return markers_made.error();
    layer->markers_ = std::move(*markers_made);
    // Bake every character the briefing can show.
    std::string chars = briefing.info.title + briefing.info.subtitle + "0123456789 –-.,:()·/";
    for (const char* month : {"January", "February", "March", "April", "May", "June", "July", "August",
                              "September", "October", "November", "December"})
        chars += month;
    for (auto name : geo::flow_category_names())
        chars += name;
    chars += Legend::characters();
    for (const geo::Flow& f : briefing.flows)
        chars += f.name;
    for (const geo::Place& p : briefing.places)
        chars += p.name;
    for (const geo::Slide& slide : briefing.slides)
        chars += slide.title;
    for (const geo::Event& event : briefing.events)
        chars += event.title;
    chars += EventCaption::characters();
    for (const geo::Theater& th : briefing.theaters)
        chars += spaced_capitals(th.name);
    auto font_made = FontAtlas::create(std::move(font), chars);
    if (!font_made) return font_made.error();
    layer->font_ = std::move(*font_made);
    auto text_made = TextBatch::create();
    if (!text_made) return text_made.error();
    layer->text_ = std::move(*text_made);
    auto flows_made = FlowLayer::create(briefing, scene.flows);
    if (!flows_made) return flows_made.error();
    layer->flows_ = std::move(*flows_made);
    auto legend_made = Legend::create();
    if (!legend_made) return legend_made.error();
    layer->legend_ = std::move(*legend_made);
    layer->unit_peaks_ = geo::unit_peaks(briefing);
    layer->time_index_ = geo::FlowTimeIndex(briefing);
    layer->flow_middle_ = scene.flows.middle;
    for (const auto& disc : scene.theater_discs)
        layer->theater_discs_.emplace_back(disc);
    layer->theater_anchor_ = scene.theater_anchor;
    layer->has_anchor_ = scene.theater_has_anchor;
    auto rings_made = RingBatch::create();
    if (!rings_made) return rings_made.error();
    layer->rings_ = std::move(*rings_made);
    layer->place_marker_.assign(briefing.places.size(), -1);
    for (size_t i = 0; i < scene.places.size(); ++i)
        layer->place_marker_[size_t(scene.places[i].place)] = int(i);
    return layer;
}

std::string spaced_capitals(const std::string& text) {
    std::string out;
    for (unsigned char c : text) {
        const bool ascii_letter = c < 0x80 && std::isalpha(c);
        if (!out.empty() && c < 0x80) out += ' ';
        out += ascii_letter ? char(std::toupper(c)) : char(c);
    }
    return out;
}

const std::array<Rgba, 6>& theater_palette() {
    static const std::array<Rgba, 6> palette{
        hex_color("#E53935"), // combat
        hex_color("#FFB300"), // transit
        hex_color("#42A5F5"), // diplomatic
        hex_color("#AB47BC"), // staging
        hex_color("#90A4AE"), // sanctions
        hex_color("#8D3B3B"), // occupation
    };
    return palette;
}

Rgba theater_label_colour(size_t kind, const Theme& theme) {
    const Rgba c = theater_palette()[kind % theater_palette().size()], l = theme.label;
    constexpr float kTint = 0.35f; // enough of the hue to tell kinds apart, enough of the label to read
    return {kTint * c.r + (1 - kTint) * l.r, kTint * c.g + (1 - kTint) * l.g, kTint * c.b + (1 - kTint) * l.b,
            1.0f};
}

void BriefingLayer::draw_theaters(const MapPrograms& programs, const Frame& frame,
                                  const geo::Spotlight& spotlight, const BasemapLayer* basemap) const {
    const Camera& camera = frame.camera;
    const double t = frame.t, anim_seconds = frame.anim_seconds;
    for (size_t i = 0; i < briefing_->theaters.size(); ++i) {
        const geo::Theater& th = briefing_->theaters[i];
        const auto state = th.state_at(t);
        if (!state || *state == geo::TheaterState::Ended) continue;
        // Active reads clearly, calm recedes, escalating breathes (a slow pulse); for a week after
        // its status changes, a theater pulses gently so the change is noticed.
        float strength = *state == geo::TheaterState::Calm ? 0.45f : 1.0f;
        const bool changed_recently =
            std::any_of(th.status.begin() + 1, th.status.end(),
                        [&](const geo::StatusInterval& s) { return t >= s.from && t < s.from + 7.0; }) &&
            th.status.size() > 1;
        if (*state == geo::TheaterState::Escalating || changed_recently)
            strength *= 1.1f + 0.35f * float(std::sin(anim_seconds * 3.0));
        // Since the last slide its status changed: one bright flash while the change is shown.
        if (frame.changed_from && frame.change_progress < 1 && th.state_at(frame.changed_from_t) != state)
            strength *= 1.0f + 2.0f * std::sin(3.14159265f * std::clamp(frame.change_progress, 0.0f, 1.0f));
        Rgba tint = theater_palette()[size_t(th.kind)];
        tint.a = 0.24f * strength * spotlight.theaters[i];
        if (th.around >= 0) {
            programs.use_fill(camera, tint);
            theater_discs_[i].draw();
        } else if (basemap) {
            const int country = basemap->country_index(th.country);
            if (country >= 0) basemap->tint_country(programs, camera, size_t(country), tint);
        }
    }
}

void BriefingLayer::evaluate(Frame& frame, const geo::Spotlight& spotlight) const {
    const geo::Briefing& b = *briefing_;
    auto& states = frame.flow_states;
    auto adjust = [&](size_t i) {
        states[i].opacity *= spotlight.flows[i];
        if (!frame.visibility.flow(b, i)) states[i] = {};
    };
    if (const auto live = live_candidates(frame)) {
        geo::evaluate_flows(b, unit_peaks_, time_index_, frame.t, states);
        for (uint32_t i : *live)
            adjust(i);
        return;
    }
    geo::evaluate_flows_since(b, unit_peaks_, frame.shown_from, frame.t, states);
    for (size_t i = 0; i < states.size(); ++i)
        adjust(i);
    show_changes(frame);
}

void BriefingLayer::show_changes(Frame& frame) const {
    if (!frame.changed_from || frame.change_progress >= 1 ||
        frame.changed_from->size() != frame.flow_states.size())
        return;
    const float p = std::clamp(frame.change_progress, 0.0f, 1.0f);
    const float swell = std::sin(3.14159265f * p), fade = 1 - p;
    for (size_t i = 0; i < frame.flow_states.size(); ++i) {
        const geo::FlowState before = (*frame.changed_from)[i];
        geo::FlowState& now = frame.flow_states[i];
        const bool was = before.intensity * before.opacity > 0.05f, is = now.intensity * now.opacity > 0.05f;
        if (was && !is) { // stopped, or switched off by the slide: a ghost of what ran, fading
            now = {before.intensity, before.opacity * 0.6f * fade};
        } else if (!was && is) { // new: grows in from a thread, swelling once on the way
            const float grown = std::min(1.0f, 0.15f + 0.85f * p * 2);
            now.intensity = std::min(1.0f, now.intensity * grown + 0.5f * swell);
        }
    }
}

void BriefingLayer::draw_corridors(const MapPrograms& programs, const Frame& frame,
                                   const Camera& camera) const {
    const geo::Visibility& v = frame.visibility;
    programs.use_line(camera, frame.look.theme->corridor,
                      frame.look.theme->corridor_width * 0.6f * frame.pixel_scale);
    const std::vector<LineBatch>& level =
        corridors_[std::min(geo::line_detail_for(camera.metres_per_pixel), corridors_.size() - 1)];
    for (size_t mode = 0; mode < level.size(); ++mode)
        if (mode >= v.modes.size() || v.modes[mode]) level[mode].draw();
}

void BriefingLayer::draw(const MapPrograms& programs, const Frame& frame, const geo::Spotlight& spotlight,
                         const BasemapLayer* basemap) const {
    const geo::Visibility& v = frame.visibility;
    const Camera& camera = frame.camera;
    const Theme& theme = *frame.look.theme;
    if (v.theaters) draw_theaters(programs, frame, spotlight, basemap);
    flows_->update(frame.flow_states, live_candidates(frame));
    flows_->draw(camera, frame.pixel_scale, frame.anim_seconds);
    if (v.places) markers_->draw(camera, theme.marker_fill, theme.marker_outline, frame.pixel_scale);
    if (v.events) draw_event_rings(frame);
    const OverlayLayout overlay = overlay_layout(frame);
    placed_.labels.clear();
    placed_.legend = overlay.legend_box;
    placed_.caption.reset();
    placed_.title = overlay.title_block, placed_.date = overlay.date_stamp;
    if (!overlay.caption.title_lines.empty()) placed_.caption = overlay.caption.box();
    if (v.labels) draw_labels(frame, spotlight, overlay);
    draw_overlay(programs, frame, overlay);
}

void BriefingLayer::draw_event_rings(const Frame& frame) const {
    const double t = frame.t, anim_seconds = frame.anim_seconds;
    const float pixel_scale = frame.pixel_scale;
    // An event pulses at its place from its first day until ten days after its last: rings grow and
    // fade every 1.6 s, weaker as it recedes. Never before it happens: a slide on the eve of an
    // event must not show it.
    constexpr double kWindowDays = 10;
    rings_->clear();
    for (int e : briefing_->events_between(t - kWindowDays, t)) {
        const geo::Event& event = briefing_->events[size_t(e)];
        if (event.place < 0 || place_marker_[size_t(event.place)] < 0 || t < event.from) continue;
        const double distance = t > event.to + 1 ? t - event.to - 1 : 0;
        const float nearness = float(1.0 - distance / kWindowDays);
        const geo::Vec2f at = places_[size_t(place_marker_[size_t(event.place)])].position;
        for (double offset : {0.0, 0.5}) {
            const double phase = std::fmod(anim_seconds / 1.6 + offset, 1.0);
            rings_->add(at, float((10.0 + 34.0 * phase) * pixel_scale), float((1.0 - phase) * nearness));
        }
    }
    rings_->draw(frame.camera, frame.look.theme->label, 3.0f * pixel_scale);
}

void BriefingLayer::draw_labels(const Frame& frame, const geo::Spotlight& spotlight,
                                const OverlayLayout& overlay) const {
    const Camera& camera = frame.camera;
    const Theme& theme = *frame.look.theme;
    const float pixel_scale = frame.pixel_scale;
    const double t = frame.t;
    const geo::Visibility& visibility = frame.visibility;
    const std::vector<geo::FlowState>& states = frame.flow_states;
    // Theater names first: spaced capitals at the theater's centre, in its colour; place labels
    // then keep clear of them.
    std::vector<geo::LabelBox> boxes, marks;
    const float text_scale = frame.look.text_scale;
    const float theater_px = theater_label_points() * pixel_scale * text_scale;
    for (size_t i = 0; i < briefing_->theaters.size() && i < theater_anchor_.size(); ++i) {
        const auto state = briefing_->theaters[i].state_at(t);
        if (!has_anchor_[i] || !state || *state == geo::TheaterState::Ended || !visibility.theaters) continue;
        const std::string name = spaced_capitals(briefing_->theaters[i].name);
        const geo::XY at = camera.map_to_screen({theater_anchor_[i].x, theater_anchor_[i].y});
        const float width = font_->measure(name, theater_px);
        text_->clear();
        // Circle theaters are anchored on their southern edge: hang the name just below it.
        const float below = briefing_->theaters[i].around >= 0 ? theater_px * 1.1f : 0.0f;
        text_->add(*font_, name, float(at.x - width / 2), float(at.y + below + theater_px * 0.35f),
                   theater_px);
        Rgba colour = theater_label_colour(size_t(briefing_->theaters[i].kind), theme);
        colour.a = std::max(spotlight.theaters[i], 0.4f); // out of focus it recedes with its tint
        text_->draw(*font_, camera.viewport_width, camera.viewport_height, colour, theme.label_halo,
                    2.0f * pixel_scale * text_scale, theater_px);
        marks.push_back({at.x - width / 2, at.y + below - theater_px * 0.5, at.x + width / 2,
                         at.y + below + theater_px * 0.5, 0});
    }

    // The title block, the date stamp and the legend are never covered.
    marks.push_back(overlay.title_block);
    for (geo::LabelBox r : frame.reserved) // under the window's panels no label can be read
        r.hard = true, marks.push_back(r);
    marks.push_back(overlay.date_stamp);
    if (overlay.legend_box) marks.push_back(*overlay.legend_box);
    if (!overlay.caption.title_lines.empty()) marks.push_back(overlay.caption.box());

    // Place labels right of each marker, then (when asked) flow names halfway along their routes;
    // the important ones first, none overlapping.
    struct Entry {
        std::string_view text;
        float size;
        int style; // 1..3: place priority; 4 + category: a flow's name
    };
    std::vector<Entry> entries;
    static const std::vector<geo::PlaceMarker> kNoPlaces;
    for (const geo::PlaceMarker& m : visibility.places ? places_ : kNoPlaces) {
        const geo::XY at = camera.map_to_screen({m.position.x, m.position.y});
        const float size = label_size_points(m.priority) * pixel_scale * text_scale;
        const float r = marker_size_points(m.kind, m.priority) * pixel_scale;
        const std::string& name = briefing_->places[size_t(m.place)].name;
        // Right of the marker if there is room, else left of it; a priority-1 name may also go above
        // or below, then shrink, before it is ever dropped.
        const int group = int(&m - places_.data());
        constexpr float kScales[] = {1.0f, 0.8f};
        for (size_t k = 0; k < (m.priority == 1 ? 2u : 1u); ++k) {
            const float s = size * kScales[k];
            const double gap = r + 0.35 * s, width = font_->measure(name, s);
            std::vector<std::pair<double, double>> spots = {{at.x + gap, at.y}, {at.x - gap - width, at.y}};
            if (m.priority == 1) {
                spots.push_back({at.x - width / 2, at.y - r - 0.75 * s});
                spots.push_back({at.x - width / 2, at.y + r + 0.75 * s});
                // Diagonally off the marker's corners: still read as its name in a crowded port.
                for (const double dy : {-(r + 0.6 * s), r + 0.6 * s}) {
                    spots.push_back({at.x + 0.7 * gap, at.y + dy});
                    spots.push_back({at.x - 0.7 * gap - width, at.y + dy});
                }
            }
            for (const auto& [x0, y] : spots) {
                if (x0 < 0 || x0 + width > camera.viewport_width) continue; // never cut by the screen's edge
                boxes.push_back({x0, y - 0.5 * s, x0 + width, y + 0.45 * s, m.priority, group});
                entries.push_back({name, s, m.priority});
            }
        }
        marks.push_back({at.x - r, at.y - r, at.x + r, at.y + r, 0});
    }
    for (size_t i = 0; frame.look.flow_labels && i < states.size() && i < flow_middle_.size(); ++i) {
        const bool focused = spotlight.flows[i] >= 1.0f;
        if (states[i].intensity * states[i].opacity < 0.05f || !focused) continue;
        const geo::Flow& f = briefing_->flows[i];
        const std::string_view name = f.name.empty() ? geo::name_of(f.category) : std::string_view(f.name);
        const float size = flow_label_points() * pixel_scale * text_scale;
        const geo::XY at = camera.map_to_screen({flow_middle_[i].x, flow_middle_[i].y});
        const double width = font_->measure(name, size), lift = 9.0 * pixel_scale;
        boxes.push_back({at.x - width / 2, at.y - lift - size, at.x + width / 2, at.y - lift, 3});
        entries.push_back({name, size, 4 + int(f.category)});
    }
    const double margin = 3.0 * pixel_scale;
    const float halo = 2.6f * pixel_scale * text_scale;
    const std::vector<size_t> chosen = geo::place_labels(boxes, marks, margin);
    placed_.labels.clear();
    for (size_t i : chosen)
        placed_.labels.push_back(boxes[i]);
    for (int style = 1; style < 4 + int(category_palette().size()); ++style) {
        text_->clear();
        float size = 0;
        for (size_t i : chosen) {
            if (entries[i].style != style) continue;
            size = entries[i].size;
            text_->add(*font_, entries[i].text, float(boxes[i].x0), float(boxes[i].y1 - 0.1 * size), size);
        }
        if (size == 0) continue;
        Rgba colour = theme.label;
        if (style >= 4) { // a flow's name in a lighter tint of its category's colour
            const Rgba c = category_palette()[size_t(style - 4)];
            colour = {0.6f * c.r + 0.4f * theme.label.r, 0.6f * c.g + 0.4f * theme.label.g,
                      0.6f * c.b + 0.4f * theme.label.b, 1.0f};
        }
        text_->draw(*font_, camera.viewport_width, camera.viewport_height, colour, theme.label_halo, halo,
                    size);
    }
}

BriefingLayer::OverlayLayout BriefingLayer::overlay_layout(const Frame& frame) const {
    const Camera& camera = frame.camera;
    OverlayLayout o;
    // Title block, top left: 4 % of the height for the title (cap height), smaller subtitle.
    o.title_px = 0.04f * camera.viewport_height / 0.73f;
    o.sub_px = o.title_px * 0.5f;
    o.pad = 0.025f * camera.viewport_height;
    // Date stamp, bottom left: cap height 5 % of the screen.
    o.date_px = 0.05f * camera.viewport_height / 0.73f;
    // On a slide, its title is the headline and the briefing's title the line below.
    const bool on_slide = !frame.headline.empty();
    o.headline = on_slide ? std::string_view(frame.headline) : std::string_view(briefing_->info.title);
    o.subline =
        on_slide ? std::string_view(briefing_->info.title) : std::string_view(briefing_->info.subtitle);
    const double title_width = std::max(font_->measure(o.headline, o.title_px),
                                        o.subline.empty() ? 0.0f : font_->measure(o.subline, o.sub_px));
    const double title_bottom = o.pad + o.title_px * 0.8 + (o.subline.empty() ? 0.3 : o.sub_px * 1.9);
    o.title_block = {0, 0, o.pad + title_width + o.pad * 0.5, title_bottom + o.pad * 0.3, 0, -1, true};
    const double date_width = font_->measure("30 September 2024", o.date_px);
    o.date_stamp = {0,
                    camera.viewport_height - o.pad - o.date_px,
                    o.pad + date_width + o.pad * 0.5,
                    double(camera.viewport_height),
                    0,
                    -1,
                    true};
    // The legend in the right-hand corner that covers least of the story (never the title).
    if (frame.visibility.legend) {
        const LegendContent content = legend_content(frame);
        // The legend grows half as fast as the names: at full rate a long one would cover the story.
        const float legend_scale = 1.0f + 0.5f * (frame.look.text_scale - 1.0f);
        int best = 0;
        for (LegendCorner corner : {LegendCorner::BottomRight, LegendCorner::TopRight}) {
            LegendLayout l = Legend::layout(content, camera.viewport_width, camera.viewport_height, o.pad,
                                            frame.pixel_scale * legend_scale, *font_, corner);
            if (l.rows.empty()) break;
            const geo::LabelBox box{l.x0, l.y0, l.x1, l.y1, 0, -1, true};
            if (geo::boxes_overlap(box, o.title_block)) continue;
            // Under a window panel only when both corners are (the inspector open, say).
            const bool under_panel =
                std::any_of(frame.reserved.begin(), frame.reserved.end(),
                            [&](const geo::LabelBox& r) { return geo::boxes_overlap(box, r); });
            const int busy = busyness(box, frame) + (under_panel ? 100000 : 0);
            if (!o.legend_box || busy < best) o.legend = std::move(l), o.legend_box = box, best = busy;
        }
    }
    o.caption = caption_layout(frame, o);
    return o;
}

CaptionLayout BriefingLayer::caption_layout(const Frame& frame, const OverlayLayout& o) const {
    if (frame.caption < 0 || size_t(frame.caption) >= briefing_->events.size()) return {};
    const geo::Event& event = briefing_->events[size_t(frame.caption)];
    // While it happens and for the ten days its rings pulse after; never before it.
    if (frame.t < event.from || frame.t > event.to + 11) return {};
    const Camera& camera = frame.camera;
    std::optional<geo::XY> anchor;
    std::string place_name;
    if (event.place >= 0 && size_t(event.place) < briefing_->places.size()) {
        place_name = briefing_->places[size_t(event.place)].name;
        const int marker = place_marker_[size_t(event.place)];
        if (marker >= 0) {
            const geo::Vec2f p = places_[size_t(marker)].position;
            const geo::XY at = camera.map_to_screen({p.x, p.y});
            if (at.x >= 0 && at.y >= 0 && at.x <= camera.viewport_width && at.y <= camera.viewport_height)
                anchor = at;
        }
    }
    std::vector<geo::LabelBox> avoid{o.title_block, o.date_stamp};
    avoid.insert(avoid.end(), frame.reserved.begin(), frame.reserved.end());
    if (o.legend_box) avoid.push_back(*o.legend_box);
    // Never over the title, the date or the legend; then over as few names as it can.
    auto cost = [&](const geo::LabelBox& spot) {
        double covered = 0;
        for (const geo::LabelBox& a : avoid)
            if (geo::boxes_overlap(spot, a)) covered += 1e6;
        return covered + busyness(spot, frame);
    };
    return EventCaption::layout(event, place_name, anchor, frame.caption_note, camera.viewport_width,
                                camera.viewport_height, frame.pixel_scale, frame.look.text_scale, *font_,
                                cost, frame.caption_alpha);
}

LegendContent BriefingLayer::legend_content(const Frame& frame) const {
    const std::vector<geo::FlowState>& states = frame.flow_states;
    LegendContent content;
    content.categories.assign(geo::flow_category_names().size(), false);
    content.confidences.assign(geo::confidence_names().size(), false);
    auto note = [&](size_t i) {
        if (i >= states.size() || states[i].intensity * states[i].opacity <= 0) return;
        content.categories[size_t(briefing_->flows[i].category)] = true;
        content.confidences[size_t(briefing_->flows[i].confidence)] = true;
    };
    if (const auto live = live_candidates(frame))
        for (uint32_t i : *live)
            note(i);
    else
        for (size_t i = 0; i < states.size(); ++i)
            note(i);
    return content;
}

std::optional<std::span<const uint32_t>> BriefingLayer::live_candidates(const Frame& frame) const {
    if (frame.shown_from < frame.t || frame.changed_from) return std::nullopt; // ghosts: any flow may show
    return time_index_.candidates(frame.t); // the flows filed under t's week
}

int BriefingLayer::busyness(const geo::LabelBox& box, const Frame& frame) const {
    auto inside = [&](geo::Vec2f p) {
        const geo::XY at = frame.camera.map_to_screen({p.x, p.y});
        return at.x >= box.x0 && at.x <= box.x1 && at.y >= box.y0 && at.y <= box.y1;
    };
    int busy = 0;
    if (frame.visibility.places)
        for (const geo::PlaceMarker& m : places_)
            if (inside(m.position)) busy += 4 - std::clamp(m.priority, 1, 3);
    // A theater's name (drawn where it is, never moved) counts as much as a capital.
    const float theater_px = theater_label_points() * frame.pixel_scale * frame.look.text_scale;
    for (size_t i = 0; frame.visibility.theaters && i < briefing_->theaters.size() && i < has_anchor_.size();
         ++i) {
        const auto state = briefing_->theaters[i].state_at(frame.t);
        if (!has_anchor_[i] || !state || *state == geo::TheaterState::Ended) continue;
        const geo::XY at = frame.camera.map_to_screen({theater_anchor_[i].x, theater_anchor_[i].y});
        const double half = font_->measure(spaced_capitals(briefing_->theaters[i].name), theater_px) / 2;
        if (geo::boxes_overlap(box, {at.x - half, at.y - theater_px, at.x + half, at.y + 2 * theater_px}))
            busy += 3;
    }
    return busy;
}

void BriefingLayer::draw_overlay(const MapPrograms& programs, const Frame& frame,
                                 const OverlayLayout& o) const {
    const Camera& camera = frame.camera;
    const Theme& theme = *frame.look.theme;
    const float pixel_scale = frame.pixel_scale;
    const float title_px = o.title_px, pad = o.pad;
    const std::string_view headline = o.headline, subline = o.subline;
    text_->clear();
    text_->add(*font_, headline, pad, pad + title_px * 0.8f, title_px);
    text_->draw(*font_, camera.viewport_width, camera.viewport_height, theme.label, theme.label_halo,
                3.0f * pixel_scale, title_px);
    if (!subline.empty()) {
        text_->clear();
        const float sub_px = o.sub_px;
        text_->add(*font_, subline, pad, pad + title_px * 0.8f + sub_px * 1.5f, sub_px);
        text_->draw(*font_, camera.viewport_width, camera.viewport_height, theme.label, theme.label_halo,
                    2.5f * pixel_scale, sub_px);
    }

    const float date_px = o.date_px;
    text_->clear();
    text_->add(*font_, geo::long_date(geo::Day(std::floor(frame.t))), pad, camera.viewport_height - pad,
               date_px);
    text_->draw(*font_, camera.viewport_width, camera.viewport_height, theme.label, theme.label_halo,
                3.0f * pixel_scale, date_px);

    // Legend: what moves on the map now, where overlay_layout put it.
    legend_->draw(programs, o.legend, frame.anim_seconds, theme, *font_, *text_);
    caption_.draw(programs, o.caption, theme, *font_, *text_);
}

} // namespace render
