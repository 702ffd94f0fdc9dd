// The window's keyboard: every command a presenter needs, bound to keys that clickers and laptops
// send. Plain logic (GLFW key codes in, commands out), so the bindings are tested and the help
// overlay lists exactly what works.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace app {

enum class Command {
    PlayPause,
    NextSlide,
    PreviousSlide,
    DayForward,
    DayBack,
    WeekForward,
    WeekBack,
    NextEvent,
    PreviousEvent,
    ZoomIn,
    ZoomOut,
    PanLeft,
    PanRight,
    PanUp,
    PanDown,
    Home,
    ToggleTheme,
    ToggleLegend,
    TogglePresentation,
    TogglePresenter, // the speaker-notes window
    PauseTalkTimer,  // the presenter's talk timer: pause / resume
    ResetTalkTimer,
    NotesLarger, // the presenter's notes text
    NotesSmaller,
    ToggleChanges, // show what changed since the last slide
    ClearInk,      // the presenter's ink strokes
    SaveInk,       // the ink as a layer of the briefing
    UiLarger,      // the panels' scale (the Map panel's UI scale)
    UiSmaller,
    LeavePresentation, // Esc: also closes help and search
    Blackout,
    Search,
    Help,
    ToggleGroup1, // ToggleGroup1 + n - 1 for number key n
    ToggleGroup9 = ToggleGroup1 + 8,
};

// GLFW key and modifier bits (GLFW_MOD_SHIFT = 1, CONTROL = 2, ALT = 4).
std::optional<Command> command_for_key(int key, int mods);

struct KeyHelp {
    std::string_view keys, what;
};
// What the help overlay (?) lists, in order.
std::span<const KeyHelp> key_help();

} // namespace app
