// Key bindings.
#include "app/session/keymap.hpp"

#include <GLFW/glfw3.h>

namespace app {

std::optional<Command> command_for_key(int key, int mods) {
    const bool shift = mods & GLFW_MOD_SHIFT, ctrl = mods & GLFW_MOD_CONTROL, alt = mods & GLFW_MOD_ALT;
    if (key >= GLFW_KEY_1 && key <= GLFW_KEY_9 && !ctrl && !alt)
        return Command(int(Command::ToggleGroup1) + key - GLFW_KEY_1);
    switch (key) {
    case GLFW_KEY_SPACE:
        return Command::PlayPause;
    case GLFW_KEY_PAGE_DOWN:
        return Command::NextSlide;
    case GLFW_KEY_PAGE_UP:
        return Command::PreviousSlide;
    case GLFW_KEY_RIGHT:
        return alt     ? Command::PanRight
               : ctrl  ? Command::WeekForward
               : shift ? Command::DayForward
                       : Command::NextSlide;
    case GLFW_KEY_LEFT:
        return alt     ? Command::PanLeft
               : ctrl  ? Command::WeekBack
               : shift ? Command::DayBack
                       : Command::PreviousSlide;
    case GLFW_KEY_UP:
        return Command::PanUp;
    case GLFW_KEY_DOWN:
        return Command::PanDown;
    case GLFW_KEY_RIGHT_BRACKET:
        return Command::NextEvent;
    case GLFW_KEY_LEFT_BRACKET:
        return Command::PreviousEvent;
    case GLFW_KEY_EQUAL:
    case GLFW_KEY_KP_ADD:
        return ctrl && shift ? Command::UiLarger : ctrl ? Command::NotesLarger : Command::ZoomIn;
    case GLFW_KEY_MINUS:
    case GLFW_KEY_KP_SUBTRACT:
        return ctrl && shift ? Command::UiSmaller : ctrl ? Command::NotesSmaller : Command::ZoomOut;
    case GLFW_KEY_H:
        return Command::Home;
    case GLFW_KEY_T:
        return Command::ToggleTheme;
    case GLFW_KEY_L:
        return Command::ToggleLegend;
    case GLFW_KEY_E:
        return Command::ClearInk;
    case GLFW_KEY_S:
        return ctrl ? std::optional(Command::SaveInk) : std::nullopt;
    case GLFW_KEY_C:
        return ctrl ? std::nullopt : std::optional(Command::ToggleChanges);
    case GLFW_KEY_F5:
        return Command::TogglePresentation;
    case GLFW_KEY_P:
        return ctrl ? Command::PauseTalkTimer : Command::TogglePresenter;
    case GLFW_KEY_R:
        return ctrl ? std::optional(Command::ResetTalkTimer) : std::nullopt;
    case GLFW_KEY_ESCAPE:
        return Command::LeavePresentation;
    case GLFW_KEY_B:
    case GLFW_KEY_PERIOD:
        return Command::Blackout; // clickers send "." for their black-screen button
    case GLFW_KEY_F:
        return ctrl ? std::optional(Command::Search) : std::nullopt;
    case GLFW_KEY_SLASH:
        return shift ? std::optional(Command::Help) : std::nullopt;
    case GLFW_KEY_F1:
        return Command::Help;
    default:
        return std::nullopt;
    }
}

std::span<const KeyHelp> key_help() {
    static const KeyHelp kHelp[] = {
        {"Space", "play / pause"},
        {"Right, PageDown", "next slide"},
        {"Left, PageUp", "previous slide"},
        {"Shift+Right / Shift+Left", "a day forward / back"},
        {"Ctrl+Right / Ctrl+Left", "a week forward / back"},
        {"] / [", "next / previous event"},
        {"1 .. 9", "switch a layer group (see Layers)"},
        {"+ / -, wheel", "zoom"},
        {"drag, Alt+arrows, Up/Down", "move the map"},
        {"H", "home view"},
        {"click", "inspect a flow, place, corridor or theater"},
        {"Ctrl+F", "search and fly there"},
        {"L", "legend on / off"},
        {"drag / right-drag on the presenter's picture", "laser pointer / ink on the audience's map"},
        {"E", "erase the ink (a new slide erases it too)"},
        {"Ctrl+S", "save the ink as a layer of the briefing (GeoJSON beside it)"},
        {"C", "what changed since the last slide on / off (new flows swell, stopped ones fade)"},
        {"T", "dark / light theme"},
        {"F5", "presentation mode (full screen; with two monitors the notes open on the other)"},
        {"P", "presenter window: live map, next slide, notes, clocks, slide list"},
        {"Ctrl+P / Ctrl+R", "pause / reset the talk timer"},
        {"Ctrl+= / Ctrl+-", "larger / smaller speaker notes"},
        {"Ctrl+Shift+= / Ctrl+Shift+-", "larger / smaller panels (UI scale)"},
        {"B or .", "black screen"},
        {"Esc", "leave presentation, close help"},
        {"? or F1", "this help"},
    };
    return kHelp;
}

} // namespace app
