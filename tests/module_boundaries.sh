#!/usr/bin/env bash
# Module boundaries (ARCHITECTURE.md), decided by the compiler and the linker, not by grepping
# includes: every header each geo/ and render/ object was compiled with (ninja's dependency log,
# from the compiler's -MD lists, so indirect includes count), and the symbols librender.a needs.
#   geo/    reaches no GL, glad, GLFW or ImGui header;
#   render/ reaches no GLFW, ImGui, GDAL, PROJ or GEOS header and calls none of them.
set -euo pipefail
build=$1
cd "$build"
deps=$(ninja -t deps)
objects() { grep -E "^$1/CMakeFiles/$1\.dir/.*\.o: " <<<"$deps" | wc -l; }
[ "$(objects geo)" -gt 10 ] && [ "$(objects render)" -gt 10 ] ||
    { echo "ninja's dependency log has no geo/render objects (build with -G Ninja first)"; exit 1; }

# Headers each module's objects included, as "object header" lines.
included() {
    awk -v module="$1" '
        /^[^ ].*\.o: / { obj = $1; mine = index(obj, module "/CMakeFiles/" module ".dir/") == 1; next }
        mine && NF { print obj, $1 }' <<<"$deps"
}
fail=0
if bad=$(included geo | grep -E ' \S*(/glad/|/GL/|/GLFW/|/imgui)' ); then
    echo "geo/ reaches GL, glad, GLFW or ImGui headers:"; echo "$bad" | head -20; fail=1
fi
if bad=$(included render | grep -E ' \S*(/GLFW/|/imgui|/gdal/|/ogr_|/cpl_|/proj\.h|/proj/|/geos_c\.h|/geos/)'); then
    echo "render/ reaches GLFW, ImGui, GDAL, PROJ or GEOS headers:"; echo "$bad" | head -20; fail=1
fi
if bad=$(nm -u --demangle render/librender.a | grep -E '\b(GDAL|OGR|CPL|OSR|proj_|glfw|ImGui|GEOS)'); then
    echo "render/ calls GDAL, PROJ, GEOS, GLFW or ImGui:"; echo "$bad" | sort -u | head -20; fail=1
fi
[ $fail -eq 0 ] && echo "module boundaries hold: $(objects geo) geo and $(objects render) render objects checked"
exit $fail
